import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { CurrentSource } from '../audit/audit-source';
import type { AuditSource } from '../audit/audit.service';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto';
import { ApiKeysService, toApiKeyDto } from './api-keys.service';

const ID_PARAM = { name: 'id', description: 'Principal id (UUID) of a service account.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' };

@ApiTags('api-keys')
@Controller('v1/principals/:id/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @HttpCode(201)
  @Authorize('manage', 'all')
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key for a service account',
    description: 'The answer holds the secret, once: only its hash is stored. Exchange it for tokens at POST /v1/auth/token. Platform admins only.',
  })
  @ApiParam(ID_PARAM)
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The principal is not a service account.' })
  async createApiKey(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreateApiKeyDto, @CurrentSource() source: AuditSource): Promise<CreatedApiKeyDto> {
    const { key, secret } = await this.apiKeys.create(id, body, { actor: actor.id, source });
    return { ...toApiKeyDto(key), secret };
  }

  @Get()
  @Authorize('manage', 'all')
  @ApiOperation({ operationId: 'listApiKeys', summary: "List a service account's API keys", description: 'Metadata only, revoked keys included; never the secrets. Platform admins only.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: [ApiKeyDto] })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  async listApiKeys(@Param('id') id: string): Promise<ApiKeyDto[]> {
    return (await this.apiKeys.list(id)).map(toApiKeyDto);
  }

  @Delete(':keyId')
  @HttpCode(204)
  @Authorize('manage', 'all')
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke an API key', description: 'The key can no longer be exchanged for tokens; tokens already issued stay valid until they expire. Platform admins only.' })
  @ApiParam(ID_PARAM)
  @ApiParam({ name: 'keyId', description: 'API key id (UUID).', example: '9a3e1c2b-5d4f-4e6a-8b7c-1d2e3f4a5b6c' })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'An id is not a UUID.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such API key for this principal.' })
  async revokeApiKey(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('keyId') keyId: string, @CurrentSource() source: AuditSource): Promise<void> {
    await this.apiKeys.revoke(id, keyId, { actor: actor.id, source });
  }
}
