import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, IdempotencyExempt, ProblemResponseDto, RateLimitAs, ValidationProblem } from '@meshwork/platform';
import { CurrentSource } from '../audit/audit-source';
import { AuditService, type AuditSource } from '../audit/audit.service';
import { DecisionBatchDto, DecisionBatchResultDto, DecisionCheckDto, DecisionResultDto } from './decision.dto';
import { parseDecisionBatch, parseDecisionCheck } from './decision-input';
import { DecisionsService } from './decisions.service';

const HOW =
  'Allow when the principal is a platform admin, a member of the team owning the port, or holds (itself or through a team) a grant on that port that is neither revoked nor expired, computed now. ' +
  'A `purpose` is compared with the grant’s in `reasons` but never denies. You may ask about yourself; platform admins about anyone.';

@ApiTags('decisions')
@Controller('v1/decisions')
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly audit: AuditService,
  ) {}

  /** An audit entry per check: who asked, about whom, on which port, and the answer; alike checks within a second are one entry with a count. */
  private async record(actor: Actor, checks: DecisionCheckDto[], results: DecisionResultDto[], source: AuditSource): Promise<void> {
    const records = checks.map((check, index) => {
      const details: Record<string, unknown> = { principalId: check.principalId, action: check.action };
      if (check.purpose !== undefined) details.purpose = check.purpose.slice(0, 200);
      if (results[index].grantId !== undefined) details.grantId = results[index].grantId;
      return { actor: actor.id, action: 'decision', resource: check.resource, outcome: results[index].decision, details, source };
    });
    await this.audit.appendLater(records, { coalesce: true });
  }

  @Post()
  @HttpCode(200)
  @Authorize('create', 'Decision')
  @IdempotencyExempt()
  @RateLimitAs('read')
  @ApiOperation({ operationId: 'decide', summary: 'May this principal read this output port now?', description: HOW })
  @ApiBody({ type: DecisionCheckDto })
  @ApiOkResponse({ type: DecisionResultDto })
  @ValidationProblem()
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async decide(@CurrentActor() actor: Actor, @Body() body: unknown, @Headers('authorization') authorization: string | undefined, @CurrentSource() source: AuditSource): Promise<DecisionResultDto> {
    const check = parseDecisionCheck(body);
    this.decisions.authorize(actor, [check]);
    const result = await this.decisions.decide(check, authorization);
    await this.record(actor, [check], [result], source);
    return result;
  }

  @Post('batch')
  @HttpCode(200)
  @Authorize('create', 'Decision')
  @IdempotencyExempt()
  @RateLimitAs('read')
  @ApiOperation({ operationId: 'decideBatch', summary: 'Decide up to 500 checks at once', description: `${HOW} Results come in the order of the checks.` })
  @ApiBody({ type: DecisionBatchDto })
  @ApiOkResponse({ type: DecisionBatchResultDto })
  @ValidationProblem()
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async decideBatch(@CurrentActor() actor: Actor, @Body() body: unknown, @Headers('authorization') authorization: string | undefined, @CurrentSource() source: AuditSource): Promise<DecisionBatchResultDto> {
    const checks = parseDecisionBatch(body);
    this.decisions.authorize(actor, checks);
    const results = await this.decisions.decideAll(checks, authorization);
    await this.record(actor, checks, results, source);
    return { results };
  }
}
