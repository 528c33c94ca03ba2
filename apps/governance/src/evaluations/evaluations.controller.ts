import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Authorize, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { EvaluateDto, EvaluationResultDto } from './dto/evaluation.dto';
import { EvaluationsService } from './evaluations.service';

@ApiTags('evaluations')
@Controller('v1/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Post()
  @HttpCode(200)
  @Authorize('create', 'Evaluation')
  @ApiOperation({
    operationId: 'evaluatePolicies',
    summary: 'Evaluate a product and its contracts against the policies in force',
    description:
      'Every grace and enforced policy (its active version) on `{ product, contracts, previous? }`, documents as JSON objects or as YAML text. ' +
      '`passed` is false when a failing policy counts as blocking now. ' +
      'With `record: true` (the catalog’s publish gate) the outcome is kept as a compliance sample of `subject`. Everyone may evaluate.',
  })
  @ApiOkResponse({ type: EvaluationResultDto })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: '`record: true` without a subject and without domain, name and version in the product document.' })
  async evaluatePolicies(@Body() body: EvaluateDto): Promise<EvaluationResultDto> {
    return this.evaluations.evaluate(body);
  }
}
