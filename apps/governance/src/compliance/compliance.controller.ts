import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize, ValidationProblem } from '@meshwork/platform';
import { ComplianceService } from './compliance.service';
import { ComplianceQueryDto, ComplianceReportDto } from './dto/compliance.dto';

@ApiTags('compliance')
@Controller('v1/compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @Authorize('read', 'Compliance')
  @ApiOperation({
    operationId: 'getCompliance',
    summary: 'Compliance scores now and over time',
    description:
      'Score = applicable policies passed / applicable policies, from recorded evaluations (POST /v1/evaluations with `record: true`). ' +
      'Per product from its latest sample; per domain and mesh-wide summed over the products’ latest samples; ' +
      'and a daily series (UTC) where each day counts every product’s latest sample at the end of that day. Everyone may read.',
  })
  @ApiOkResponse({ type: ComplianceReportDto })
  @ValidationProblem()
  async getCompliance(@Query() query: ComplianceQueryDto): Promise<ComplianceReportDto> {
    return this.compliance.report(query);
  }
}
