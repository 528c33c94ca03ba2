import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, IdempotencyExempt, type Page, PageOf, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';
import { SyncResultDto } from './dto/publication.dto';
import { CreateSloDto, ListSlosQueryDto, SloDto, UpdateSloDto } from './dto/slo.dto';
import type { SloEntity } from './slo.entity';
import { sloEtag, toSloDto } from './slos.mapper';
import { SlosService } from './slos.service';
import { SyncService } from './sync.service';

export const SloPageDto = PageOf(SloDto, 'SloPageDto');

const ID_PARAM = { name: 'id', description: 'Id of the SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No such SLO.' };
const IF_MATCH = { name: 'If-Match', required: false, description: 'ETag from a previous read; the change fails with 412 if the SLO changed since.' };
const STALE = { type: ProblemResponseDto, description: 'The SLO changed since the ETag in If-Match.' };

export function pageOfSlos(page: Page<SloEntity>) {
  return { ...page, items: page.items.map(toSloDto) };
}

@ApiTags('slos')
@Controller('v1/slos')
export class SlosController {
  constructor(
    private readonly slos: SlosService,
    private readonly syncs: SyncService,
  ) {}

  @Get()
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'listSlos', summary: 'List SLOs', description: 'Sorted by port, then contract-derived SLOs in the contract’s order, then those added through the API; SLOs retired with their port only with `includeRetired=true`. Everyone may read them.' })
  @ApiOkResponse({ type: SloPageDto })
  @ValidationProblem()
  async listSlos(@Query() query: ListSlosQueryDto) {
    return pageOfSlos(await this.slos.list(query));
  }

  @Post()
  @HttpCode(201)
  @Authorize('create', 'Slo')
  @ApiOperation({
    operationId: 'createSlo',
    summary: 'Add an SLO to an output port',
    description: 'The target is read as a contract’s SLA property would be; one the evaluator cannot monitor answers 400. Members of the team owning the port’s domain, and platform admins.',
  })
  @ApiCreatedResponse({ type: SloDto, description: 'The new SLO; its ETag is in the ETag header.' })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'The SLA service knows no such port (its product was never published).' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The port is retired: the product’s published version no longer lists it.' })
  async createSlo(@CurrentActor() actor: Actor, @Body() body: CreateSloDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SloDto> {
    const slo = await this.slos.create(actor, body);
    void reply.header('etag', sloEtag(slo)).header('location', `/v1/slos/${slo.id}`);
    return toSloDto(slo);
  }

  @Post('sync')
  @HttpCode(200)
  @Authorize('manage', 'all')
  @IdempotencyExempt()
  @ApiOperation({
    operationId: 'syncSlos',
    summary: 'Derive the SLOs of every product of the catalog',
    description: 'Reads every published (and deprecated) product of the catalog over HTTP with the caller’s token and applies its current version as a publish would; the ports of products the catalog no longer serves (retired, or gone) are retired. Platform admins.',
  })
  @ApiOkResponse({ type: SyncResultDto })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async syncSlos(@CurrentActor() actor: Actor, @Headers('authorization') authorization: string | undefined): Promise<SyncResultDto> {
    return this.syncs.sync(actor, authorization);
  }

  @Get(':id')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'getSlo', summary: 'Get an SLO', description: 'Its ETag is in the ETag header.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: SloDto })
  @ApiNotFoundResponse(NOT_FOUND)
  async getSlo(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SloDto> {
    const slo = await this.slos.get(id);
    void reply.header('etag', sloEtag(slo));
    return toSloDto(slo);
  }

  @Patch(':id')
  @Authorize('update', 'Slo')
  @ApiOperation({
    operationId: 'updateSlo',
    summary: 'Tune an SLO',
    description: 'The window of any SLO; the target and description of SLOs added through the API only (409 for a contract’s: change the contract). Members of the team owning the port’s domain, and platform admins.',
  })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: SloDto, description: 'The SLO after the change.' })
  @ValidationProblem()
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The target of a contract-derived SLO changes only with its contract.' })
  @ApiPreconditionFailedResponse(STALE)
  async updateSlo(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateSloDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SloDto> {
    const slo = await this.slos.update(actor, id, body, ifMatch);
    void reply.header('etag', sloEtag(slo));
    return toSloDto(slo);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'Slo')
  @ApiOperation({ operationId: 'deleteSlo', summary: 'Delete an SLO added through the API', description: 'A contract-derived SLO answers 409: remove the SLA property from the contract instead.' })
  @ApiParam(ID_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'The SLO is derived from the port’s contract.' })
  @ApiPreconditionFailedResponse(STALE)
  async deleteSlo(@CurrentActor() actor: Actor, @Param('id') id: string, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.slos.remove(actor, id, ifMatch);
  }
}
