import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '@meshwork/platform';

export const OBSERVATION_KINDS = ['refresh', 'check', 'run'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];
export const MAX_OBSERVATIONS = 10_000;
/** How far ahead of the service's clock an observation may be dated: pipelines' clocks drift a little, never by hours. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
export const MAX_URN = 500;
export const MAX_ID = 200;

const URN_EXAMPLE = 'urn:meshwork:crm:customers:customers:v1';
const ID_RULE =
  'Unique per port: a batch sent again is not counted twice. Without one, the service derives it from a SHA-256 hash of the observation’s content (port, kind, instant, counts, success, oldest record), so an identical retry is ignored too — and two truly distinct observations with the same content need ids to count twice.';

/** One observation; the route checks it with parseObservationBatch (observation-input.ts), which enforces what is documented here. */
export class ObservationInputDto {
  @ApiProperty({ description: 'URN of the output port observed: `urn:meshwork:<domain>:<product>:<port>:v<major>`.', example: URN_EXAMPLE, maxLength: MAX_URN })
  portUrn!: string;

  @ApiProperty({ description: 'What happened: the data was `refresh`ed, a quality `check` ran, or a pipeline `run` ended.', enum: OBSERVATION_KINDS, example: 'refresh' })
  kind!: ObservationKind;

  @ApiProperty({ description: 'When it happened: ISO 8601 with a zone, at most 5 minutes ahead of the service’s clock.', format: 'date-time', example: '2026-11-26T04:00:00Z' })
  at!: string;

  @ApiPropertyOptional({ description: 'Rows written or checked; a non-negative integer.', minimum: 0, example: 120000 })
  rowCount?: number;

  @ApiPropertyOptional({ description: 'Rows in error (rejected or failing a check); a non-negative integer.', minimum: 0, example: 3 })
  errorCount?: number;

  @ApiPropertyOptional({ description: 'Whether the run or check succeeded; a `run` without it counts as successful.', example: true })
  success?: boolean;

  @ApiPropertyOptional({ description: 'Timestamp of the oldest record the port now serves, for freshness; ISO 8601 with a zone, at most 5 minutes ahead.', format: 'date-time', example: '2026-11-25T04:00:00Z' })
  oldestRecordAt?: string;

  @ApiPropertyOptional({ description: `Your id for this observation, 1 to ${MAX_ID} characters. ${ID_RULE}`, maxLength: MAX_ID, example: 'airflow:crm_customers:2026-11-26T04:00' })
  id?: string;
}

export class ObservationBatchDto {
  @ApiProperty({
    description: `The observations, 1 to ${MAX_OBSERVATIONS}. The batch is accepted or refused as a whole.`,
    type: [ObservationInputDto],
    minItems: 1,
    maxItems: MAX_OBSERVATIONS,
    example: [{ portUrn: URN_EXAMPLE, kind: 'refresh', at: '2026-11-26T04:00:00Z', rowCount: 120000, id: 'airflow:crm_customers:2026-11-26T04:00' }],
  })
  observations!: ObservationInputDto[];
}

export class ObservationBatchResultDto {
  @ApiProperty({ description: 'Observations stored by this request.', example: 998 })
  accepted!: number;

  @ApiProperty({ description: 'Observations already stored (same port and id), ignored.', example: 2 })
  duplicates!: number;
}

export const OPENLINEAGE_EVENT_TYPES = ['COMPLETE', 'FAIL'] as const;
export type OpenLineageEventType = (typeof OPENLINEAGE_EVENT_TYPES)[number];

/** What the catalog forwards of an OpenLineage run event whose output dataset it matched to an output port. */
export class OpenLineageObservationDto {
  @ApiProperty({ description: 'URN of the output port the event’s output dataset is.', example: URN_EXAMPLE, maxLength: MAX_URN })
  portUrn!: string;

  @ApiProperty({ description: '`COMPLETE` records a refresh and a successful run; `FAIL` a failed run.', enum: OPENLINEAGE_EVENT_TYPES, example: 'COMPLETE' })
  eventType!: OpenLineageEventType;

  @ApiProperty({ description: 'The event’s eventTime: ISO 8601 with a zone, at most 5 minutes ahead.', format: 'date-time', example: '2026-11-26T04:00:00Z' })
  eventTime!: string;

  @ApiProperty({ description: `The run's runId, 1 to ${MAX_ID - 40} characters; with the event type it makes the observations' ids, so a forwarded event sent again is ignored.`, maxLength: MAX_ID - 40, example: '0193a3c1-7d2e-7b55-9c1e-5a8d2f4e6b10' })
  runId!: string;
}

export class ObservationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only observations of this output port.', example: URN_EXAMPLE, maxLength: MAX_URN })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_URN)
  portUrn?: string;

  @ApiPropertyOptional({ description: 'Only observations of this kind.', enum: OBSERVATION_KINDS, example: 'run' })
  @IsOptional()
  @IsIn(OBSERVATION_KINDS)
  kind?: ObservationKind;

  @ApiPropertyOptional({ description: 'Only observations at or after this instant (ISO 8601).', format: 'date-time', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @TransformType(() => String)
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Only observations before this instant (ISO 8601).', format: 'date-time', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @TransformType(() => String)
  @IsDateString({ strict: true })
  to?: string;
}

export class ObservationDto {
  @ApiProperty({ description: 'URN of the output port observed.', example: URN_EXAMPLE })
  portUrn!: string;

  @ApiProperty({ description: 'The id given by the reporter, or derived from the content (`sha256:…`).', example: 'airflow:crm_customers:2026-11-26T04:00' })
  id!: string;

  @ApiProperty({ description: 'What happened.', enum: OBSERVATION_KINDS, example: 'refresh' })
  kind!: ObservationKind;

  @ApiProperty({ description: 'When it happened.', format: 'date-time', example: '2026-11-26T04:00:00.000Z' })
  at!: string;

  @ApiPropertyOptional({ description: 'Rows written or checked.', example: 120000 })
  rowCount?: number;

  @ApiPropertyOptional({ description: 'Rows in error.', example: 3 })
  errorCount?: number;

  @ApiPropertyOptional({ description: 'Whether the run or check succeeded, when reported.', example: true })
  success?: boolean;

  @ApiPropertyOptional({ description: 'Timestamp of the oldest record the port served then.', format: 'date-time', example: '2026-11-25T04:00:00.000Z' })
  oldestRecordAt?: string;

  @ApiProperty({ description: 'When the service stored it.', format: 'date-time', example: '2026-11-26T04:00:02.113Z' })
  receivedAt!: string;
}

export const ObservationPageDto = PageOf(ObservationDto, 'ObservationPageDto');

export class PortObservationSummaryDto {
  @ApiProperty({ description: 'URN of the output port.', example: URN_EXAMPLE })
  portUrn!: string;

  @ApiPropertyOptional({ description: 'Latest refresh reported; absent when none was.', format: 'date-time', example: '2026-11-26T04:00:00.000Z' })
  lastRefreshAt?: string;

  @ApiPropertyOptional({ description: 'Latest run reported, successful or not.', format: 'date-time', example: '2026-11-26T04:00:00.000Z' })
  lastRunAt?: string;

  @ApiPropertyOptional({ description: 'Latest run reported with `success: false`.', format: 'date-time', example: '2026-11-24T04:00:00.000Z' })
  lastFailedRunAt?: string;

  @ApiPropertyOptional({ description: 'Latest check reported.', format: 'date-time', example: '2026-11-26T04:05:00.000Z' })
  lastCheckAt?: string;

  @ApiPropertyOptional({ description: 'Latest `oldestRecordAt` reported, of any kind.', format: 'date-time', example: '2026-11-25T04:00:00.000Z' })
  lastOldestRecordAt?: string;

  @ApiProperty({ description: 'Observations stored for the port; 0 when none was reported.', example: 412 })
  observationCount!: number;

  @ApiPropertyOptional({ description: 'When an observation last changed this summary.', format: 'date-time', example: '2026-11-26T04:00:02.113Z' })
  updatedAt?: string;
}
