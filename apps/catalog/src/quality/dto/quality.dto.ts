import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { HistoryQueryDto } from '../../profiles/dto/profile.dto';
import { MAX_RESULTS } from '../quality.service';

const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const OPERATOR = { type: 'object' as const, additionalProperties: true, description: 'The ODCS operator of the rule as the contract states it (mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween; between includes its bounds); null when it states none.', example: { mustBe: 0 } };

export class QualityResultDto {
  @ApiProperty({ description: 'Id of the stored outcome.', format: 'uuid', example: '0f8c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5' })
  id!: string;

  @ApiProperty({ description: 'Rule id: the rule\'s `id` in the contract, else `<element>#<position in its quality list>`.', example: 'email_not_null' })
  ruleId!: string;

  @ApiProperty({ description: 'Schema object, or `object.property`, the rule belongs to.', example: 'customers.email' })
  element!: string;

  @ApiPropertyOptional({ description: 'ODCS library metric.', example: 'nullValues', nullable: true, type: String })
  metric!: string | null;

  @ApiProperty({ description: 'Severity of the rule (`error` when the contract gives none).', example: 'error' })
  severity!: string;

  @ApiProperty({ description: 'Whether the rule held.', enum: ['pass', 'fail'], example: 'fail' })
  outcome!: 'pass' | 'fail';

  @ApiPropertyOptional({ description: 'Measured value compared with the operator (in `unit`); null when the check reported only its verdict.', example: 12, nullable: true, type: Number })
  value!: number | null;

  @ApiPropertyOptional({ description: '`rows` or `percent` (of rowCount), as the rule states.', example: 'rows', nullable: true, type: String })
  unit!: string | null;

  @ApiPropertyOptional({ description: 'Rows checked, when known.', example: 1284331, nullable: true, type: Number })
  rowCount!: number | null;

  @ApiPropertyOptional({ description: 'Rows failing the rule, when known.', example: 12, nullable: true, type: Number })
  failingRows!: number | null;

  @ApiProperty({ description: '`profile`: measured by the catalog from a column profile; `reported`: the result of the domain\'s own check (quality-results batch or OpenLineage dataQualityAssertions).', enum: ['profile', 'reported'], example: 'profile' })
  basis!: string;

  @ApiProperty({ description: 'How the facts came: `api` or `openlineage`.', enum: ['api', 'openlineage'], example: 'openlineage' })
  source!: string;

  @ApiPropertyOptional({ description: 'Profile the value was measured from (basis `profile`).', format: 'uuid', nullable: true, type: String, example: '5b0c7f0e-59f4-4f55-8f3e-0d7a4b1e2c33' })
  profileId!: string | null;

  @ApiPropertyOptional({ description: 'Run that produced the facts.', nullable: true, type: String, example: '0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04' })
  runId!: string | null;

  @ApiPropertyOptional({ description: 'What the check said, when it said something.', nullable: true, type: String, example: 'OpenLineage assertion not_null on email' })
  detail!: string | null;

  @ApiPropertyOptional({ description: 'Contract version the rule was read from.', nullable: true, type: String, example: '1.2.0' })
  contractVersion!: string | null;

  @ApiProperty({ description: 'When the data was checked (the profile\'s observedAt, or the result\'s `at`).', format: 'date-time', example: '2026-11-26T05:17:42.000Z' })
  evaluatedAt!: string;
}

export class QualityRuleStatusDto {
  @ApiProperty({ description: 'Rule id: the rule\'s `id` in the contract, else `<element>#<position in its quality list>`.', example: 'email_not_null' })
  ruleId!: string;

  @ApiProperty({ description: 'Schema object, or `object.property`, the rule belongs to.', example: 'customers.email' })
  element!: string;

  @ApiProperty({ description: 'ODCS rule type: `library`, `sql`, `custom` or `text`.', example: 'library' })
  type!: string;

  @ApiPropertyOptional({ description: 'ODCS library metric (`rule` in ODCS v3.0).', example: 'nullValues', nullable: true, type: String })
  metric!: string | null;

  @ApiProperty({ description: 'Severity (`error` when the contract gives none): a failing `error` rule counts as an errorRate observation for SLA monitoring.', example: 'error' })
  severity!: string;

  @ApiPropertyOptional({ description: 'ODCS dimension.', example: 'completeness', nullable: true, type: String })
  dimension!: string | null;

  @ApiPropertyOptional({ description: 'Description from the contract.', nullable: true, type: String, example: null })
  description!: string | null;

  @ApiPropertyOptional({ ...OPERATOR, nullable: true })
  operator!: Record<string, unknown> | null;

  @ApiProperty({ description: 'Unit of the rule: `rows` (default) or `percent` of the row count.', example: 'rows' })
  unit!: string;

  @ApiProperty({ description: '`pass` or `fail` from the current result; `unknown` before any profile measured it or any check reported it.', enum: ['pass', 'fail', 'unknown'], example: 'fail' })
  outcome!: 'pass' | 'fail' | 'unknown';

  @ApiPropertyOptional({ description: 'The result the outcome comes from: measured from the latest profile when it carries the metric, else the latest reported result, else an older profile\'s; null when unknown.', type: QualityResultDto, nullable: true })
  result!: QualityResultDto | null;
}

export class QualitySummaryDto {
  @ApiProperty({ description: 'Rules passing.', example: 4 })
  pass!: number;

  @ApiProperty({ description: 'Rules failing.', example: 1 })
  fail!: number;

  @ApiProperty({ description: 'Rules without a result yet.', example: 2 })
  unknown!: number;

  @ApiProperty({ description: 'Ids of the failing rules of severity `error`.', type: [String], example: ['email_not_null'] })
  failingErrors!: string[];
}

export class PortQualityDto {
  @ApiProperty({ description: 'Output port URN.', example: PORT_URN })
  portUrn!: string;

  @ApiPropertyOptional({ description: 'Contract whose rules are listed (the port\'s current one).', nullable: true, type: String, example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10' })
  contractId!: string | null;

  @ApiPropertyOptional({ description: 'Its version.', nullable: true, type: String, example: '1.2.0' })
  contractVersion!: string | null;

  @ApiPropertyOptional({ description: 'The port\'s latest profile.', nullable: true, type: String, format: 'uuid', example: '5b0c7f0e-59f4-4f55-8f3e-0d7a4b1e2c33' })
  latestProfileId!: string | null;

  @ApiProperty({ description: 'Counts of the rules by outcome.', type: QualitySummaryDto })
  summary!: QualitySummaryDto;

  @ApiProperty({ description: 'Every quality rule of the contract (schema objects first, then their properties, in contract order) with its current outcome.', type: [QualityRuleStatusDto] })
  rules!: QualityRuleStatusDto[];
}

export class QualityResultPageDto {
  @ApiProperty({ description: 'Outcomes, newest first.', type: [QualityResultDto] })
  items!: QualityResultDto[];

  @ApiPropertyOptional({ description: 'Pass as cursor for the next (older) page; null on the last page.', nullable: true, type: String, example: 'czo0Mg' })
  nextCursor!: string | null;
}

export class QualityHistoryQueryDto extends HistoryQueryDto {
  @ApiPropertyOptional({ description: 'Only the outcomes of this rule id.', example: 'email_not_null' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  rule?: string;
}

export class ReportedResultInputDto {
  @ApiProperty({ description: 'Id of a quality rule of the port\'s contract (as GET /v1/ports/{urn}/quality lists it).', example: 'country_code_valid', maxLength: 300 })
  rule!: string;

  @ApiPropertyOptional({ description: 'The check\'s verdict. Without it, `value` is compared with the rule\'s operator.', example: false })
  passed?: boolean;

  @ApiPropertyOptional({ description: 'Measured value (in the rule\'s unit).', example: 42 })
  value?: number;

  @ApiPropertyOptional({ description: 'Rows checked.', minimum: 0, example: 1284331 })
  rowCount?: number;

  @ApiPropertyOptional({ description: 'Rows failing the rule: SLA monitoring counts them as errors over rowCount.', minimum: 0, example: 42 })
  failingRows?: number;

  @ApiPropertyOptional({ description: 'When the check ran (ISO 8601 with a zone); the time of the request when omitted.', format: 'date-time', example: '2026-11-26T05:20:00Z' })
  at?: string;

  @ApiPropertyOptional({ description: 'What the check found, in words (at most 1,000 characters).', example: '42 rows with a lower-case country code', maxLength: 1000 })
  detail?: string;
}

/** The body of POST /v1/ports/{urn}/quality-results; checked by parseResults (quality.service.ts). */
export class QualityResultsInputDto {
  @ApiProperty({ description: `Results, 1 to ${MAX_RESULTS}; stored all or none.`, type: [ReportedResultInputDto], minItems: 1, maxItems: MAX_RESULTS })
  results!: ReportedResultInputDto[];

  @ApiPropertyOptional({ description: 'Run of the checks.', example: 'dq-2026-11-26', maxLength: 200 })
  runId?: string;
}
