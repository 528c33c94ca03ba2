import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { POLICY_STATES, POLICY_TARGETS, type PolicyState, type PolicyTarget, SEVERITIES, type Severity } from '@meshwork/policies';
import { PolicyRuleDto } from './policy.dto';

/** One version of a policy as shipped in bundles (`PolicyDefinition` of @meshwork/policies). */
export class PolicyDefinitionDto {
  @ApiProperty({ description: 'Stable kebab-case id.', example: 'product-has-owner' })
  id!: string;

  @ApiProperty({ description: 'Version number.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'Short name shown in results.', example: 'Product has an owner' })
  name!: string;

  @ApiProperty({ description: 'What the policy checks.', example: 'Every data product names an owner in its team.' })
  description!: string;

  @ApiPropertyOptional({ description: 'Link to the standard or decision record.', example: 'https://wiki.example.com/adr/0007-ownership' })
  rationaleUrl?: string;

  @ApiProperty({ description: 'Severity as declared.', enum: SEVERITIES, example: 'blocking' })
  severity!: Severity;

  @ApiProperty({ description: 'What the rule is evaluated on.', enum: POLICY_TARGETS, example: 'product' })
  target!: PolicyTarget;

  @ApiProperty({ description: 'Domains the policy applies to, or `all`.', example: 'all', oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }] })
  scope!: 'all' | string[];

  @ApiProperty({ description: 'The rule.', type: PolicyRuleDto })
  rule!: PolicyRuleDto;

  @ApiProperty({ description: 'Lifecycle state.', enum: POLICY_STATES, example: 'enforced' })
  state!: PolicyState;

  @ApiPropertyOptional({ description: 'In grace: until when blocking failures count as warnings.', example: '2026-06-30T00:00:00.000Z', format: 'date-time' })
  graceUntil?: string;
}
