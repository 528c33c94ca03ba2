import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, IdempotencyExempt, ProblemResponseDto, RateLimitAs, ValidationProblem } from '@meshwork/platform';
import { EvaluateDto, EvaluationResultDto } from './dto/evaluation.dto';
import { EvaluationsService } from './evaluations.service';

@ApiTags('evaluations')
@Controller('v1/evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Post()
  @HttpCode(200)
  @Authorize('create', 'Evaluation')
  @IdempotencyExempt()
  @RateLimitAs('read')
  @ApiOperation({
    operationId: 'evaluatePolicies',
    summary: 'Evaluate a product and its contracts against the policies in force',
    description:
      'Every grace and enforced policy (its active version) on `{ product, contracts, previous? }`, documents as JSON objects or as YAML text. ' +
      '`passed` is false when a failing policy counts as blocking now. ' +
      'With `record: true` (the catalog’s publish gate) a passing outcome is kept as a compliance sample of `subject`: only members of the team owning its domain (as the catalog says, read at MESHWORK_CATALOG_URL with your token) and platform admins may record. Everyone may evaluate.',
  })
  @ApiOkResponse({ type: EvaluationResultDto })
  @ValidationProblem()
  @ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: '`record: true` without a subject and without domain, name and version in the product document.' })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: '`record: true` by someone who may not publish products of the domain.' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: '`record: true` needs the domain’s owner team from the catalog, which cannot be reached.' })
  async evaluatePolicies(@CurrentActor() actor: Actor, @Body() body: EvaluateDto, @Headers('authorization') authorization: string | undefined): Promise<EvaluationResultDto> {
    return this.evaluations.evaluate(body, actor, authorization);
  }
}
