import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { DEFAULT_HISTORY_LIMIT, PortProfileDto, PortProfileInputDto, PortProfilePageDto, ProfileHistoryQueryDto } from './dto/profile.dto';
import { toPortProfileDto } from './profiles.mapper';
import { ProfilesService } from './profiles.service';

export const PORT_URN_PARAM = { name: 'urn', description: 'Output port URN.', example: 'urn:meshwork:crm:customers:customers:v1' };
const NOT_FOUND = { type: ProblemResponseDto, description: 'No product declares a port at this URN (or, for the latest profile, none was recorded).' };

@ApiTags('quality')
@Controller('v1/ports')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Put(':urn/profile')
  @Authorize('update', 'DataProduct')
  @ApiOperation({
    operationId: 'putPortProfile',
    summary: 'Record a column profile of an output port',
    description:
      'Row count and, per column, null count (and ratio), distinct count, min/max and quantiles. The profile becomes the port\'s latest; earlier ones stay in its history. ' +
      'The quality rules of the port\'s contract that the profile measures (nullValues, missingValues without extra missing values, duplicateValues, rowCount) are evaluated at once; a failing `error` rule writes a quality.failed fact. ' +
      'OpenLineage `dataQualityMetrics` facets sent to POST /api/v1/lineage record profiles the same way. Only those who may update the port\'s data product record profiles.',
  })
  @ApiParam(PORT_URN_PARAM)
  @ApiBody({ type: PortProfileInputDto })
  @ApiOkResponse({ type: PortProfileDto, description: 'The profile as recorded.' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN or profile; `errors[]` has a pointer per problem.' })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'You may not update the port\'s data product.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ValidationProblem()
  async putPortProfile(@CurrentActor() actor: Actor, @Param('urn') urn: string, @Body() body: unknown): Promise<PortProfileDto> {
    return toPortProfileDto(await this.profiles.put(actor, urn, body));
  }

  @Get(':urn/profile')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'getPortProfile', summary: 'The latest column profile of an output port', description: 'Everyone who may read the catalog may read it.' })
  @ApiParam(PORT_URN_PARAM)
  @ApiOkResponse({ type: PortProfileDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN.' })
  @ApiNotFoundResponse(NOT_FOUND)
  async getPortProfile(@Param('urn') urn: string): Promise<PortProfileDto> {
    return toPortProfileDto(await this.profiles.latest(urn));
  }

  @Get(':urn/profiles')
  @Authorize('read', 'DataProduct')
  @ApiOperation({ operationId: 'listPortProfiles', summary: 'The profile history of an output port', description: 'Newest first, a page at a time (`cursor` from `nextCursor`); `contractVersion` keeps the profiles of one port version.' })
  @ApiParam(PORT_URN_PARAM)
  @ApiOkResponse({ type: PortProfilePageDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'Malformed URN, limit or cursor.' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ValidationProblem()
  async listPortProfiles(@Param('urn') urn: string, @Query() query: ProfileHistoryQueryDto): Promise<PortProfilePageDto> {
    const page = await this.profiles.history(urn, query.contractVersion, query.cursor, query.limit ?? DEFAULT_HISTORY_LIMIT);
    return { items: page.rows.map(toPortProfileDto), nextCursor: page.nextCursor };
  }
}
