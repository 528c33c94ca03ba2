import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPreconditionFailedResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { CreateProbeDto, ListProbeResultsQueryDto, ListProbesQueryDto, ProbeDto, ProbePageDto, ProbeResultDto, ProbeResultPageDto, UpdateProbeDto } from './dto/probe.dto';
import { MAX_PROBE_BODY } from './probe-runner';
import { probeEtag, toProbeDto, toProbeResultDto } from './probes.mapper';
import { ProbesService } from './probes.service';

const ID_PARAM = { name: 'id', description: 'Id of the probe.', example: '0d4f6a8c-2b1e-4c3d-9e5f-7a6b5c4d3e2f' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such probe.' };
const IF_MATCH = { name: 'If-Match', required: false, description: 'ETag from a previous read; the change fails with 412 if the probe changed since.' };
const STALE = { type: ProblemResponseDto, description: 'The probe changed since the ETag in If-Match.' };
const UNAVAILABLE = { type: ProblemResponseDto, description: 'The catalog cannot be reached (to find the domain’s owner team or the product’s management ports).' };
const WHO = 'Members of the team owning the port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s) and platform admins.';
const RUN =
  `Each run sends one GET or HEAD to the stored URL after checking its host again (allow-list, private addresses), connects to the address just checked, never follows a redirect ` +
  `(a 3xx outside the expected statuses fails with \`redirect not followed\`), reads at most ${MAX_PROBE_BODY / 1024} KB of the answer and fails when the whole exchange takes longer than the probe’s timeout. ` +
  'A run is recorded as a `check` observation of the port (`probe:<probe id>:<due time>`, idempotent), which availability SLOs count; a URL the service’s rules now refuse fails without counting against the port.';

@ApiTags('probes')
@Controller('v1/probes')
export class ProbesController {
  constructor(private readonly probes: ProbesService) {}

  @Post()
  @HttpCode(201)
  @Authorize('create', 'Slo')
  @ApiOperation({
    operationId: 'createProbe',
    summary: 'Probe a management URL of an output port for availability',
    description: `Give the URL or the name of one of the product’s management ports; either is checked now (400 with a pointer when refused). The first run is due at once. ${WHO} ${RUN}`,
  })
  @ApiCreatedResponse({ type: ProbeDto, description: 'The new probe; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'The SLA service knows no such port (its product was never published).' })
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  async createProbe(
    @CurrentActor() actor: Actor,
    @Body() body: CreateProbeDto,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProbeDto> {
    const probe = await this.probes.create(actor, body, authorization);
    void reply.header('etag', probeEtag(probe)).header('location', `/v1/probes/${probe.id}`);
    return toProbeDto(probe);
  }

  // Probes measure what SLOs promise, so whoever may read SLOs may read them: everyone.
  @Get()
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'listProbes', summary: 'List probes', description: 'Sorted by port, then oldest first. Everyone may read them.' })
  @ApiOkResponse({ type: ProbePageDto })
  @ValidationProblem()
  async listProbes(@Query() query: ListProbesQueryDto) {
    const page = await this.probes.list(query);
    return { ...page, items: page.items.map(toProbeDto) };
  }

  @Get(':id')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'getProbe', summary: 'Get a probe', description: 'With its latest run; its ETag is in the ETag header. Everyone may read it.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ProbeDto })
  @ApiNotFoundResponse(NOT_FOUND)
  async getProbe(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProbeDto> {
    const probe = await this.probes.get(id);
    void reply.header('etag', probeEtag(probe));
    return toProbeDto(probe);
  }

  @Patch(':id')
  @Authorize('update', 'Slo')
  @ApiOperation({
    operationId: 'updateProbe',
    summary: 'Change a probe',
    description: `A new URL or management port is checked as on creation. A probe enabled again is due at once; a shorter interval takes effect from now. ${WHO}`,
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProbeDto, description: 'The probe after the change.' })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiPreconditionFailedResponse(STALE)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  async updateProbe(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateProbeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProbeDto> {
    const probe = await this.probes.update(actor, id, body, ifMatch, authorization);
    void reply.header('etag', probeEtag(probe));
    return toProbeDto(probe);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'Slo')
  @ApiOperation({ operationId: 'deleteProbe', summary: 'Delete a probe', description: `With its results; the observations it recorded stay. ${WHO}` })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiPreconditionFailedResponse(STALE)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  async deleteProbe(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<void> {
    await this.probes.remove(actor, id, ifMatch, authorization);
  }

  @Get(':id/results')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'listProbeResults', summary: 'The results of a probe', description: 'Every run, scheduled or manual, newest first. Everyone may read them.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ProbeResultPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  async listProbeResults(@Param('id') id: string, @Query() query: ListProbeResultsQueryDto) {
    const page = await this.probes.results(id, query);
    return { ...page, items: page.items.map(toProbeResultDto) };
  }

  @Post(':id/run')
  @HttpCode(200)
  @Authorize('update', 'Slo')
  @ApiOperation({ operationId: 'runProbe', summary: 'Run a probe now', description: `Once, outside its schedule (which stays as it is); the result is stored and counted like a scheduled run’s. ${WHO} ${RUN}` })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ProbeResultDto, description: 'The result of the run.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  async runProbe(@CurrentActor() actor: Actor, @Param('id') id: string, @Headers('authorization') authorization: string | undefined): Promise<ProbeResultDto> {
    return toProbeResultDto(await this.probes.run(actor, id, authorization));
  }
}
