import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '@meshwork/platform';
import { PROBE_METHODS, type ProbeMethod } from '../probe.entity';
import { PROBE_TRIGGERS, type ProbeTrigger } from '../probe-result.entity';

export const MIN_INTERVAL_SECONDS = 30;
export const MAX_INTERVAL_SECONDS = 86_400;
export const DEFAULT_INTERVAL_SECONDS = 300;
export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_EXPECTED_STATUS = { min: 200, max: 299 };

const PORT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:v\d+$/;
const PORT_URN_MESSAGE = '$property must be an output port URN (urn:meshwork:<domain>:<product>:<port>:v<major>)';
const URN_EXAMPLE = 'urn:meshwork:crm:customers:customers:v1';
const ID_EXAMPLE = '0d4f6a8c-2b1e-4c3d-9e5f-7a6b5c4d3e2f';
const URL_EXAMPLE = 'https://status.crm.example.com/customers/health';
const URL_DESCRIPTION =
  'The URL to probe, http or https, without credentials. Give this or `managementPort`. Refused (400) when its host is outside the service’s allow-list (SLA_PROBE_ALLOWED_HOSTS, when set) ' +
  'or resolves to a private, loopback or link-local address the service does not allow (SLA_PROBE_ALLOW_PRIVATE).';
const MANAGEMENT_PORT_DESCRIPTION =
  'Name of a management port of the port’s product (ODPS `managementPorts[].name`, in the version the SLA service last saw published) whose `url` is probed; the URL is read from the catalog now and stored. Give this or `url`.';

export class ExpectedStatusDto {
  @ApiProperty({ description: 'Lowest HTTP status counted as a success.', example: 200, minimum: 100, maximum: 599 })
  @IsInt()
  @Min(100)
  @Max(599)
  min!: number;

  @ApiProperty({ description: 'Highest HTTP status counted as a success, at least `min`.', example: 299, minimum: 100, maximum: 599 })
  @IsInt()
  @Min(100)
  @Max(599)
  max!: number;
}

export class ProbeLastResultDto {
  @ApiProperty({ description: 'When the run started.', example: '2026-03-02T03:05:00.000Z', format: 'date-time' })
  at!: string;

  @ApiProperty({ description: 'Whether the answer came in time with an expected status.', example: true })
  success!: boolean;

  @ApiPropertyOptional({ description: 'HTTP status answered; null without an answer.', example: 200, nullable: true, type: Number })
  statusCode!: number | null;

  @ApiPropertyOptional({ description: 'Milliseconds from sending the request to the answer’s headers; null without an answer.', example: 42, nullable: true, type: Number })
  latencyMs!: number | null;

  @ApiPropertyOptional({ description: 'Why the run failed; null when it succeeded.', example: null, nullable: true, type: String })
  error!: string | null;
}

export class ProbeDto {
  @ApiProperty({ description: 'Id of the probe.', example: ID_EXAMPLE, format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Output port whose availability the probe measures.', example: URN_EXAMPLE })
  portUrn!: string;

  @ApiPropertyOptional({ description: 'Management port the URL was read from; null for a URL given directly.', example: 'crm-customers-observability', nullable: true, type: String })
  managementPort!: string | null;

  @ApiProperty({ description: 'The URL probed.', example: URL_EXAMPLE })
  url!: string;

  @ApiProperty({ description: 'HTTP method of each run.', enum: PROBE_METHODS, example: 'GET' })
  method!: ProbeMethod;

  @ApiProperty({ description: 'Seconds between two scheduled runs.', example: DEFAULT_INTERVAL_SECONDS })
  intervalSeconds!: number;

  @ApiProperty({ description: 'Milliseconds a run waits for the whole answer at most.', example: DEFAULT_TIMEOUT_MS })
  timeoutMs!: number;

  @ApiProperty({ description: 'HTTP statuses counted as a success.', type: ExpectedStatusDto })
  expectedStatus!: ExpectedStatusDto;

  @ApiProperty({ description: 'Whether the prober runs the probe on its schedule.', example: true })
  enabled!: boolean;

  @ApiPropertyOptional({ description: 'When the prober runs it next; null while disabled.', example: '2026-03-02T03:10:00.000Z', format: 'date-time', nullable: true, type: String })
  nextDueAt!: string | null;

  @ApiPropertyOptional({ description: 'The latest run; null before the first.', type: ProbeLastResultDto, nullable: true })
  lastResult!: ProbeLastResultDto | null;

  @ApiProperty({ description: 'Principal who made the probe.', example: 'crm-engineer-1' })
  createdBy!: string;

  @ApiProperty({ description: 'When the probe was made.', example: '2026-03-01T09:00:00.000Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'When the probe last changed (a run included).', example: '2026-03-02T03:05:00.000Z', format: 'date-time' })
  updatedAt!: string;
}

export const ProbePageDto = PageOf(ProbeDto, 'ProbePageDto');

export class ProbeResultDto {
  @ApiProperty({ description: 'Id of the result, increasing with each run stored.', example: '1024' })
  id!: string;

  @ApiProperty({ description: 'Id of the probe.', example: ID_EXAMPLE, format: 'uuid' })
  probeId!: string;

  @ApiProperty({ description: '`schedule`: run by the prober at its due time; `manual`: asked through `POST /v1/probes/{id}/run`.', enum: PROBE_TRIGGERS, example: 'schedule' })
  trigger!: ProbeTrigger;

  @ApiPropertyOptional({ description: 'The due time a scheduled run was for; null for a manual run.', example: '2026-03-02T03:05:00.000Z', format: 'date-time', nullable: true, type: String })
  scheduledFor!: string | null;

  @ApiProperty({ description: 'When the run started.', example: '2026-03-02T03:05:00.000Z', format: 'date-time' })
  at!: string;

  @ApiProperty({ description: 'The URL probed.', example: URL_EXAMPLE })
  url!: string;

  @ApiProperty({ description: 'Whether the answer came in time with an expected status.', example: false })
  success!: boolean;

  @ApiPropertyOptional({ description: 'HTTP status answered; null without an answer.', example: 302, nullable: true, type: Number })
  statusCode!: number | null;

  @ApiPropertyOptional({ description: 'Milliseconds from sending the request to the answer’s headers; null without an answer.', example: 12, nullable: true, type: Number })
  latencyMs!: number | null;

  @ApiPropertyOptional({
    description: 'Why the run failed (`redirect not followed …`, `answered 500 …`, `no answer within 5 s`, `refused: …`); null when it succeeded.',
    example: 'redirect not followed (answered 302 to http://10.0.0.5/)',
    nullable: true,
    type: String,
  })
  error!: string | null;

  @ApiPropertyOptional({
    description: 'Id of the `check` observation recorded for the port (`probe:<probe id>:<instant>`), which availability SLOs count; null when the URL was refused by the service’s rules and nothing was measured.',
    example: 'probe:0d4f6a8c-2b1e-4c3d-9e5f-7a6b5c4d3e2f:2026-03-02T03:05:00.000Z',
    nullable: true,
    type: String,
  })
  observationId!: string | null;
}

export const ProbeResultPageDto = PageOf(ProbeResultDto, 'ProbeResultPageDto');

/** Settings shared by creation and change. */
class ProbeSettingsDto {
  @ApiPropertyOptional({ description: `HTTP method of each run; ${PROBE_METHODS.join(' or ')}. GET when omitted on creation.`, enum: PROBE_METHODS, example: 'GET' })
  @IsOptional()
  @IsIn(PROBE_METHODS)
  method?: ProbeMethod;

  @ApiPropertyOptional({
    description: `Seconds between two scheduled runs, ${MIN_INTERVAL_SECONDS} to ${MAX_INTERVAL_SECONDS}; ${DEFAULT_INTERVAL_SECONDS} when omitted on creation.`,
    example: 60,
    minimum: MIN_INTERVAL_SECONDS,
    maximum: MAX_INTERVAL_SECONDS,
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_INTERVAL_SECONDS)
  @Max(MAX_INTERVAL_SECONDS)
  intervalSeconds?: number;

  @ApiPropertyOptional({
    description: `Milliseconds a run waits for the whole answer, ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS}; ${DEFAULT_TIMEOUT_MS} when omitted on creation. A run without an answer in time fails.`,
    example: 2000,
    minimum: MIN_TIMEOUT_MS,
    maximum: MAX_TIMEOUT_MS,
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_TIMEOUT_MS)
  @Max(MAX_TIMEOUT_MS)
  timeoutMs?: number;

  @ApiPropertyOptional({
    description: 'HTTP statuses counted as a success; 200–299 when omitted on creation. A redirect outside this range fails with `redirect not followed`: redirects are never followed.',
    type: ExpectedStatusDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpectedStatusDto)
  expectedStatus?: ExpectedStatusDto;

  @ApiPropertyOptional({ description: 'Whether the prober runs it on its schedule; true when omitted on creation. A probe enabled again is due at once.', example: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ description: URL_DESCRIPTION, example: URL_EXAMPLE, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string;

  @ApiPropertyOptional({ description: MANAGEMENT_PORT_DESCRIPTION, example: 'crm-customers-observability', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  managementPort?: string;
}

export class CreateProbeDto extends ProbeSettingsDto {
  @ApiProperty({ description: 'Output port whose availability the probe measures; the SLA service must know it (from a publish).', example: URN_EXAMPLE, pattern: PORT_URN.source, maxLength: 300 })
  @IsString()
  @MaxLength(300)
  @Matches(PORT_URN, { message: PORT_URN_MESSAGE })
  portUrn!: string;
}

/** Fields to change; a new `url` or `managementPort` is checked as on creation. */
export class UpdateProbeDto extends ProbeSettingsDto {}

export class ListProbesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the probes of this output port.', example: URN_EXAMPLE, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  portUrn?: string;

  @ApiPropertyOptional({ description: 'Only enabled (`true`) or disabled (`false`) probes.', example: true, type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  enabled?: boolean;
}

export class ListProbeResultsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only successful (`true`) or failed (`false`) runs.', example: false, type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  success?: boolean;
}
