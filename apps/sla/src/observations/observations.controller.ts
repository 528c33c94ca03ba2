import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, IdempotencyExempt, type Page, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import {
  FUTURE_TOLERANCE_MS,
  MAX_OBSERVATIONS,
  ObservationBatchDto,
  ObservationBatchResultDto,
  type ObservationDto,
  ObservationListQueryDto,
  ObservationPageDto,
  OpenLineageObservationDto,
  PortObservationSummaryDto,
} from './dto/observation.dto';
import { parseObservationBatch, parseOpenLineageEvent } from './observation-input';
import { ObservationsService } from './observations.service';

const WHO =
  'Only members of the team owning each port’s domain (as the catalog at MESHWORK_CATALOG_URL says, asked with your token and remembered 30 s per domain) and platform admins may report on a port.';
const UNKNOWN = { type: ProblemResponseDto, description: 'A port names a domain the catalog does not know; `errors[]` points at each such item.' };
const UNAVAILABLE = { type: ProblemResponseDto, description: 'The catalog cannot be reached to find a domain’s owner team.' };

@ApiTags('observations')
@Controller('v1')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Post('observations')
  @HttpCode(200)
  @Authorize('create', 'Observation')
  @IdempotencyExempt()
  @ApiOperation({
    operationId: 'reportObservations',
    summary: `Report up to ${MAX_OBSERVATIONS} observations of output ports`,
    description:
      `Refreshes, checks and runs, as domain pipelines see them. The batch is stored whole or refused whole: a 400 lists the invalid values with JSON pointers (the first 100, with a count of the rest). ` +
      `\`at\` may be at most ${FUTURE_TOLERANCE_MS / 60_000} minutes ahead of the service’s clock. Idempotent by port and \`id\`: observations already stored are counted as duplicates and ignored; ` +
      `without an \`id\`, one is derived from a hash of the observation’s content, so an identical retry is ignored too. ${WHO}`,
  })
  @ApiBody({ type: ObservationBatchDto })
  @ApiOkResponse({ type: ObservationBatchResultDto })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse(UNKNOWN)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  async reportObservations(@CurrentActor() actor: Actor, @Body() body: unknown, @Headers('authorization') authorization: string | undefined): Promise<ObservationBatchResultDto> {
    const observations = parseObservationBatch(body, this.observations.now());
    await this.observations.authorize(actor, observations, authorization);
    return this.observations.record(observations);
  }

  @Post('observations/openlineage')
  @HttpCode(200)
  @Authorize('create', 'Observation')
  @IdempotencyExempt()
  @ApiOperation({
    operationId: 'reportOpenLineageRun',
    summary: 'Report an OpenLineage run event matched to an output port',
    description:
      'SLA monitoring records the catalog’s lineage.run-completed / run-failed facts from its event feed by itself; this endpoint records such a run by hand (back-fill): ' +
      'COMPLETE is recorded as a refresh and a successful run, FAIL as a failed run, ' +
      `at \`eventTime\`. Their ids are \`openlineage:<runId>:<eventType>:refresh|run\`, so the same event forwarded again is ignored. ${WHO}`,
  })
  @ApiBody({ type: OpenLineageObservationDto })
  @ApiOkResponse({ type: ObservationBatchResultDto })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse(UNKNOWN)
  @ApiServiceUnavailableResponse(UNAVAILABLE)
  async reportOpenLineageRun(@CurrentActor() actor: Actor, @Body() body: unknown, @Headers('authorization') authorization: string | undefined): Promise<ObservationBatchResultDto> {
    const observations = parseOpenLineageEvent(body, this.observations.now());
    await this.observations.authorize(actor, observations, authorization, () => '/portUrn');
    return this.observations.record(observations);
  }

  // Observations are the evidence behind SLOs and incidents, so whoever may read those may read them: everyone.
  @Get('observations')
  @Authorize('read', 'Observation')
  @ApiOperation({ operationId: 'listObservations', summary: 'List observations, newest first', description: 'Filtered by port, kind and a half-open interval `[from, to)` of `at`; ordered by `at`, newest first.' })
  @ApiOkResponse({ type: ObservationPageDto })
  @ValidationProblem()
  listObservations(@Query() query: ObservationListQueryDto): Promise<Page<ObservationDto>> {
    return this.observations.list(query);
  }

  @Get('ports/:urn/observations/summary')
  @Authorize('read', 'Observation')
  @ApiOperation({
    operationId: 'getPortObservationSummary',
    summary: 'The latest observations of an output port',
    description: 'The latest refresh, run, failed run, check and oldest record reported, and how many observations were stored; a port without any has a count of 0 and no dates.',
  })
  @ApiParam({ name: 'urn', description: 'URN of the output port.', example: 'urn:meshwork:crm:customers:customers:v1' })
  @ApiOkResponse({ type: PortObservationSummaryDto })
  getPortObservationSummary(@Param('urn') urn: string): Promise<PortObservationSummaryDto> {
    return this.observations.summary(urn);
  }
}
