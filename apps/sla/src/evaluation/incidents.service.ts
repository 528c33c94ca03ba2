import { Inject, Injectable } from '@nestjs/common';
import { type Page, pageWindow } from '@meshwork/platform';
import { isUUID } from 'class-validator';
import { DataSource, type FindOptionsWhere, IsNull, Not } from 'typeorm';
import { CLOCK, type Clock } from '../clock';
import { DEFAULT_WINDOW_SECONDS } from '../slos/derive-slos';
import { SloEntity, type SloStatus } from '../slos/slo.entity';
import { SlosService } from '../slos/slos.service';
import type { SloBudgetDto, SloHistoryEntryDto, KpisDto, KpiSloDto } from './dto/budget.dto';
import type { IncidentDto, ListIncidentsQueryDto } from './dto/incident.dto';
import { AccessKpisReader } from './access-kpis';
import { EvaluationError, EvaluationErrorCode } from './evaluation-error';
import { IncidentEntity } from './incident.entity';
import { toIncidentDto } from './incidents.mapper';
import { SloStatusHistoryEntity } from './slo-status-history.entity';

/** Time-based SLOs may be breached 1 % of their window. */
export const TIME_BUDGET_SHARE = 0.01;

/** Seconds each SLO spent breached within [from, to], from its status history. */
const BREACHED_SECONDS = `
WITH h AS (
  SELECT "slo_id", "status", "at", lead("at") OVER (PARTITION BY "slo_id" ORDER BY "at", "id") AS "until"
  FROM "sla"."slo_status_history" WHERE "slo_id" = ANY($1::uuid[]) AND "at" < $3::timestamptz
)
SELECT "slo_id", coalesce(sum(extract(epoch FROM (least(coalesce("until", $3::timestamptz), $3::timestamptz) - greatest("at", $2::timestamptz)))), 0)::float8 AS "seconds"
FROM h WHERE "status" = 'breached' AND coalesce("until", $3::timestamptz) > $2::timestamptz
GROUP BY "slo_id"`;

const WINDOW_SHARES = `
SELECT count(*) FILTER (WHERE "kind" IN ('check', 'run'))::int AS "total",
  count(*) FILTER (WHERE ("kind" = 'check' AND NOT coalesce("success", coalesce("error_count", 0) = 0)) OR ("kind" = 'run' AND "success" = false))::int AS "failed",
  count(*) FILTER (WHERE "kind" = 'run')::int AS "runs",
  count(*) FILTER (WHERE "kind" = 'run' AND "success" = false)::int AS "failed_runs",
  coalesce(sum("row_count"), 0)::float8 AS "rows", coalesce(sum("error_count"), 0)::float8 AS "errors"
FROM "sla"."observations" WHERE "port_urn" = $1 AND "at" > $2::timestamptz AND "at" <= $3::timestamptz`;

const PORT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:v\d+$/;
const PRODUCT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Reads of incidents, SLO histories, error budgets and KPIs; everyone may read them. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly slos: SlosService,
    private readonly accessKpis: AccessKpisReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: ListIncidentsQueryDto): Promise<Page<IncidentDto>> {
    const { limit, offset } = pageWindow(query);
    const where: FindOptionsWhere<IncidentEntity> = {
      ...(query.portUrn ? { portUrn: query.portUrn } : {}),
      ...(query.sloId ? { sloId: query.sloId } : {}),
      ...(query.open === true ? { closedAt: IsNull() } : query.open === false ? { closedAt: Not(IsNull()) } : {}),
    };
    const [items, total] = await this.dataSource.getRepository(IncidentEntity).findAndCount({ where, order: { openedAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
    return { items: items.map(toIncidentDto), total, limit, offset };
  }

  async get(id: string): Promise<IncidentDto> {
    const incident = isUUID(id) ? await this.dataSource.getRepository(IncidentEntity).findOne({ where: { id } }) : null;
    if (!incident) throw new EvaluationError(EvaluationErrorCode.INCIDENT_NOT_FOUND, `No incident '${id}'.`);
    return toIncidentDto(incident);
  }

  async history(sloId: string, query: { limit?: number; offset?: number }): Promise<Page<SloHistoryEntryDto>> {
    await this.slos.get(sloId);
    const { limit, offset } = pageWindow(query);
    const [rows, total] = await this.dataSource.getRepository(SloStatusHistoryEntity).findAndCount({ where: { sloId }, order: { at: 'DESC', id: 'DESC' }, take: limit, skip: offset });
    return { items: rows.map((r) => ({ status: r.status, at: r.at.toISOString() })), total, limit, offset };
  }

  /**
   * Availability and error rate spend a budget of failed checks and runs (as a share of them) over the window; every
   * other property spends seconds of breach, TIME_BUDGET_SHARE of the window.
   */
  async budget(sloId: string): Promise<SloBudgetDto> {
    const slo = await this.slos.get(sloId);
    const to = this.clock.now();
    const from = new Date(to.getTime() - slo.windowSeconds * 1000);
    const breachedSeconds = (await this.breachedSeconds([slo.id], from, to)).get(slo.id) ?? 0;
    const common = { sloId: slo.id, property: slo.property, from: from.toISOString(), to: to.toISOString(), windowSeconds: slo.windowSeconds, breachedSeconds: round(breachedSeconds, 3), compliancePercent: compliance(breachedSeconds, slo.windowSeconds) };
    if ((slo.property === 'availability' || slo.property === 'errorRate') && slo.targetRatio !== null) {
      const [s] = (await this.dataSource.query(WINDOW_SHARES, [slo.portUrn, from.toISOString(), to.toISOString()])) as { total: number; failed: number; runs: number; failed_runs: number; rows: number; errors: number }[];
      const allowed = slo.property === 'availability' ? 1 - slo.targetRatio : slo.targetRatio;
      const consumed = slo.property === 'availability' ? (s && s.total > 0 ? s.failed / s.total : 0) : s && s.runs > 0 ? s.failed_runs / s.runs : s && s.rows > 0 ? s.errors / s.rows : 0;
      return { ...common, basis: 'events', ...spend(allowed, consumed) };
    }
    return { ...common, basis: 'time', ...spend(slo.windowSeconds * TIME_BUDGET_SHARE, breachedSeconds) };
  }

  async kpis(urn: string, windowSeconds = DEFAULT_WINDOW_SECONDS): Promise<KpisDto> {
    const kind = PORT_URN.test(urn) ? 'port' : PRODUCT_URN.test(urn) ? 'product' : undefined;
    const where = kind === 'port' ? `"urn" = $1` : `"urn" LIKE $1`;
    const known = kind ? ((await this.dataSource.query(`SELECT "urn", "retired_at" FROM "sla"."ports" WHERE ${where} ORDER BY "urn"`, [kind === 'port' ? urn : `${urn}:%`])) as { urn: string; retired_at: Date | null }[]) : [];
    if (!kind || known.length === 0) throw new EvaluationError(EvaluationErrorCode.URN_NOT_FOUND, `The SLA service knows no output port or product '${urn}': its product must be published first.`);
    // A product counts the ports its published version lists; a port asked for by name is answered even once retired.
    const ports = known.filter((p) => kind === 'port' || p.retired_at === null).map((p) => p.urn);
    const to = this.clock.now();
    const from = new Date(to.getTime() - windowSeconds * 1000);
    const slos =
      ports.length === 0
        ? []
        : await this.dataSource.getRepository(SloEntity).find({ where: ports.map((portUrn) => ({ portUrn, retiredAt: IsNull() })), order: { portUrn: 'ASC', source: 'DESC', position: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const breached = await this.breachedSeconds(
      slos.map((s) => s.id),
      from,
      to,
    );
    const sloKpis: KpiSloDto[] = slos.map((s) => ({ id: s.id, portUrn: s.portUrn, property: s.property, monitored: s.monitored, status: s.status, statusSince: s.statusSince.toISOString(), compliancePercent: compliance(breached.get(s.id) ?? 0, windowSeconds) }));
    const [incidents] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE "opened_at" >= $2)::int AS "opened", count(*) FILTER (WHERE "closed_at" IS NULL)::int AS "open",
        avg("time_to_detect_seconds") FILTER (WHERE "opened_at" >= $2)::float8 AS "mttd", avg("time_to_recover_seconds") FILTER (WHERE "opened_at" >= $2 AND "closed_at" IS NOT NULL)::float8 AS "mttr"
       FROM "sla"."incidents" WHERE "port_urn" = ANY($1::varchar[]) AND ("opened_at" >= $2 OR "closed_at" IS NULL)`,
      [ports, from.toISOString()],
    )) as { opened: number; open: number; mttd: number | null; mttr: number | null }[];
    const access = await this.accessKpis.of(ports, windowSeconds);
    const [fresh] = (await this.dataSource.query(`SELECT max("last_refresh_at") AS "at" FROM "sla"."port_observations" WHERE "port_urn" = ANY($1::varchar[])`, [ports])) as { at: Date | null }[];
    const count = (status: SloStatus) => slos.filter((s) => s.status === status).length;
    const statuses = { ok: count('ok'), 'at-risk': count('at-risk'), breached: count('breached'), unknown: count('unknown') };
    const monitored = sloKpis.filter((s) => s.monitored).map((s) => s.compliancePercent);
    const overall = mean(monitored);
    return {
      urn,
      kind,
      ports,
      from: from.toISOString(),
      to: to.toISOString(),
      windowSeconds,
      compliancePercent: overall === null ? null : round(overall, 4),
      incidents: incidents?.opened ?? 0,
      openIncidents: incidents?.open ?? 0,
      mttdSeconds: incidents?.mttd ?? null,
      mttrSeconds: incidents?.mttr ?? null,
      freshnessSeconds: fresh?.at ? Math.max(0, (to.getTime() - fresh.at.getTime()) / 1000) : null,
      statuses,
      activeConsumers: access.activeConsumers,
      accessRequests: access.accessRequests,
      sources: { access: access.source },
      slos: sloKpis,
    };
  }

  private async breachedSeconds(sloIds: string[], from: Date, to: Date): Promise<Map<string, number>> {
    if (sloIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(BREACHED_SECONDS, [sloIds, from.toISOString(), to.toISOString()])) as { slo_id: string; seconds: number }[];
    return new Map(rows.map((r) => [r.slo_id, r.seconds]));
  }
}

function compliance(breachedSeconds: number, windowSeconds: number): number {
  return round(100 * (1 - breachedSeconds / windowSeconds), 4);
}

function spend(allowed: number, consumed: number): { allowed: number; consumed: number; remaining: number; remainingRatio: number } {
  const remaining = allowed - consumed;
  return { allowed: round(allowed, 6), consumed: round(consumed, 6), remaining: round(remaining, 6), remainingRatio: allowed > 0 ? round(remaining / allowed, 6) : remaining >= 0 ? 1 : -1 };
}
