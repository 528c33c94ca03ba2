import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CurrentSource } from '../audit/audit-source';
import type { AuditSource } from '../audit/audit.service';
import { AccessRequestDto, AccessRequestQueryDto, CreateAccessRequestDto, DecisionDto, ReasonDto } from './access-request.dto';
import { toAccessRequestDto } from './access-requests.mapper';
import { AccessRequestsService } from './access-requests.service';

export const AccessRequestPageDto = PageOf(AccessRequestDto, 'AccessRequestPageDto');

const ID_PARAM = { name: 'id', description: 'Access request id (UUID).', example: '1f2e3d4c-5b6a-4789-8abc-def012345678' };

@ApiTags('access-requests')
@Controller('v1/access-requests')
export class AccessRequestsController {
  constructor(private readonly requests: AccessRequestsService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'AccessRequest')
  @ApiOperation({
    operationId: 'createAccessRequest',
    summary: 'Request access to an output port',
    description:
      'For yourself or a team you belong to. The port is resolved in the catalog with your own token. Its owner team’s domain owners approve; ' +
      'when the contract’s ODCS roles name `firstLevelApprovers` and `secondLevelApprovers` (team or principal names, comma-separated), they approve in two steps. ' +
      'When the contract carries the root custom property `autoApprove: true` (`customProperties: [{ property: autoApprove, value: true }]`), the request is answered `approved` with its grant at once, decided by `auto-approve`.',
  })
  @ApiCreatedResponse({ type: AccessRequestDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such output port, consumer principal or team.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The contract has no such fields.' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async createAccessRequest(
    @CurrentActor() actor: Actor,
    @Body() body: CreateAccessRequestDto,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentSource() source: AuditSource,
  ): Promise<AccessRequestDto> {
    const request = await this.requests.create(actor, body, authorization, source);
    void reply.header('location', `/v1/access-requests/${request.id}`);
    return toAccessRequestDto(request);
  }

  @Get()
  @Authorize('read', 'AccessRequest')
  @ApiOperation({
    operationId: 'listAccessRequests',
    summary: 'List access requests',
    description: 'Those you may read: yours, your teams’, those on ports your teams own or that name you as approver; all for auditors, governance officers and platform admins. Newest first.',
  })
  @ApiOkResponse({ type: AccessRequestPageDto })
  @ValidationProblem()
  async listAccessRequests(@CurrentActor() actor: Actor, @Query() query: AccessRequestQueryDto) {
    const page = await this.requests.list(actor, query);
    return { ...page, items: page.items.map(toAccessRequestDto) };
  }

  @Get(':id')
  @Authorize('read', 'AccessRequest')
  @ApiOperation({ operationId: 'getAccessRequest', summary: 'Get an access request' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: AccessRequestDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such access request.' })
  async getAccessRequest(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AccessRequestDto> {
    return toAccessRequestDto(await this.requests.get(actor, id));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize('read', 'AccessRequest')
  @ApiOperation({
    operationId: 'approveAccessRequest',
    summary: 'Approve the current step of an access request',
    description: 'The first level moves a two-step request to `awaiting-second-level`; the last level approves it and creates the grant in the same transaction.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: AccessRequestDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such access request.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The request is already decided.' })
  async approveAccessRequest(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: DecisionDto, @CurrentSource() source: AuditSource): Promise<AccessRequestDto> {
    return toAccessRequestDto(await this.requests.approve(actor, id, body.reason, source));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize('read', 'AccessRequest')
  @ApiOperation({ operationId: 'rejectAccessRequest', summary: 'Reject an access request', description: 'By an approver of the current step.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: AccessRequestDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such access request.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The request is already decided.' })
  async rejectAccessRequest(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ReasonDto, @CurrentSource() source: AuditSource): Promise<AccessRequestDto> {
    return toAccessRequestDto(await this.requests.reject(actor, id, body.reason, source));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize('create', 'AccessRequest')
  @ApiOperation({ operationId: 'cancelAccessRequest', summary: 'Cancel an access request', description: 'By its requester (or a platform admin), while it is open.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: AccessRequestDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such access request.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The request is already decided.' })
  async cancelAccessRequest(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: DecisionDto, @CurrentSource() source: AuditSource): Promise<AccessRequestDto> {
    return toAccessRequestDto(await this.requests.cancel(actor, id, body.reason, source));
  }
}
