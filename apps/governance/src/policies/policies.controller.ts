import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, IdempotencyExempt, PageOf, PageQueryDto, ProblemResponseDto, RateLimitAs, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { DryRunDto, DryRunResultDto } from './dto/dry-run.dto';
import { CreatePolicyDto, GetPolicyQueryDto, ListPoliciesQueryDto, PolicyDto, TransitionPolicyDto, UpdatePolicyDto } from './dto/policy.dto';
import { toPolicyDto } from './policies.mapper';
import { DryRunService } from './dry-run.service';
import { PoliciesService, policyEtag, type PolicyView } from './policies.service';

export const PolicyPageDto = PageOf(PolicyDto, 'PolicyPageDto');

const ID_PARAM = { name: 'id', description: 'Kebab-case policy id.', example: 'product-has-owner' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such policy (or version).' };
const IF_MATCH = { name: 'If-Match', required: false, description: 'ETag from a previous read; the change fails with 412 if the policy changed since.' };

@ApiTags('policies')
@Controller('v1/policies')
export class PoliciesController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly dryRuns: DryRunService,
  ) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'Policy')
  @ApiOperation({ operationId: 'createPolicy', summary: 'Create a policy', description: 'Makes version 1 as a draft; the rule is compiled now. Governance officers and platform admins.' })
  @ApiCreatedResponse({ type: PolicyDto, description: 'The new policy; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A policy with this id exists.' })
  async createPolicy(@CurrentActor() actor: Actor, @Body() body: CreatePolicyDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PolicyDto> {
    const view = await this.policies.create(actor, body);
    void reply.header('etag', policyEtag(view.policy)).header('location', `/v1/policies/${view.policy.id}`);
    return toPolicyDto(view.policy, view.version);
  }

  @Get()
  @Authorize('read', 'Policy')
  @ApiOperation({ operationId: 'listPolicies', summary: 'List policies', description: 'The latest version of each policy, sorted by id; `state` matches any of its versions, the other filters its latest version.' })
  @ApiOkResponse({ type: PolicyPageDto })
  @ValidationProblem()
  async listPolicies(@Query() query: ListPoliciesQueryDto) {
    return pageOfPolicies(await this.policies.list(query));
  }

  @Get(':id')
  @Authorize('read', 'Policy')
  @ApiOperation({ operationId: 'getPolicy', summary: 'Get a policy', description: 'The latest version, or the one named by `?version=`.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: PolicyDto })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  async getPolicy(@Param('id') id: string, @Query() query: GetPolicyQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PolicyDto> {
    const view = await this.policies.get(id, query.version);
    void reply.header('etag', policyEtag(view.policy));
    return toPolicyDto(view.policy, view.version);
  }

  @Get(':id/versions')
  @Authorize('read', 'Policy')
  @ApiOperation({ operationId: 'listPolicyVersions', summary: 'List every version of a policy', description: 'Newest first. Every version is kept.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: PolicyPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  async listPolicyVersions(@Param('id') id: string, @Query() query: PageQueryDto) {
    return pageOfPolicies(await this.policies.versions(id, query));
  }

  @Patch(':id')
  @Authorize('update', 'Policy')
  @ApiOperation({
    operationId: 'updatePolicy',
    summary: 'Change a policy',
    description:
      'A draft is edited in place. A grace, enforced or retired version is never edited: the change becomes version n+1 as a draft, ' +
      'and the version in force keeps applying until the new one is moved to grace or enforced. The rule is compiled now.',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: PolicyDto, description: 'The latest version after the change.' })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The policy changed since the ETag in If-Match.' })
  async updatePolicy(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdatePolicyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PolicyDto> {
    const view = await this.policies.update(actor, id, body, ifMatch);
    void reply.header('etag', policyEtag(view.policy));
    return toPolicyDto(view.policy, view.version);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authorize('transition', 'Policy')
  @ApiOperation({
    operationId: 'transitionPolicy',
    summary: 'Move a policy version along its lifecycle',
    description:
      'draft → grace | enforced, grace → enforced | retired, enforced → retired; the latest version unless `version` is given. ' +
      'A version entering grace or enforced retires the version active before it. Grace needs a future `graceUntil`.',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: PolicyDto, description: 'The version moved.' })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The move is not allowed from the version’s state.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The policy changed since the ETag in If-Match.' })
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'Grace without a future graceUntil.' })
  async transitionPolicy(
    @Param('id') id: string,
    @Body() body: TransitionPolicyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PolicyDto> {
    const view = await this.policies.transition(id, body, ifMatch);
    void reply.header('etag', policyEtag(view.policy));
    return toPolicyDto(view.policy, view.version);
  }

  @Post(':id/dry-run')
  @HttpCode(200)
  @Authorize('update', 'Policy')
  @IdempotencyExempt()
  @RateLimitAs('read')
  @ApiOperation({
    operationId: 'dryRunPolicy',
    summary: 'Try a policy version on every product of the catalog',
    description:
      'Evaluates the version (the latest unless `version` is given; drafts included) on the current version of every product in the catalog, ' +
      'read over HTTP with the caller’s token, and lists the products that would fail. Governance officers and platform admins.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: DryRunResultDto })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async dryRunPolicy(@Param('id') id: string, @Body() body: DryRunDto, @Headers('authorization') authorization: string | undefined): Promise<DryRunResultDto> {
    return this.dryRuns.run(id, body.version, authorization);
  }
}

function pageOfPolicies(page: { items: PolicyView[]; total: number; limit: number; offset: number }) {
  return { ...page, items: page.items.map((v) => toPolicyDto(v.policy, v.version)) };
}
