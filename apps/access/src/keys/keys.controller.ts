import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, Public } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CurrentSource } from '../audit/audit-source';
import type { AuditSource } from '../audit/audit.service';
import { SigningKeysService } from './signing-keys.service';

export class JwkDto {
  @ApiProperty({ description: 'Key type.', example: 'OKP' })
  kty!: string;

  @ApiProperty({ description: 'Curve.', example: 'Ed25519' })
  crv!: string;

  @ApiProperty({ description: 'Public key, base64url.', example: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })
  x!: string;

  @ApiProperty({ description: 'Key id, the `kid` in the header of the tokens it signed.', example: '3f0c6a4e-2b9d-4c1a-8e57-0d6b1f2a9c33' })
  kid!: string;

  @ApiProperty({ description: 'Signature algorithm.', example: 'EdDSA' })
  alg!: string;

  @ApiProperty({ description: 'Key use.', example: 'sig' })
  use!: string;
}

export class JwksDto {
  @ApiProperty({ type: [JwkDto], description: 'The current key first, then retired keys whose tokens may still be valid.' })
  keys!: JwkDto[];
}

export class SigningKeyDto {
  @ApiProperty({ description: 'Key id of the new current key.', example: '3f0c6a4e-2b9d-4c1a-8e57-0d6b1f2a9c33' })
  kid!: string;

  @ApiProperty({ description: 'When the key was created.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;
}

@ApiTags('tokens')
@Controller()
export class KeysController {
  constructor(private readonly keys: SigningKeysService) {}

  @Get('.well-known/jwks.json')
  @Public()
  @ApiOperation({
    operationId: 'getJwks',
    summary: 'Public keys of the tokens this service issues',
    description: 'A JSON Web Key Set: the current signing key and the retired ones whose tokens have not all expired. Cached for 60 seconds.',
  })
  @ApiOkResponse({ type: JwksDto })
  async getJwks(@Res({ passthrough: true }) reply: FastifyReply): Promise<JwksDto> {
    void reply.header('cache-control', 'public, max-age=60');
    return { keys: (await this.keys.published()) as unknown as JwkDto[] };
  }

  @Post('v1/keys/rotate')
  @HttpCode(201)
  @Authorize('manage', 'all')
  @ApiOperation({
    operationId: 'rotateSigningKey',
    summary: 'Rotate the signing key',
    description: 'New tokens are signed with a new key; the old key stays in the key set until the tokens it signed have expired. Platform admins only.',
  })
  @ApiCreatedResponse({ type: SigningKeyDto })
  async rotateSigningKey(@CurrentActor() actor: Actor, @CurrentSource() source: AuditSource): Promise<SigningKeyDto> {
    const key = await this.keys.rotate({ actor: actor.id, source });
    return { kid: key.kid, createdAt: key.createdAt.toISOString() };
  }
}
