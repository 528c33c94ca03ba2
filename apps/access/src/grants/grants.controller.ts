import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { GrantDto, GrantQueryDto, ReasonDto } from '../access-requests/access-request.dto';
import { toGrantDto } from '../access-requests/access-requests.mapper';
import { CurrentSource } from '../audit/audit-source';
import type { AuditSource } from '../audit/audit.service';
import type { FastifyReply } from 'fastify';
import { grantEtag, GrantsService } from './grants.service';

export const GrantPageDto = PageOf(GrantDto, 'GrantPageDto');

const ID_PARAM = { name: 'id', description: 'Grant id (UUID).', example: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d' };

@ApiTags('grants')
@Controller('v1/grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Get()
  @Authorize('read', 'Grant')
  @ApiOperation({
    operationId: 'listGrants',
    summary: 'List grants',
    description: 'Those you may read: yours, your teams’ and those on ports your teams own; all for auditors, governance officers and platform admins. `active` is computed when read.',
  })
  @ApiOkResponse({ type: GrantPageDto })
  @ValidationProblem()
  async listGrants(@CurrentActor() actor: Actor, @Query() query: GrantQueryDto) {
    const page = await this.grants.list(actor, query);
    const now = new Date();
    return { ...page, items: page.items.map((g) => toGrantDto(g, now)) };
  }

  @Get(':id')
  @Authorize('read', 'Grant')
  @ApiOperation({ operationId: 'getGrant', summary: 'Get a grant', description: 'The ETag header changes when the grant is revoked; send it back in If-Match to revoke only the grant you read.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: GrantDto, description: 'The grant, with its ETag.' })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such grant.' })
  async getGrant(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<GrantDto> {
    const grant = await this.grants.get(actor, id);
    void reply.header('etag', grantEtag(grant));
    return toGrantDto(grant);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Authorize('revoke', 'Grant')
  @ApiOperation({
    operationId: 'revokeGrant',
    summary: 'Revoke a grant',
    description: 'Domain owners of the port’s team and platform admins. The grant stops being active at once. Send If-Match with the ETag you read to revoke only the grant as you saw it.',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read of the grant; the revocation fails with 412 if the grant changed since.' })
  @ApiOkResponse({ type: GrantDto, description: 'The revoked grant, with its new ETag.' })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such grant.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The grant is already revoked.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The grant changed since the ETag in If-Match.' })
  async revokeGrant(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @CurrentSource() source: AuditSource,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GrantDto> {
    const grant = await this.grants.revoke(actor, id, body.reason, source, ifMatch);
    void reply.header('etag', grantEtag(grant));
    return toGrantDto(grant);
  }
}
