import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { PageQueryDto } from '@meshwork/platform';
import { MONITORED_PROPERTIES, type MonitoredProperty } from '../derive-slos';
import { SLO_SOURCES, SLO_STATUSES, type SloSource, type SloStatus } from '../slo.entity';

const VALUE_SCHEMA = { oneOf: [{ type: 'number' }, { type: 'string' }] };
const PORT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:v\d+$/;
const PRODUCT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;
const MIN_WINDOW = 3600;
const MAX_WINDOW = 366 * 86_400;

const INCLUDE_RETIRED_DOC = { description: '`true`: also SLOs retired with their port (dropped from the product’s published version); live SLOs only otherwise.', example: false, type: Boolean };

function booleanText({ value }: { value: unknown }): unknown {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/** A number or a non-empty text of at most 100 characters. */
function IsTargetValue(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTargetValue',
      validator: {
        validate: (value: unknown) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim().length > 0 && value.length <= 100),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a number or a non-empty text of at most 100 characters`,
      },
    },
    options,
  );
}

export class SloTargetDto {
  @ApiProperty({ description: 'The value as declared: a number, or a text such as `06:00:00Z` or `P1D`.', example: 4, ...VALUE_SCHEMA })
  value!: number | string;

  @ApiProperty({ description: 'Unit: `s`, `ms`, `min`, `h`, `d`, `mo`, `y` for durations; `%` for percentages; `rows` for throughput; `time` for a time of day; else the unit as declared.', example: 'h' })
  unit!: string;

  @ApiPropertyOptional({ description: 'Latency, frequency and retention in seconds (a year is 365 days, a month 30).', example: 14400 })
  seconds?: number;

  @ApiPropertyOptional({ description: 'Availability and error rate as a ratio between 0 and 1.', example: 0.995 })
  ratio?: number;

  @ApiPropertyOptional({ description: 'Time of availability in UTC.', example: '06:00:00Z' })
  timeOfDay?: string;

  @ApiPropertyOptional({ description: 'Throughput: the most rows per run, when declared.', example: 500000 })
  max?: number;
}

export class SloDto {
  @ApiProperty({ description: 'Id of the SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Output port the SLO is about.', example: 'urn:meshwork:crm:customers:customers:v1' })
  portUrn!: string;

  @ApiProperty({ description: 'Product the port belongs to.', example: 'urn:meshwork:crm:customers' })
  productUrn!: string;

  @ApiProperty({ description: 'SLA property, spelled as in the ODCS periodic table.', example: 'latency' })
  property!: string;

  @ApiPropertyOptional({ description: 'Element the property is about (`table.column`); null for the whole port.', example: 'customers.updated_at', nullable: true, type: String })
  element!: string | null;

  @ApiProperty({ description: 'What is promised.', type: SloTargetDto })
  target!: SloTargetDto;

  @ApiProperty({ description: 'Window the objective is evaluated over, in seconds (28 days unless tuned).', example: 2419200 })
  windowSeconds!: number;

  @ApiProperty({ description: 'Whether the evaluator measures it; false for properties or units it cannot read.', example: true })
  monitored!: boolean;

  @ApiPropertyOptional({ description: 'Why the SLO is not monitored; null when it is.', example: null, nullable: true, type: String })
  unmonitoredReason!: string | null;

  @ApiProperty({ description: 'What the SLO promises, in words.', example: 'A change in the CRM is visible in the data product within 4 hours.' })
  description!: string;

  @ApiProperty({ description: '`contract`: derived from the port’s contract and replaced when it is published again; `api`: added by the port’s owners.', enum: SLO_SOURCES, example: 'contract' })
  source!: SloSource;

  @ApiProperty({ description: 'Latest evaluation; `unknown` until the evaluator has seen observations.', enum: SLO_STATUSES, example: 'unknown' })
  status!: SloStatus;

  @ApiProperty({ description: 'Since when the status holds.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  statusSince!: string;

  @ApiPropertyOptional({ description: 'When the evaluator looks at the SLO next; null until scheduled.', example: '2026-02-01T14:30:00.000Z', format: 'date-time', nullable: true, type: String })
  nextDueAt!: string | null;

  @ApiPropertyOptional({
    description: 'When the SLO was retired because a published version of its product no longer has the port; null while live. A retired SLO is not evaluated, its open incident was closed (reason `port-retired`), and lists show it only with `includeRetired=true`; it is live again when a later version lists the port.',
    example: null,
    format: 'date-time',
    nullable: true,
    type: String,
  })
  retiredAt!: string | null;

  @ApiProperty({ description: 'When the SLO was made.', example: '2026-01-15T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the SLO last changed.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export class ListSlosQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only SLOs of this output port.', example: 'urn:meshwork:crm:customers:customers:v1' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  portUrn?: string;

  @ApiPropertyOptional({ description: 'Only SLOs of the ports of this product.', example: 'urn:meshwork:crm:customers', pattern: PRODUCT_URN.source })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  productUrn?: string;

  @ApiPropertyOptional({ description: 'Only SLOs in this status.', enum: SLO_STATUSES, example: 'breached' })
  @IsOptional()
  @IsIn(SLO_STATUSES)
  status?: SloStatus;

  @ApiPropertyOptional({ description: 'Only monitored (`true`) or unmonitored (`false`) SLOs.', example: true, type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  monitored?: boolean;

  @ApiPropertyOptional(INCLUDE_RETIRED_DOC)
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean()
  includeRetired?: boolean;
}

/** Pages of a port's SLOs. */
export class PortSlosQueryDto extends PageQueryDto {
  @ApiPropertyOptional(INCLUDE_RETIRED_DOC)
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean()
  includeRetired?: boolean;
}

export class CreateSloDto {
  @ApiProperty({ description: 'Output port the SLO is about; the SLA service must know it (from a publish).', example: 'urn:meshwork:crm:customers:customers:v1', pattern: PORT_URN.source, maxLength: 300 })
  @IsString()
  @Length(1, 300)
  portUrn!: string;

  @ApiProperty({ description: 'SLA property, one the evaluator measures.', enum: MONITORED_PROPERTIES, example: 'latency' })
  @IsIn(MONITORED_PROPERTIES)
  property!: MonitoredProperty;

  @ApiProperty({ description: 'Target, as an ODCS SLA property writes it (`4` with unit `h`, `P1D`, `06:00:00Z`, `99.5` with unit `%`).', example: 2, ...VALUE_SCHEMA })
  @IsTargetValue()
  value!: number | string;

  @ApiPropertyOptional({ description: 'Throughput only: the most rows per run.', example: 500000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  valueExt?: number;

  @ApiPropertyOptional({ description: 'Unit of `value`: d/day(s), h/hr/hour(s), min/m, s, ms, y/yr/year(s), %, percent, rows.', example: 'h', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  unit?: string;

  @ApiPropertyOptional({ description: 'Element the property is about (`table.column`).', example: 'customers.updated_at', maxLength: 300 })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  element?: string;

  @ApiPropertyOptional({ description: 'What the SLO promises, in words; derived from the target when omitted.', example: 'Changes are visible within 2 hours for the dashboard refresh.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;

  @ApiPropertyOptional({ description: 'Window in seconds, 1 hour to 366 days; 28 days when omitted.', example: 604800, minimum: MIN_WINDOW, maximum: MAX_WINDOW })
  @IsOptional()
  @IsInt()
  @Min(MIN_WINDOW)
  @Max(MAX_WINDOW)
  windowSeconds?: number;
}

/** Fields to change: the window of any SLO; the target and description of SLOs added through the API only. */
export class UpdateSloDto {
  @ApiPropertyOptional({ description: 'Window in seconds, 1 hour to 366 days.', example: 604800, minimum: MIN_WINDOW, maximum: MAX_WINDOW })
  @IsOptional()
  @IsInt()
  @Min(MIN_WINDOW)
  @Max(MAX_WINDOW)
  windowSeconds?: number;

  @ApiPropertyOptional({ description: 'New target value (API SLOs only); read with `unit` as on creation.', example: 3, ...VALUE_SCHEMA })
  @IsOptional()
  @IsTargetValue()
  value?: number | string;

  @ApiPropertyOptional({ description: 'Throughput only: the most rows per run (API SLOs only).', example: 500000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  valueExt?: number;

  @ApiPropertyOptional({ description: 'Unit of `value` (API SLOs only).', example: 'h', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  unit?: string;

  @ApiPropertyOptional({ description: 'What the SLO promises, in words (API SLOs only).', example: 'Changes are visible within 3 hours.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;
}
