import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize, PageOf, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { KpiQueryDto, KpisDto, SloBudgetDto, SloHistoryPageDto, SloHistoryQueryDto } from './dto/budget.dto';
import { IncidentDto, ListIncidentsQueryDto } from './dto/incident.dto';
import { IncidentsService } from './incidents.service';

export const IncidentPageDto = PageOf(IncidentDto, 'IncidentPageDto');

const SLO_ID = { name: 'id', description: 'Id of the SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f' };
const NO_SLO = { type: ProblemResponseDto, description: 'No such SLO.' };

@ApiTags('incidents')
@Controller('v1/incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get()
  @Authorize('read', 'Incident')
  @ApiOperation({ operationId: 'listIncidents', summary: 'List incidents', description: 'Newest first. An incident opens when an SLO becomes breached and closes when it leaves the breach. Everyone may read them.' })
  @ApiOkResponse({ type: IncidentPageDto })
  @ValidationProblem()
  async listIncidents(@Query() query: ListIncidentsQueryDto) {
    return this.incidents.list(query);
  }

  @Get(':id')
  @Authorize('read', 'Incident')
  @ApiOperation({ operationId: 'getIncident', summary: 'Get an incident' })
  @ApiParam({ name: 'id', description: 'Id of the incident.', example: '3b9d6a1e-7c2f-4e8a-9b1d-2f4e6a8c0d1e' })
  @ApiOkResponse({ type: IncidentDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such incident.' })
  async getIncident(@Param('id') id: string): Promise<IncidentDto> {
    return this.incidents.get(id);
  }
}

@ApiTags('slos')
@Controller('v1/slos')
export class SloBudgetsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get(':id/history')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'getSloHistory', summary: 'History of an SLO’s status', description: 'Every change of status, newest first. Everyone may read it.' })
  @ApiParam(SLO_ID)
  @ApiOkResponse({ type: SloHistoryPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse(NO_SLO)
  async getSloHistory(@Param('id') id: string, @Query() query: SloHistoryQueryDto) {
    return this.incidents.history(id, query);
  }

  @Get(':id/budget')
  @Authorize('read', 'Slo')
  @ApiOperation({
    operationId: 'getSloBudget',
    summary: 'Error budget of an SLO over its window',
    description: 'Availability and error rate: the share of failed checks and runs allowed (1 − target, or the target). Every other property: seconds of breach, 1 % of the window. Everyone may read it.',
  })
  @ApiParam(SLO_ID)
  @ApiOkResponse({ type: SloBudgetDto })
  @ApiNotFoundResponse(NO_SLO)
  async getSloBudget(@Param('id') id: string): Promise<SloBudgetDto> {
    return this.incidents.budget(id);
  }
}

@ApiTags('kpis')
@Controller('v1/kpis')
export class KpisController {
  constructor(private readonly incidents: IncidentsService) {}

  @Get(':urn')
  @Authorize('read', 'Slo')
  @ApiOperation({
    operationId: 'getKpis',
    summary: 'KPIs of an output port or a product',
    description:
      'SLA compliance (share of the window not breached), incidents, mean times to detect and to recover, freshness and the status of every SLO; active consumers and access requests from the access service (kept 30 s per port; null, with the reason in `sources.access`, when it is not configured or does not answer: the rest is answered all the same). A product counts the ports its published version lists. Everyone may read them.',
  })
  @ApiParam({ name: 'urn', description: 'URN of an output port or of a product.', example: 'urn:meshwork:crm:customers' })
  @ApiOkResponse({ type: KpisDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'The SLA service knows no such port or product.' })
  async getKpis(@Param('urn') urn: string, @Query() query: KpiQueryDto): Promise<KpisDto> {
    return this.incidents.kpis(urn, query.windowSeconds);
  }
}
