import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CurrentSource } from '../audit/audit-source';
import type { AuditSource } from '../audit/audit.service';
import { MembershipDto } from '../teams/dto/team.dto';
import { toMembershipDto } from '../teams/teams.mapper';
import { TeamsService } from '../teams/teams.service';
import { CreatePrincipalDto, ListPrincipalsQueryDto, PrincipalDto, UpdatePrincipalDto } from './dto/principal.dto';
import { toPrincipalDto } from './principals.mapper';
import { principalEtag, PrincipalsService } from './principals.service';

export const PrincipalPageDto = PageOf(PrincipalDto, 'PrincipalPageDto');
export const PrincipalMembershipPageDto = PageOf(MembershipDto, 'PrincipalMembershipPageDto');

const ID_PARAM = { name: 'id', description: 'Principal id (UUID).', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' };

@ApiTags('principals')
@Controller('v1/principals')
export class PrincipalsController {
  constructor(
    private readonly principals: PrincipalsService,
    private readonly teams: TeamsService,
  ) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'Principal')
  @ApiOperation({ operationId: 'createPrincipal', summary: 'Create a principal', description: 'A principal is a user or a service account that acts in the mesh. Platform admins only.' })
  @ApiCreatedResponse({ type: PrincipalDto, description: 'The new principal; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The fields are valid one by one but not together (a service account with an e-mail address).' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A principal with this name exists.' })
  async createPrincipal(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePrincipalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentSource() source: AuditSource,
  ): Promise<PrincipalDto> {
    const principal = await this.principals.create(body, { actor: actor.id, source });
    void reply.header('etag', principalEtag(principal)).header('location', `/v1/principals/${principal.id}`);
    return toPrincipalDto(principal);
  }

  @Get()
  @Authorize('read', 'Principal')
  @ApiOperation({ operationId: 'listPrincipals', summary: 'List principals', description: 'Sorted by name, filtered by kind, global role and name prefix, paginated with limit/offset.' })
  @ApiOkResponse({ type: PrincipalPageDto })
  @ValidationProblem()
  async listPrincipals(@Query() query: ListPrincipalsQueryDto) {
    const page = await this.principals.list(query);
    return { ...page, items: page.items.map(toPrincipalDto) };
  }

  @Get(':id')
  @Authorize('read', 'Principal')
  @ApiOperation({ operationId: 'getPrincipal', summary: 'Get a principal' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: PrincipalDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  async getPrincipal(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<PrincipalDto> {
    const principal = await this.principals.get(id);
    void reply.header('etag', principalEtag(principal));
    return toPrincipalDto(principal);
  }

  @Patch(':id')
  @Authorize('update', 'Principal')
  @ApiOperation({ operationId: 'updatePrincipal', summary: 'Update a principal', description: 'Changes the display name, e-mail address, global roles or disabled flag. Send If-Match with the ETag you read to avoid overwriting a concurrent change.' })
  @ApiParam(ID_PARAM)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read; the update fails with 412 if the principal changed since.' })
  @ApiOkResponse({ type: PrincipalDto })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'The principal would not be valid (a service account with an e-mail address).' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The principal changed since the ETag in If-Match.' })
  async updatePrincipal(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdatePrincipalDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentSource() source: AuditSource,
  ): Promise<PrincipalDto> {
    const principal = await this.principals.update(id, body, ifMatch, { actor: actor.id, source });
    void reply.header('etag', principalEtag(principal));
    return toPrincipalDto(principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'Principal')
  @ApiOperation({ operationId: 'deletePrincipal', summary: 'Delete a principal', description: 'Also ends its team memberships. To keep its records, disable it instead.' })
  @ApiParam(ID_PARAM)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  async deletePrincipal(@CurrentActor() actor: Actor, @Param('id') id: string, @CurrentSource() source: AuditSource): Promise<void> {
    await this.principals.delete(id, { actor: actor.id, source });
  }

  @Get(':id/memberships')
  @Authorize('read', 'Team')
  @ApiOperation({ operationId: 'listPrincipalMemberships', summary: "List a principal's team memberships", description: 'Sorted by team name, paginated with limit/offset.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: PrincipalMembershipPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such principal.' })
  async listPrincipalMemberships(@Param('id') id: string, @Query() query: PageQueryDto) {
    const page = await this.teams.membershipsOf(id, query);
    return { ...page, items: page.items.map(toMembershipDto) };
  }
}
