import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ACTIONS, type Action, SUBJECTS } from '@meshwork/authz';

export const MAX_LOCAL_DECISIONS = 1000;
const OUTCOMES = ['allow', 'deny'] as const;
/** A Meshwork URN, or the name of a kind of object the platform's rules talk about (for decisions not about a port). */
const RESOURCE = new RegExp(`^(?:urn:meshwork:\\S+|${SUBJECTS.join('|')})$`);

/** One decision the SDK made in-process from a principal's bundle. */
export class LocalDecisionDto {
  @ApiProperty({ description: 'The principal the decision is about (yourself, unless you are a platform admin).', format: 'uuid', example: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' })
  @IsUUID()
  principalId!: string;

  @ApiProperty({ description: 'What was decided on: an output port URN, or a kind of object such as `DataProduct`.', example: 'urn:meshwork:crm:customers:customers:v1', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @Matches(RESOURCE, { message: `$property must be a Meshwork URN (urn:meshwork:…) or one of: ${SUBJECTS.join(', ')}` })
  resource!: string;

  @ApiProperty({ description: 'The action asked about.', enum: ACTIONS, example: 'read' })
  @IsIn(ACTIONS)
  action!: Action;

  @ApiPropertyOptional({ description: 'What the data is for, as given to the enforcer.', example: 'Monthly churn analysis', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  purpose?: string;

  @ApiProperty({ description: 'The answer given.', enum: OUTCOMES, example: 'allow' })
  @IsIn(OUTCOMES)
  decision!: 'allow' | 'deny';

  @ApiPropertyOptional({ description: 'The grant the allow rested on.', format: 'uuid', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  @IsOptional()
  @IsUUID()
  grantId?: string;

  @ApiProperty({ description: 'When the decision was made (the first of them, when `count` is more than 1).', format: 'date-time', example: '2026-11-26T09:30:00.000Z' })
  @IsISO8601({ strict: true })
  decidedAt!: string;

  @ApiPropertyOptional({ description: 'When the last of `count` alike decisions was made; `decidedAt` when absent.', format: 'date-time', example: '2026-11-26T09:30:04.250Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  lastDecidedAt?: string;

  @ApiPropertyOptional({ description: 'How many alike decisions (same principal, resource, action, purpose, answer, grant and bundle) this item stands for; 1 when absent.', minimum: 1, maximum: 1_000_000_000, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  count?: number;

  @ApiProperty({ description: 'The ETag of the bundle the decision was made from.', example: '"Xz3kq0cBv0u9kJ2rC1s6Zg4v7n8pQeLw"', maxLength: 128 })
  @IsString()
  @Length(1, 128)
  bundleEtag!: string;
}

export class LocalDecisionBatchDto {
  @ApiProperty({ description: `The decisions, 1 to ${MAX_LOCAL_DECISIONS}.`, type: [LocalDecisionDto], minItems: 1, maxItems: MAX_LOCAL_DECISIONS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOCAL_DECISIONS)
  @ValidateNested({ each: true })
  @Type(() => LocalDecisionDto)
  decisions!: LocalDecisionDto[];
}

export class LocalDecisionReceiptDto {
  @ApiProperty({ description: 'How many items were taken into the audit log (written within about a second; alike ones within a second share one entry with their summed count).', example: 3 })
  accepted!: number;
}
