import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize, IdempotencyExempt, RateLimitAs, ValidationProblem } from '@meshwork/platform';
import { ConformanceReportDto, ConformanceRequestDto } from './dto/conformance.dto';
import { ConformanceService } from './conformance.service';

@ApiTags('master-data')
@Controller('v1/master-data/conformance')
export class ConformanceController {
  constructor(private readonly conformance: ConformanceService) {}

  @Post()
  @HttpCode(200)
  @Authorize('read', 'MasterData')
  @IdempotencyExempt()
  @RateLimitAs('read')
  @ApiOperation({
    operationId: 'checkConformance',
    summary: 'Check contracts against the glossary and the master data',
    description:
      'Anyone may check, typically a domain pipeline before publishing. For every property bound to a canonical attribute (authoritativeDefinitions url ' +
      '`meshwork:master-data:<entity>/<attribute>`, or `meshwork:glossary:<term>` / a businessName equal to a term title or synonym, for a term an attribute stands for), ' +
      'reports a different logicalType or format; for every property bound to a code list (through its attribute, or `meshwork:code-list:<list>`), a missing or different ' +
      "logicalTypeOptions.pattern; for every schema object that carries an entity (`meshwork:master-data:<entity>`, or a businessName equal to the entity's title), each required attribute it lacks. " +
      'Nothing is stored.',
  })
  @ApiOkResponse({ type: ConformanceReportDto, description: 'The findings; `conformant` is true when there are none.' })
  @ValidationProblem()
  async checkConformance(@Body() body: ConformanceRequestDto): Promise<ConformanceReportDto> {
    const findings = await this.conformance.check(body.contracts);
    return { conformant: findings.length === 0, findings };
  }
}
