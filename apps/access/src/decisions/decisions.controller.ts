import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, ProblemResponseDto, ValidationProblem } from '@meshwork/platform';
import { DecisionBatchDto, DecisionBatchResultDto, DecisionCheckDto, DecisionResultDto } from './decision.dto';
import { DecisionsService } from './decisions.service';

const HOW =
  'Allow when the principal is a platform admin, a member of the team owning the port, or holds (itself or through a team) a grant on that port that is neither revoked nor expired, computed now. ' +
  'A `purpose` is compared with the grant’s in `reasons` but never denies. You may ask about yourself; platform admins about anyone.';

@ApiTags('decisions')
@Controller('v1/decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Post()
  @HttpCode(200)
  @Authorize('create', 'Decision')
  @ApiOperation({ operationId: 'decide', summary: 'May this principal read this output port now?', description: HOW })
  @ApiOkResponse({ type: DecisionResultDto })
  @ValidationProblem()
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async decide(@CurrentActor() actor: Actor, @Body() body: DecisionCheckDto, @Headers('authorization') authorization: string | undefined): Promise<DecisionResultDto> {
    this.decisions.authorize(actor, [body]);
    return this.decisions.decide(body, authorization);
  }

  @Post('batch')
  @HttpCode(200)
  @Authorize('create', 'Decision')
  @ApiOperation({ operationId: 'decideBatch', summary: 'Decide up to 500 checks at once', description: `${HOW} Results come in the order of the checks.` })
  @ApiOkResponse({ type: DecisionBatchResultDto })
  @ValidationProblem()
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'The catalog cannot be reached.' })
  async decideBatch(@CurrentActor() actor: Actor, @Body() body: DecisionBatchDto, @Headers('authorization') authorization: string | undefined): Promise<DecisionBatchResultDto> {
    this.decisions.authorize(actor, body.checks);
    return { results: await this.decisions.decideAll(body.checks, authorization) };
  }
}
