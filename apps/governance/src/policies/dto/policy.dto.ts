import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUrl, Length, Matches, Min, ValidateBy, ValidateIf, ValidateNested, type ValidationOptions } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';
import { POLICY_STATES, POLICY_TARGETS, type PolicyState, type PolicyTarget, SEVERITIES, type Severity } from '@meshwork/policies';

export const POLICY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOMAIN_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RULE_KINDS = ['cel', 'json-schema'] as const;

const SCOPE_SCHEMA = {
  oneOf: [
    { type: 'string', enum: ['all'] },
    { type: 'array', items: { type: 'string', pattern: DOMAIN_NAME.source }, minItems: 1 },
  ],
};

/** `all`, or a non-empty list of kebab-case domain names. */
function IsPolicyScope(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPolicyScope',
      validator: {
        validate: (value: unknown) => value === 'all' || (Array.isArray(value) && value.length > 0 && value.length <= 100 && value.every((d) => typeof d === 'string' && d.length <= 63 && DOMAIN_NAME.test(d))),
        defaultMessage: () => "scope must be 'all' or a non-empty list of kebab-case domain names",
      },
    },
    options,
  );
}

export class PolicyRuleDto {
  @ApiProperty({ description: '`cel`: a CEL expression; `json-schema`: a JSON Schema (draft 2019-09) the target element must satisfy.', enum: RULE_KINDS, example: 'cel' })
  @IsIn(RULE_KINDS)
  kind!: 'cel' | 'json-schema';

  @ApiPropertyOptional({
    description: 'For `cel`: yields true (passes), false (fails with the message) or a string (fails with that string). Variables depend on the target: `product`, `contract`, `port`, `property`, and `input`.',
    example: "has(product.team) && product.team.members.exists(m, m.role == 'owner')",
    maxLength: 10000,
  })
  @ValidateIf((rule: PolicyRuleDto) => rule.kind === 'cel' || rule.expression !== undefined)
  @IsString()
  @Length(1, 10000)
  expression?: string;

  @ApiPropertyOptional({ description: 'For `json-schema`: the schema each target element must satisfy.', example: { type: 'object', required: ['description'] }, type: 'object', additionalProperties: true })
  @ValidateIf((rule: PolicyRuleDto) => rule.kind === 'json-schema' || rule.schema !== undefined)
  @IsObject()
  schema?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Message of each failure, when the rule does not give its own.', example: 'The product must name an owner in its team.', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  message?: string;
}

export class CreatePolicyDto {
  @ApiProperty({ description: 'Stable kebab-case id.', example: 'product-has-owner', pattern: POLICY_ID.source, maxLength: 63 })
  @IsString()
  @Length(1, 63)
  @Matches(POLICY_ID, { message: 'id must be kebab-case: lowercase letters and digits separated by single hyphens' })
  id!: string;

  @ApiProperty({ description: 'Short name shown in results.', example: 'Product has an owner', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ description: 'What the policy checks.', example: 'Every data product names an owner in its team.', maxLength: 4000 })
  @IsString()
  @Length(0, 4000)
  description!: string;

  @ApiPropertyOptional({ description: 'Why the policy exists: a link to the standard or decision record.', example: 'https://wiki.example.com/adr/0007-ownership', maxLength: 2000 })
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false })
  @Length(1, 2000)
  rationaleUrl?: string;

  @ApiProperty({ description: '`blocking` failures refuse a publish (warnings while in grace); `warning` and `info` are reported only.', enum: SEVERITIES, example: 'blocking' })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ description: 'What the rule is evaluated on, once per element.', enum: POLICY_TARGETS, example: 'product' })
  @IsIn(POLICY_TARGETS)
  target!: PolicyTarget;

  @ApiProperty({ description: "Domains the policy applies to, or `all` for the whole mesh.", example: 'all', ...SCOPE_SCHEMA })
  @IsDefined()
  @IsPolicyScope()
  scope!: 'all' | string[];

  @ApiProperty({ description: 'The rule: a CEL expression or a JSON Schema. It is compiled when saved.', type: PolicyRuleDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PolicyRuleDto)
  rule!: PolicyRuleDto;
}

/** Fields to change; the id never changes. A grace or enforced version is never edited: a new draft version is made. */
export class UpdatePolicyDto {
  @ApiPropertyOptional({ description: 'Short name shown in results.', example: 'Product has an owner', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ description: 'What the policy checks.', example: 'Every data product names an owner in its team.', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ description: 'Link to the standard or decision record; null clears it.', example: 'https://wiki.example.com/adr/0007-ownership', maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUrl({ require_protocol: true, require_tld: false })
  @Length(1, 2000)
  rationaleUrl?: string | null;

  @ApiPropertyOptional({ description: 'Severity of failures.', enum: SEVERITIES, example: 'warning' })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ description: 'What the rule is evaluated on.', enum: POLICY_TARGETS, example: 'contract' })
  @IsOptional()
  @IsIn(POLICY_TARGETS)
  target?: PolicyTarget;

  @ApiPropertyOptional({ description: 'Domains the policy applies to, or `all`.', example: ['crm', 'billing'], ...SCOPE_SCHEMA })
  @IsOptional()
  @IsPolicyScope()
  scope?: 'all' | string[];

  @ApiPropertyOptional({ description: 'The new rule; compiled when saved.', type: PolicyRuleDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PolicyRuleDto)
  rule?: PolicyRuleDto;
}

export class PolicyDto {
  @ApiProperty({ description: 'Stable kebab-case id.', example: 'product-has-owner' })
  id!: string;

  @ApiProperty({ description: 'The version shown.', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Newest version of the policy (may be a draft).', example: 2 })
  latestVersion!: number;

  @ApiPropertyOptional({ description: 'The version in grace or enforced, the one evaluated at publish time; null when none.', example: 1, nullable: true, type: Number })
  activeVersion!: number | null;

  @ApiProperty({ description: 'Short name shown in results.', example: 'Product has an owner' })
  name!: string;

  @ApiProperty({ description: 'What the policy checks.', example: 'Every data product names an owner in its team.' })
  description!: string;

  @ApiPropertyOptional({ description: 'Link to the standard or decision record.', example: 'https://wiki.example.com/adr/0007-ownership', nullable: true, type: String })
  rationaleUrl!: string | null;

  @ApiProperty({ description: 'Severity of failures as declared.', enum: SEVERITIES, example: 'blocking' })
  severity!: Severity;

  @ApiProperty({ description: 'What the rule is evaluated on.', enum: POLICY_TARGETS, example: 'product' })
  target!: PolicyTarget;

  @ApiProperty({ description: 'Domains the policy applies to, or `all`.', example: 'all', ...SCOPE_SCHEMA })
  scope!: 'all' | string[];

  @ApiProperty({ description: 'The rule.', type: PolicyRuleDto })
  rule!: PolicyRuleDto;

  @ApiProperty({ description: 'Lifecycle state of this version.', enum: POLICY_STATES, example: 'enforced' })
  state!: PolicyState;

  @ApiPropertyOptional({ description: 'In grace: until when blocking failures count as warnings.', example: '2026-06-30T00:00:00.000Z', format: 'date-time', nullable: true, type: String })
  graceUntil!: string | null;

  @ApiProperty({ description: 'Principal that made this version.', example: 'gov-officer-1' })
  createdBy!: string;

  @ApiProperty({ description: 'When this version was made.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When this version last changed (edit as a draft, or lifecycle).', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class ListPoliciesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only policies with a version in this state.', enum: POLICY_STATES, example: 'enforced' })
  @IsOptional()
  @IsIn(POLICY_STATES)
  state?: PolicyState;

  @ApiPropertyOptional({ description: 'Only policies whose latest version has this target.', enum: POLICY_TARGETS, example: 'contract' })
  @IsOptional()
  @IsIn(POLICY_TARGETS)
  target?: PolicyTarget;

  @ApiPropertyOptional({ description: 'Only policies whose latest version has this severity.', enum: SEVERITIES, example: 'blocking' })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ description: 'Only policies whose latest version applies to this domain (scope `all` or naming it).', example: 'crm' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  domain?: string;
}

export class GetPolicyQueryDto {
  @ApiPropertyOptional({ description: 'Version to read; the latest when omitted.', example: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class TransitionPolicyDto {
  @ApiProperty({ description: 'Target state. Allowed: draft → grace | enforced, grace → enforced | retired, enforced → retired.', enum: POLICY_STATES, example: 'grace' })
  @IsIn(POLICY_STATES)
  to!: PolicyState;

  @ApiPropertyOptional({ description: 'Required when moving to grace: a future instant until which blocking failures count as warnings.', example: '2026-06-30T00:00:00.000Z', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  graceUntil?: string;

  @ApiPropertyOptional({ description: 'Version to move; the latest when omitted.', example: 2, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
