import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, PageQueryDto, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CurrentSource } from '../audit/audit-source';
import type { AuditSource } from '../audit/audit.service';
import { CreateTeamDto, MembershipDto, PutMembershipDto, TeamDto, UpdateTeamDto } from './dto/team.dto';
import { toMembershipDto, toTeamDto } from './teams.mapper';
import { teamEtag, TeamsService } from './teams.service';

export const TeamPageDto = PageOf(TeamDto, 'TeamPageDto');
export const TeamMemberPageDto = PageOf(MembershipDto, 'TeamMemberPageDto');

const TEAM_PARAM = { name: 'name', description: 'Team name.', example: 'crm-data-team' };
const PRINCIPAL_PARAM = { name: 'principalId', description: 'Id (UUID) of the member principal.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' };

@ApiTags('teams')
@Controller('v1/teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'Team')
  @ApiOperation({ operationId: 'createTeam', summary: 'Create a team', description: "A team owns domains in the catalog (its name is their `ownerTeamId`). Platform admins only." })
  @ApiCreatedResponse({ type: TeamDto, description: 'The new team; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'A team with this name exists.' })
  async createTeam(
    @CurrentActor() actor: Actor,
    @Body() body: CreateTeamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentSource() source: AuditSource,
  ): Promise<TeamDto> {
    const team = await this.teams.create(body, { actor: actor.id, source });
    void reply.header('etag', teamEtag(team)).header('location', `/v1/teams/${team.name}`);
    return toTeamDto(team);
  }

  @Get()
  @Authorize('read', 'Team')
  @ApiOperation({ operationId: 'listTeams', summary: 'List teams', description: 'Sorted by name, paginated with limit/offset.' })
  @ApiOkResponse({ type: TeamPageDto })
  @ValidationProblem()
  async listTeams(@Query() query: PageQueryDto) {
    const page = await this.teams.list(query);
    return { ...page, items: page.items.map(toTeamDto) };
  }

  @Get(':name')
  @Authorize('read', 'Team')
  @ApiOperation({ operationId: 'getTeam', summary: 'Get a team' })
  @ApiParam(TEAM_PARAM)
  @ApiOkResponse({ type: TeamDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such team.' })
  async getTeam(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<TeamDto> {
    const team = await this.teams.get(name);
    void reply.header('etag', teamEtag(team));
    return toTeamDto(team);
  }

  @Patch(':name')
  @Authorize('update', 'Team')
  @ApiOperation({ operationId: 'updateTeam', summary: 'Update a team', description: 'Platform admins and the owners of the team. Send If-Match with the ETag you read to avoid overwriting a concurrent change.' })
  @ApiParam(TEAM_PARAM)
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a previous read; the update fails with 412 if the team changed since.' })
  @ApiOkResponse({ type: TeamDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such team.' })
  @ApiPreconditionFailedResponse({ type: ProblemResponseDto, description: 'The team changed since the ETag in If-Match.' })
  async updateTeam(
    @CurrentActor() actor: Actor,
    @Param('name') name: string,
    @Body() body: UpdateTeamDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentSource() source: AuditSource,
  ): Promise<TeamDto> {
    const team = await this.teams.update(actor, name, body, ifMatch, source);
    void reply.header('etag', teamEtag(team));
    return toTeamDto(team);
  }

  @Delete(':name')
  @HttpCode(204)
  @Authorize('delete', 'Team')
  @ApiOperation({ operationId: 'deleteTeam', summary: 'Delete a team', description: 'Only a team without members can be deleted. Platform admins only.' })
  @ApiParam(TEAM_PARAM)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such team.' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The team still has members.' })
  async deleteTeam(@CurrentActor() actor: Actor, @Param('name') name: string, @CurrentSource() source: AuditSource): Promise<void> {
    await this.teams.delete(name, { actor: actor.id, source });
  }

  @Get(':name/members')
  @Authorize('read', 'Team')
  @ApiOperation({ operationId: 'listTeamMembers', summary: 'List the members of a team', description: 'Sorted by principal name, paginated with limit/offset.' })
  @ApiParam(TEAM_PARAM)
  @ApiOkResponse({ type: TeamMemberPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such team.' })
  async listTeamMembers(@Param('name') name: string, @Query() query: PageQueryDto) {
    const page = await this.teams.members(name, query);
    return { ...page, items: page.items.map(toMembershipDto) };
  }

  @Put(':name/members/:principalId')
  @Authorize('update', 'Team')
  @ApiOperation({ operationId: 'putTeamMember', summary: 'Add a member to a team or change its role', description: 'Platform admins and the owners of the team. Answers 201 when the principal joins, 200 when its role is set again.' })
  @ApiParam(TEAM_PARAM)
  @ApiParam(PRINCIPAL_PARAM)
  @ApiCreatedResponse({ type: MembershipDto, description: 'The principal joined the team.' })
  @ApiOkResponse({ type: MembershipDto, description: 'The membership existed; its role is now the one sent.' })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such team or principal.' })
  async putTeamMember(
    @CurrentActor() actor: Actor,
    @Param('name') name: string,
    @Param('principalId') principalId: string,
    @Body() body: PutMembershipDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentSource() source: AuditSource,
  ): Promise<MembershipDto> {
    const { membership, created } = await this.teams.putMember(actor, name, principalId, body.role, source);
    void reply.status(created ? 201 : 200);
    if (created) void reply.header('location', `/v1/teams/${name}/members/${principalId}`);
    return toMembershipDto(membership);
  }

  @Delete(':name/members/:principalId')
  @HttpCode(204)
  @Authorize('update', 'Team')
  @ApiOperation({ operationId: 'removeTeamMember', summary: 'Remove a member from a team', description: 'Platform admins and the owners of the team.' })
  @ApiParam(TEAM_PARAM)
  @ApiParam(PRINCIPAL_PARAM)
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'The principal id is not a UUID.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such team, or the principal is not a member.' })
  async removeTeamMember(@CurrentActor() actor: Actor, @Param('name') name: string, @Param('principalId') principalId: string, @CurrentSource() source: AuditSource): Promise<void> {
    await this.teams.removeMember(actor, name, principalId, source);
  }
}
