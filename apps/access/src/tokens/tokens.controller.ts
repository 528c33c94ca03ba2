import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IdempotencyExempt, ProblemResponseDto, Public, RateLimitAs, RateLimiter, ValidationProblem } from '@meshwork/platform';
import { IsString, Length } from 'class-validator';
import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { CurrentSource } from '../audit/audit-source';
import { AuditService, type AuditSource } from '../audit/audit.service';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { SIGNING_ALGORITHM, SigningKeysService } from '../keys/signing-keys.service';
import { ACCESS_SETTINGS, type AccessSettings } from '../settings';
import { MembershipEntity } from '../teams/membership.entity';

export class TokenRequestDto {
  @ApiProperty({ description: 'The secret of a service account API key.', example: 'mwk_9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c_Q2hhbmdlIG1lLCBJIGFtIG9ubHkgYW4gZXhhbXBsZS4' })
  @IsString()
  @Length(1, 200)
  apiKey!: string;
}

export class TokenDto {
  @ApiProperty({
    description: "A JWT signed with the service's current key (EdDSA), verifiable with its key set at /.well-known/jwks.json.",
    example: 'eyJhbGciOiJFZERTQSIsImtpZCI6IjNmMGM2YTRlIiwidHlwIjoiSldUIn0.eyJzdWIiOiI1YjBlM2MxYSJ9.c2lnbmF0dXJl',
  })
  accessToken!: string;

  @ApiProperty({ description: 'Send it as `Authorization: Bearer <accessToken>`.', enum: ['Bearer'], example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires.', example: 900 })
  expiresIn!: number;
}

@ApiTags('tokens')
@Controller('v1/auth')
export class TokensController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly keys: SigningKeysService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(ACCESS_SETTINGS) private readonly settings: AccessSettings,
    private readonly limiter: RateLimiter,
  ) {}

  @Post('token')
  @HttpCode(200)
  @Public()
  @IdempotencyExempt()
  @RateLimitAs('token-exchange')
  @ApiOperation({
    operationId: 'issueToken',
    summary: 'Exchange an API key for an access token',
    description:
      'The token names the service account (`sub`), its global roles (`roles`) and its team memberships (`teams`, `{ team, role }`). ' +
      'An unknown, revoked or expired key, or a disabled service account, answers 401.',
  })
  @ApiOkResponse({ type: TokenDto })
  @ValidationProblem()
  @ApiUnauthorizedResponse({ type: ProblemResponseDto, description: 'The API key is not valid.' })
  async issueToken(@Body() body: TokenRequestDto, @CurrentSource() source: AuditSource): Promise<TokenDto> {
    // The key id is recorded, never the secret.
    const keyId = this.apiKeys.keyIdOf(body.apiKey);
    const resource = keyId ?? 'api-key:unrecognised';
    // Per key on top of the guard's per-address limit: guessing one key's secret from many addresses is slowed too.
    if (keyId) this.limiter.tokenExchangeWith(keyId);
    let principal: Awaited<ReturnType<ApiKeysService['authenticate']>>;
    try {
      principal = await this.apiKeys.authenticate(body.apiKey);
    } catch (error) {
      await this.audit.append({ actor: 'anonymous', action: 'token.issue', resource, outcome: 'denied', source });
      throw error;
    }
    await this.audit.append({ actor: principal.id, action: 'token.issue', resource, outcome: 'success', source });
    const memberships = await this.dataSource.getRepository(MembershipEntity).find({ where: { principalId: principal.id }, order: { teamName: 'ASC' } });
    const key = await this.keys.current();
    const ttl = this.settings.tokenTtlSeconds;
    const accessToken = await new SignJWT({ roles: principal.globalRoles, teams: memberships.map((m) => ({ team: m.teamName, role: m.role })) })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setSubject(principal.id)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(key.privateKey);
    return { accessToken, tokenType: 'Bearer', expiresIn: ttl };
  }
}
