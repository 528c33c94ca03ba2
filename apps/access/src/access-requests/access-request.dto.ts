import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';
import { KEBAB_MESSAGE, KEBAB_NAME } from '../common/names';
import { ACCESS_REQUEST_STATES, type AccessRequestState } from './access-request.entity';

export const DEFAULT_DURATION_DAYS = 90;
const URN_EXAMPLE = 'urn:meshwork:crm:customers:customers:v1';

export class ConsumerDto {
  @ApiPropertyOptional({ description: 'A principal who will read the port (yourself, unless you are a platform admin). Give this or `team`.', format: 'uuid', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  @IsOptional()
  @IsUUID()
  principalId?: string;

  @ApiPropertyOptional({ description: 'A team whose members will read the port (one you belong to, unless you are a platform admin). Give this or `principalId`.', example: 'billing-team' })
  @IsOptional()
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB_NAME, { message: KEBAB_MESSAGE })
  team?: string;
}

export class CreateAccessRequestDto {
  @ApiProperty({ description: 'Who will read the port: `{ "principalId" }` or `{ "team" }`.', type: ConsumerDto })
  @ValidateNested()
  @Type(() => ConsumerDto)
  consumer!: ConsumerDto;

  @ApiProperty({ description: 'URN of the output port.', example: URN_EXAMPLE, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @Matches(/^urn:meshwork:/, { message: '$property must be a Meshwork URN (urn:meshwork:…)' })
  portUrn!: string;

  @ApiProperty({ description: 'What the data is for.', example: 'Monthly churn analysis', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: '$property must not be blank' })
  purpose!: string;

  @ApiPropertyOptional({ description: 'How long the grant lasts once approved, in days.', minimum: 1, maximum: 365, default: DEFAULT_DURATION_DAYS, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  durationDays?: number;

  @ApiPropertyOptional({ description: 'Only these fields of the contract (`property` or `object.property`); all fields when absent.', type: [String], example: ['customer_id', 'country'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  fields?: string[];
}

export class DecisionDto {
  @ApiPropertyOptional({ description: 'Why; kept with the decision.', example: 'Purpose covered by the consent policy.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class ReasonDto {
  @ApiProperty({ description: 'Why; kept with the decision.', example: 'Personal data is not needed for this purpose.', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: '$property must not be blank' })
  reason!: string;
}

export class ApprovalStepDto {
  @ApiProperty({ description: '1 for the first level, 2 for the second.', example: 1 })
  level!: number;

  @ApiProperty({ description: 'Who may approve at this level: the owners of the port’s team (`team:<name>/domain-owner`), and the teams or principals the contract’s roles name.', type: [String], example: ['team:crm-data-team/domain-owner', 'crm-stewards'] })
  approvers!: string[];

  @ApiPropertyOptional({ description: 'Principal who approved this level; null while open.', nullable: true, type: String, example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  approvedBy!: string | null;

  @ApiPropertyOptional({ description: 'When this level was approved; null while open.', nullable: true, type: String, format: 'date-time', example: '2026-11-26T09:30:00.000Z' })
  approvedAt!: string | null;
}

export class AccessRequestDto {
  @ApiProperty({ description: 'Request id.', format: 'uuid', example: '1f2e3d4c-5b6a-4789-8abc-def012345678' })
  id!: string;

  @ApiProperty({ enum: ACCESS_REQUEST_STATES, description: '`pending` → (`awaiting-second-level` →) `approved`, or `rejected` / `cancelled`.', example: 'pending' })
  state!: AccessRequestState;

  @ApiProperty({ description: 'Principal who asked.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  requesterId!: string;

  @ApiProperty({ description: 'Who will read the port.', type: ConsumerDto, example: { team: 'billing-team' } })
  consumer!: ConsumerDto;

  @ApiProperty({ description: 'URN of the output port asked for.', example: URN_EXAMPLE })
  portUrn!: string;

  @ApiProperty({ description: 'Domain of the port.', example: 'crm' })
  domain!: string;

  @ApiProperty({ description: 'Data product of the port.', example: 'customers' })
  product!: string;

  @ApiProperty({ description: 'Team owning the port; its domain owners approve.', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: 'What the data is for.', example: 'Monthly churn analysis' })
  purpose!: string;

  @ApiProperty({ description: 'How long the grant lasts once approved, in days.', example: 90 })
  durationDays!: number;

  @ApiPropertyOptional({ nullable: true, type: [String], description: 'Fields asked for; null for all.', example: ['customer_id', 'country'] })
  fields!: string[] | null;

  @ApiProperty({ type: [ApprovalStepDto], description: 'One step, or two when the contract names second-level approvers.' })
  steps!: ApprovalStepDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who approved last, rejected or cancelled; null while open.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  decidedBy!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When it was decided; null while open.', example: '2026-11-26T09:30:00.000Z' })
  decidedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Reason given with the decision.', example: 'Purpose covered by the consent policy.' })
  decisionReason!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The grant created by the final approval.', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  grantId!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When it was asked.', example: '2026-11-26T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Last change.', example: '2026-11-26T09:30:00.000Z' })
  updatedAt!: string;
}

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class AccessRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ACCESS_REQUEST_STATES })
  @IsOptional()
  @IsIn(ACCESS_REQUEST_STATES)
  state?: AccessRequestState;

  @ApiPropertyOptional({ example: URN_EXAMPLE })
  @IsOptional()
  @IsString()
  portUrn?: string;

  @ApiPropertyOptional({ description: 'A consumer principal id or team name.', example: 'billing-team' })
  @IsOptional()
  @IsString()
  consumer?: string;

  @ApiPropertyOptional({ description: 'Only the requests you made.', type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({
    description: 'Only the requests decided (approved at the last level, rejected or cancelled) at or after this instant (ISO 8601 with a time zone); open requests are left out. With `state` and `limit=1`, `total` counts the decisions of a window.',
    format: 'date-time',
    example: '2026-11-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/i, { message: 'decidedAfter must carry a time zone (Z or ±hh:mm)' })
  decidedAfter?: string;
}

export class GrantQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: URN_EXAMPLE })
  @IsOptional()
  @IsString()
  portUrn?: string;

  @ApiPropertyOptional({ description: 'A consumer principal id or team name.', example: 'billing-team' })
  @IsOptional()
  @IsString()
  consumer?: string;

  @ApiPropertyOptional({ description: 'true: only grants in force now; false: only expired or revoked ones.', type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid', description: 'Grant id.', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The request it was granted on.', example: '1f2e3d4c-5b6a-4789-8abc-def012345678' })
  requestId!: string;

  @ApiProperty({ description: 'Who may read the port.', type: ConsumerDto, example: { team: 'billing-team' } })
  consumer!: ConsumerDto;

  @ApiProperty({ description: 'URN of the output port.', example: URN_EXAMPLE })
  portUrn!: string;

  @ApiProperty({ description: 'Team owning the port; its domain owners may revoke.', example: 'crm-data-team' })
  ownerTeamId!: string;

  @ApiProperty({ description: 'What the data is for.', example: 'Monthly churn analysis' })
  purpose!: string;

  @ApiPropertyOptional({ nullable: true, type: [String], description: 'Fields granted; null for all.', example: ['customer_id', 'country'] })
  fields!: string[] | null;

  @ApiProperty({ format: 'date-time', description: 'The grant ends then.', example: '2027-02-24T09:30:00.000Z' })
  expiresAt!: string;

  @ApiProperty({ type: [String], description: 'Principals who approved, in order.', example: ['5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40'] })
  approvedBy!: string[];

  @ApiProperty({ description: 'In force now: not revoked and not expired (computed when read).', example: true })
  active!: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When it was revoked; null if not.', example: '2026-11-26T09:30:00.000Z' })
  revokedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who revoked it; null if not.', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  revokedBy!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it was revoked; null if not.', example: 'The project ended.' })
  revokeReason!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When it was granted.', example: '2026-11-26T09:30:00.000Z' })
  createdAt!: string;
}
