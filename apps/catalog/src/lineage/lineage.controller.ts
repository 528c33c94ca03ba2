import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { LineageGraphDto, LineageIntakeResultDto, LineageQueryDto } from './dto/lineage.dto';
import { LineageService } from './lineage.service';
import { batchEvents, OpenLineageService } from './openlineage.service';

const RUN_EVENT_SCHEMA = {
  type: 'object' as const,
  additionalProperties: true,
  description: 'An OpenLineage RunEvent (https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent).',
  required: ['eventTime', 'run', 'job', 'producer'],
  example: {
    eventType: 'COMPLETE',
    eventTime: '2026-06-03T05:17:42.118Z',
    producer: 'https://github.com/example/pipelines',
    run: { runId: '0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04' },
    job: { namespace: 'airflow-prod', name: 'crm_customers_daily.build_customers' },
    inputs: [{ namespace: 'postgres://crm-oltp.prod.example.com:5432', name: 'crm.public.customer_master' }],
    outputs: [{ namespace: 'postgres://crm-db.prod.example.com:5432', name: 'crm.dp_customers_v1.customers' }],
  },
};

@ApiTags('lineage')
@Controller()
export class LineageController {
  constructor(
    private readonly lineage: LineageService,
    private readonly openLineage: OpenLineageService,
  ) {}

  @Get('v1/lineage/:urn')
  @Authorize('read', 'Lineage')
  @ApiOperation({
    operationId: 'getLineage',
    summary: 'Walk the lineage of a product or output port',
    description: 'From ODPS input ports and inputContracts and from OpenLineage runs. Cycle-safe; depth-limited.',
  })
  @ApiParam({ name: 'urn', description: 'Product or output port URN.', example: 'urn:meshwork:crm:customers' })
  @ApiOkResponse({ type: LineageGraphDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN or query.' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'Nothing is registered at this URN.' })
  async getLineage(@Param('urn') urn: string, @Query() query: LineageQueryDto): Promise<LineageGraphDto> {
    return this.lineage.graph(urn, query.direction ?? 'both', query.depth ?? 3);
  }

  @Post('api/v1/lineage')
  @HttpCode(201)
  @Authorize('create', 'Lineage')
  @ApiOperation({
    operationId: 'ingestRunEvent',
    summary: 'Receive an OpenLineage run event',
    description: 'The endpoint OpenLineage HTTP clients send to. Datasets are linked to output ports through the servers of their contracts.',
  })
  @ApiBody({ schema: RUN_EVENT_SCHEMA })
  @ApiCreatedResponse({ type: LineageIntakeResultDto })
  @ValidationProblem()
  async ingestRunEvent(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<LineageIntakeResultDto> {
    return this.openLineage.ingest(actor, [body], () => '');
  }

  @Post('api/v1/lineage/batch')
  @HttpCode(201)
  @Authorize('create', 'Lineage')
  @ApiOperation({ operationId: 'ingestRunEvents', summary: 'Receive a batch of OpenLineage run events', description: 'A JSON array of run events, or { "events": [...] }; all or none are stored.' })
  @ApiBody({ schema: { oneOf: [{ type: 'array', items: RUN_EVENT_SCHEMA }, { type: 'object', properties: { events: { type: 'array', items: RUN_EVENT_SCHEMA } }, required: ['events'] }] } })
  @ApiCreatedResponse({ type: LineageIntakeResultDto })
  @ValidationProblem()
  async ingestRunEvents(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<LineageIntakeResultDto> {
    const events = batchEvents(body);
    const prefix = Array.isArray(body) ? '' : '/events';
    return this.openLineage.ingest(actor, events, (i) => `${prefix}/${i}`);
  }
}
