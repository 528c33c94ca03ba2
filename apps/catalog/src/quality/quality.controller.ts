import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { DEFAULT_HISTORY_LIMIT } from '../profiles/dto/profile.dto';
import { PORT_URN_PARAM } from '../profiles/profiles.controller';
import { PortQualityDto, QualityHistoryQueryDto, QualityResultPageDto, QualityResultsInputDto } from './dto/quality.dto';
import { toPortQualityDto, toQualityResultDto } from './quality.mapper';
import { QualityService } from './quality.service';

const NOT_FOUND = { type: ProblemResponseDto, description: 'No product declares a port at this URN.' };

@ApiTags('quality')
@Controller('v1/ports')
export class QualityController {
  constructor(private readonly quality: QualityService) {}

  @Get(':urn/quality')
  @Authorize('read', 'DataProduct')
  @ApiOperation({
    operationId: 'getPortQuality',
    summary: 'The quality rules of an output port and how they hold',
    description:
      'Every ODCS quality rule of the port\'s current contract with its current outcome: measured from the latest profile where it carries the metric, else the latest result reported by the domain\'s checks (POST quality-results, OpenLineage dataQualityAssertions), else an older profile\'s; `unknown` without any. ' +
      'Comparisons follow the rule\'s operator and `unit` (`rows`, or `percent` of the row count).',
  })
  @ApiParam(PORT_URN_PARAM)
  @ApiOkResponse({ type: PortQualityDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN.' })
  @ApiNotFoundResponse(NOT_FOUND)
  async getPortQuality(@Param('urn') urn: string): Promise<PortQualityDto> {
    return toPortQualityDto(await this.quality.current(urn));
  }

  @Get(':urn/quality/results')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'listQualityResults', summary: 'The history of quality outcomes of an output port', description: 'Every stored outcome, newest first, optionally of one rule; a page at a time (`cursor` from `nextCursor`).' })
  @ApiParam(PORT_URN_PARAM)
  @ApiOkResponse({ type: QualityResultPageDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN, limit or cursor.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ValidationProblem()
  async listQualityResults(@Param('urn') urn: string, @Query() query: QualityHistoryQueryDto): Promise<QualityResultPageDto> {
    const page = await this.quality.history(urn, query.rule, query.cursor, query.limit ?? DEFAULT_HISTORY_LIMIT);
    return { items: page.rows.map(toQualityResultDto), nextCursor: page.nextCursor };
  }

  @Post(':urn/quality-results')
  @HttpCode(201)
  @Authorize('update', 'DataProduct')
  @ApiOperation({
    operationId: 'reportQualityResults',
    summary: 'Report the results of a domain\'s own quality checks',
    description:
      'Each result names a rule of the port\'s contract by id and gives the verdict (`passed`) or the measured `value` to compare with the rule\'s operator. Stored all or none; a failing `error` rule that is now the rule\'s current outcome writes a quality.failed fact, which SLA monitoring counts as a failed check (failingRows over rowCount for errorRate). ' +
      'A result for a rule the latest profile measures is kept in the history, and the profile\'s outcome stays current. Only those who may update the port\'s data product report results.',
  })
  @ApiParam(PORT_URN_PARAM)
  @ApiBody({ type: QualityResultsInputDto })
  @ApiCreatedResponse({ type: PortQualityDto, description: 'The port\'s quality after the results.' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN or body; `errors[]` has a pointer per problem.' })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'You may not update the port\'s data product.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'A result names no rule of the contract, or gives a value for a rule without operator; `errors[]` points at each.' })
  @ValidationProblem()
  async reportQualityResults(@CurrentActor() actor: Actor, @Param('urn') urn: string, @Body() body: unknown): Promise<PortQualityDto> {
    return toPortQualityDto(await this.quality.report(actor, urn, body));
  }
}
