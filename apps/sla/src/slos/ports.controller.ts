import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { PortSlosQueryDto } from './dto/slo.dto';
import { pageOfSlos, SloPageDto } from './slos.controller';
import { SlosService } from './slos.service';

@ApiTags('slos')
@Controller('v1/ports')
export class PortsController {
  constructor(private readonly slos: SlosService) {}

  @Get(':urn/slos')
  @Authorize('read', 'Slo')
  @ApiOperation({ operationId: 'listPortSlos', summary: 'List the SLOs of an output port', description: 'Contract-derived SLOs in the contract’s order, then those added through the API; retired ones only with `includeRetired=true`. Everyone may read them.' })
  @ApiParam({ name: 'urn', description: 'URN of the output port.', example: 'urn:meshwork:crm:customers:customers:v1' })
  @ApiOkResponse({ type: SloPageDto })
  @ValidationProblem()
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'The SLA service knows no such port.' })
  async listPortSlos(@Param('urn') urn: string, @Query() query: PortSlosQueryDto) {
    return pageOfSlos(await this.slos.listForPort(urn, query));
  }
}
