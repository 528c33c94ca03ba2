import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { MAX_COLUMNS } from '../profile-input';

const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const BOUND = { oneOf: [{ type: 'number' }, { type: 'string', maxLength: 200 }] };
const QUANTILES = { type: 'object' as const, additionalProperties: { type: 'number' }, description: 'Quantile (0 to 1, as a string key) → value, for numeric columns.', example: { '0.25': 12.5, '0.5': 31, '0.75': 58.25 } };

export class ColumnProfileInputDto {
  @ApiProperty({ description: 'Column (property) name, as in the contract (or its physicalName); case-insensitive.', example: 'email', minLength: 1, maxLength: 200 })
  name!: string;

  @ApiPropertyOptional({ description: 'Rows whose value is null.', minimum: 0, example: 12 })
  nullCount?: number;

  @ApiPropertyOptional({ description: 'Distinct non-null values.', minimum: 0, example: 1284310 })
  distinctCount?: number;

  @ApiPropertyOptional({ description: 'Smallest value: a number, or a string for dates and text.', ...BOUND, example: 0 })
  min?: number | string;

  @ApiPropertyOptional({ description: 'Largest value: a number, or a string for dates and text.', ...BOUND, example: 99 })
  max?: number | string;

  @ApiPropertyOptional(QUANTILES)
  quantiles?: Record<string, number>;
}

/** The body of PUT /v1/ports/{urn}/profile; checked by parseProfile (profile-input.ts), which enforces what is documented here. */
export class PortProfileInputDto {
  @ApiPropertyOptional({ description: 'Rows in the dataset. A profile needs rowCount or at least one column.', minimum: 0, example: 1284331 })
  rowCount?: number;

  @ApiPropertyOptional({ description: 'Schema object of the contract the profile describes; when given, rules of other objects are not measured by it.', example: 'customers', maxLength: 200 })
  object?: string;

  @ApiPropertyOptional({ description: 'When the data was profiled (ISO 8601 with a zone); the time of the request when omitted. Quality outcomes measured from the profile carry it.', format: 'date-time', example: '2026-11-26T05:17:42Z' })
  observedAt?: string;

  @ApiPropertyOptional({ description: 'Id of the pipeline run that profiled the data.', example: '0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04', maxLength: 200 })
  runId?: string;

  @ApiPropertyOptional({ description: `Column profiles, at most ${MAX_COLUMNS}, each column once; a count may not exceed rowCount.`, type: [ColumnProfileInputDto], maxItems: MAX_COLUMNS })
  columns?: ColumnProfileInputDto[];
}

export class ColumnProfileDto {
  @ApiProperty({ description: 'Column (property) name.', example: 'email' })
  name!: string;

  @ApiPropertyOptional({ description: 'Rows whose value is null; null when not profiled.', example: 12, nullable: true, type: Number })
  nullCount!: number | null;

  @ApiPropertyOptional({ description: 'nullCount / rowCount, from 0 to 1; null without both.', example: 0.0000093, nullable: true, type: Number })
  nullRatio!: number | null;

  @ApiPropertyOptional({ description: 'Distinct non-null values; null when not profiled.', example: 1284310, nullable: true, type: Number })
  distinctCount!: number | null;

  @ApiPropertyOptional({ description: 'Smallest value; null when not profiled.', ...BOUND, nullable: true, example: 0 })
  min!: number | string | null;

  @ApiPropertyOptional({ description: 'Largest value; null when not profiled.', ...BOUND, nullable: true, example: 99 })
  max!: number | string | null;

  @ApiPropertyOptional({ ...QUANTILES, nullable: true })
  quantiles!: Record<string, number> | null;
}

export class PortProfileDto {
  @ApiProperty({ description: 'Id of the profile.', format: 'uuid', example: '5b0c7f0e-59f4-4f55-8f3e-0d7a4b1e2c33' })
  id!: string;

  @ApiProperty({ description: 'Output port URN.', example: PORT_URN })
  portUrn!: string;

  @ApiPropertyOptional({ description: 'Contract of the port when the profile was recorded.', example: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', nullable: true, type: String })
  contractId!: string | null;

  @ApiPropertyOptional({ description: 'Contract version (the port version) the profile was recorded against.', example: '1.2.0', nullable: true, type: String })
  contractVersion!: string | null;

  @ApiPropertyOptional({ description: 'Schema object the profile describes, when it said.', example: 'customers', nullable: true, type: String })
  object!: string | null;

  @ApiPropertyOptional({ description: 'Rows in the dataset; null when not profiled.', example: 1284331, nullable: true, type: Number })
  rowCount!: number | null;

  @ApiProperty({ description: 'Column profiles.', type: [ColumnProfileDto] })
  columns!: ColumnProfileDto[];

  @ApiProperty({ description: '`api` (PUT /v1/ports/{urn}/profile) or `openlineage` (a dataQualityMetrics facet of a run event).', enum: ['api', 'openlineage'], example: 'openlineage' })
  source!: string;

  @ApiPropertyOptional({ description: 'Run that profiled the data.', example: '0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04', nullable: true, type: String })
  runId!: string | null;

  @ApiProperty({ description: 'When the data was profiled.', format: 'date-time', example: '2026-11-26T05:17:42.000Z' })
  observedAt!: string;

  @ApiProperty({ description: 'When the catalog received it.', format: 'date-time', example: '2026-11-26T05:17:43.120Z' })
  receivedAt!: string;

  @ApiPropertyOptional({ description: 'Principal who sent it.', example: 'svc-crm-pipelines', nullable: true, type: String })
  recordedBy!: string | null;
}

export class PortProfilePageDto {
  @ApiProperty({ description: 'Profiles, newest first.', type: [PortProfileDto] })
  items!: PortProfileDto[];

  @ApiPropertyOptional({ description: 'Pass as cursor for the next (older) page; null on the last page.', nullable: true, type: String, example: 'czo0Mg' })
  nextCursor!: string | null;
}

export const DEFAULT_HISTORY_LIMIT = 20;
export const MAX_HISTORY_LIMIT = 200;

export class HistoryQueryDto {
  @ApiPropertyOptional({ description: `Page size, 1 to ${MAX_HISTORY_LIMIT}.`, default: DEFAULT_HISTORY_LIMIT, minimum: 1, maximum: MAX_HISTORY_LIMIT, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_HISTORY_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.', example: 'czo0Mg' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  cursor?: string;
}

export class ProfileHistoryQueryDto extends HistoryQueryDto {
  @ApiPropertyOptional({ description: 'Only the profiles taken against this contract version (the port version).', example: '1.2.0' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  contractVersion?: string;
}
