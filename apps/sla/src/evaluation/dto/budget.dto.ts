import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageOf, PageQueryDto } from '@meshwork/platform';
import { SLO_STATUSES, type SloStatus } from '../../slos/slo.entity';

export const BUDGET_BASES = ['time', 'events'] as const;
export type BudgetBasis = (typeof BUDGET_BASES)[number];

export class SloHistoryEntryDto {
  @ApiProperty({ description: 'Status the SLO entered.', enum: SLO_STATUSES, example: 'breached' })
  status!: SloStatus;

  @ApiProperty({ description: 'When it entered it (for a breach: when the target was crossed).', example: '2026-03-02T07:00:00.000Z', format: 'date-time' })
  at!: string;
}

export const SloHistoryPageDto = PageOf(SloHistoryEntryDto, 'SloHistoryPageDto');

export class SloHistoryQueryDto extends PageQueryDto {}

export class SloBudgetDto {
  @ApiProperty({ description: 'Id of the SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', format: 'uuid' })
  sloId!: string;

  @ApiProperty({ description: 'SLA property of the SLO.', example: 'latency' })
  property!: string;

  @ApiProperty({ description: 'Start of the window (now minus the SLO’s window).', example: '2026-02-02T08:00:00.000Z', format: 'date-time' })
  from!: string;

  @ApiProperty({ description: 'End of the window: now.', example: '2026-03-02T08:00:00.000Z', format: 'date-time' })
  to!: string;

  @ApiProperty({ description: 'Window in seconds.', example: 2419200 })
  windowSeconds!: number;

  @ApiProperty({
    description: '`events`: availability and error rate, budgeted in the share of failed checks and runs (1 − target for availability, the target for error rate); `time`: every other property, budgeted in seconds of breach, 1 % of the window.',
    enum: BUDGET_BASES,
    example: 'time',
  })
  basis!: BudgetBasis;

  @ApiProperty({ description: 'Budget for the window: seconds (time) or a ratio (events).', example: 24192 })
  allowed!: number;

  @ApiProperty({ description: 'Budget used in the window, in the same unit.', example: 3600 })
  consumed!: number;

  @ApiProperty({ description: 'Allowed minus consumed; negative once overspent.', example: 20592 })
  remaining!: number;

  @ApiProperty({ description: 'Remaining over allowed (1: untouched, 0: spent, negative: overspent).', example: 0.851 })
  remainingRatio!: number;

  @ApiProperty({ description: 'Seconds the SLO spent breached in the window.', example: 3600 })
  breachedSeconds!: number;

  @ApiProperty({ description: 'Share of the window not breached, in percent.', example: 99.85 })
  compliancePercent!: number;
}

export class KpiQueryDto {
  @ApiPropertyOptional({ description: 'Window the KPIs are computed over, in seconds (28 days unless given).', example: 2419200, minimum: 3600, maximum: 31622400 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(3600)
  @Max(366 * 86_400)
  windowSeconds?: number;
}

export class KpiSloDto {
  @ApiProperty({ description: 'Id of the SLO.', example: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Output port of the SLO.', example: 'urn:meshwork:crm:customers:customers:v1' })
  portUrn!: string;

  @ApiProperty({ description: 'SLA property of the SLO.', example: 'latency' })
  property!: string;

  @ApiProperty({ description: 'Whether the evaluator measures it.', example: true })
  monitored!: boolean;

  @ApiProperty({ description: 'Current status.', enum: SLO_STATUSES, example: 'ok' })
  status!: SloStatus;

  @ApiProperty({ description: 'Since when.', example: '2026-03-02T08:00:00.000Z', format: 'date-time' })
  statusSince!: string;

  @ApiProperty({ description: 'Share of the window not breached, in percent.', example: 99.85 })
  compliancePercent!: number;
}

export class KpiStatusCountsDto {
  @ApiProperty({ description: 'SLOs ok.', example: 4 })
  ok!: number;

  @ApiProperty({ description: 'SLOs at risk.', example: 1 })
  'at-risk'!: number;

  @ApiProperty({ description: 'SLOs breached.', example: 0 })
  breached!: number;

  @ApiProperty({ description: 'SLOs not measured yet, or not measurable.', example: 6 })
  unknown!: number;
}

export class KpiAccessRequestsDto {
  @ApiProperty({ description: 'Access requests waiting for a first or a second approval now.', example: 2 })
  pending!: number;

  @ApiProperty({ description: 'Access requests approved (at the last level) within the window.', example: 5 })
  approvedInWindow!: number;

  @ApiProperty({ description: 'Access requests rejected within the window.', example: 1 })
  rejectedInWindow!: number;

  @ApiPropertyOptional({ description: 'Mean seconds from request to decision of the requests approved or rejected within the window; null when none was.', example: 5400, nullable: true, type: Number })
  meanDecisionSeconds!: number | null;
}

export const KPI_SOURCE_STATUSES = ['ok', 'unavailable', 'not-configured'] as const;
export type KpiSourceStatus = (typeof KPI_SOURCE_STATUSES)[number];

export class KpiSourceDto {
  @ApiProperty({
    description:
      '`ok`: the figures come from what the SLA service has read of the source’s event feed (see `readAt`, `lagSeconds`); `unavailable`: the feed has not been read yet, its figures are null; `not-configured`: the SLA service has no credentials to read it (MESHWORK_SERVICE_API_KEY or MESHWORK_SERVICE_TOKEN), its figures are null.',
    enum: KPI_SOURCE_STATUSES,
    example: 'ok',
  })
  status!: KpiSourceStatus;

  @ApiPropertyOptional({ description: 'Why the figures are missing; null when they are there.', example: null, nullable: true, type: String })
  detail!: string | null;

  @ApiPropertyOptional({ description: 'When the SLA service last read the source’s feed to its end (or moved on it): the figures hold every fact up to then; null without figures.', example: '2026-03-02T07:59:45.000Z', format: 'date-time', nullable: true, type: String })
  readAt!: string | null;

  @ApiPropertyOptional({ description: 'Time of the last fact read from the source’s feed; null without figures or before any fact.', example: '2026-03-02T07:41:10.000Z', format: 'date-time', nullable: true, type: String })
  lastEventAt!: string | null;

  @ApiPropertyOptional({ description: 'Seconds since `readAt`: how far behind the source the figures may be; null without figures.', example: 15, nullable: true, type: Number })
  lagSeconds!: number | null;
}

export class KpiSourcesDto {
  @ApiProperty({ description: 'The access service’s event feed (MESHWORK_ACCESS_URL), for `activeConsumers` and `accessRequests`.', type: KpiSourceDto })
  access!: KpiSourceDto;
}

export class KpisDto {
  @ApiProperty({ description: 'The output port or product asked for.', example: 'urn:meshwork:crm:customers' })
  urn!: string;

  @ApiProperty({ description: 'Whether the URN names a port or a product.', enum: ['port', 'product'], example: 'product' })
  kind!: 'port' | 'product';

  @ApiProperty({ description: 'Output ports counted.', example: ['urn:meshwork:crm:customers:customers:v1'], type: [String] })
  ports!: string[];

  @ApiProperty({ description: 'Start of the window.', example: '2026-02-02T08:00:00.000Z', format: 'date-time' })
  from!: string;

  @ApiProperty({ description: 'End of the window: now.', example: '2026-03-02T08:00:00.000Z', format: 'date-time' })
  to!: string;

  @ApiProperty({ description: 'Window in seconds.', example: 2419200 })
  windowSeconds!: number;

  @ApiPropertyOptional({ description: 'SLA compliance: the mean over monitored SLOs of the share of the window each was not breached, in percent; null without monitored SLOs.', example: 99.85, nullable: true, type: Number })
  compliancePercent!: number | null;

  @ApiProperty({ description: 'Incidents opened in the window.', example: 1 })
  incidents!: number;

  @ApiProperty({ description: 'Incidents open now.', example: 0 })
  openIncidents!: number;

  @ApiPropertyOptional({ description: 'Mean time to detect of the incidents opened in the window, in seconds; null without any.', example: 1, nullable: true, type: Number })
  mttdSeconds!: number | null;

  @ApiPropertyOptional({ description: 'Mean time to recover of the incidents of the window that closed, in seconds; null without any.', example: 3600, nullable: true, type: Number })
  mttrSeconds!: number | null;

  @ApiPropertyOptional({ description: 'Seconds since the most recent refresh of any of the ports; null when none was observed.', example: 600, nullable: true, type: Number })
  freshnessSeconds!: number | null;

  @ApiProperty({ description: 'SLOs per status.', type: KpiStatusCountsDto })
  statuses!: KpiStatusCountsDto;

  @ApiPropertyOptional({
    description: 'Distinct consumers (principals and teams) holding an active grant on the port, or on any port of the product (one holding grants on two ports counts once); from the access service, null when it cannot say (see `sources.access`).',
    example: 3,
    nullable: true,
    type: Number,
  })
  activeConsumers!: number | null;

  @ApiPropertyOptional({ description: 'Access requests to the port, or to the ports of the product: open now, and decided within the window; from the access service, null when it cannot say (see `sources.access`).', type: KpiAccessRequestsDto, nullable: true })
  accessRequests!: KpiAccessRequestsDto | null;

  @ApiProperty({ description: 'Where figures from other services come from, and why they are missing when they are.', type: KpiSourcesDto })
  sources!: KpiSourcesDto;

  @ApiProperty({ description: 'Every SLO of the ports with its status and compliance.', type: [KpiSloDto] })
  slos!: KpiSloDto[];
}
