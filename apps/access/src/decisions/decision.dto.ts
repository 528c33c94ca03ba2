import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const URN_EXAMPLE = 'urn:meshwork:crm:customers:customers:v1';
export const DECISION_ACTIONS = ['read'] as const;
export const DECISION_OUTCOMES = ['allow', 'deny'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const MAX_BATCH = 500;

/** One question; the route checks its body with parseDecisionCheck (decision-input.ts), which enforces what is documented here. */
export class DecisionCheckDto {
  @ApiProperty({ description: 'The principal who wants to read (yourself, unless you are a platform admin).', format: 'uuid', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  principalId!: string;

  @ApiProperty({ description: 'What the principal wants to do; only `read` for now.', enum: DECISION_ACTIONS, example: 'read' })
  action!: 'read';

  @ApiProperty({ description: 'URN of the output port.', example: URN_EXAMPLE, maxLength: 500 })
  resource!: string;

  @ApiPropertyOptional({ description: 'What the data is for; compared with the grant’s purpose in `reasons`, never a cause to deny.', example: 'Monthly churn analysis', maxLength: 2000 })
  purpose?: string;
}

export class DecisionBatchDto {
  @ApiProperty({ description: `The checks to decide, 1 to ${MAX_BATCH}; answered in the same order.`, type: [DecisionCheckDto], minItems: 1, maxItems: MAX_BATCH, example: [{ principalId: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40', action: 'read', resource: URN_EXAMPLE }] })
  checks!: DecisionCheckDto[];
}

export class DecisionResultDto {
  @ApiProperty({ description: 'Whether the principal may do it now.', enum: DECISION_OUTCOMES, example: 'allow' })
  decision!: DecisionOutcome;

  @ApiPropertyOptional({ description: 'The active grant the allow rests on; absent when allowed as admin or owner, or denied.', format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  grantId?: string;

  @ApiProperty({ description: 'Why, in words.', type: [String], example: ["active grant '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' held by team 'billing-team' until 2027-02-24T09:30:00.000Z"] })
  reasons!: string[];
}

export class DecisionBatchResultDto {
  @ApiProperty({ description: 'One result per check, in the order of the checks.', type: [DecisionResultDto], example: [{ decision: 'deny', reasons: ['no grant on this port'] }] })
  results!: DecisionResultDto[];
}
