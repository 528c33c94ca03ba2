import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventOutbox, PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CLOCK, type Clock } from '../clock';
import { PeriodicPass } from '../periodic-pass';
import { SloEntity, type SloStatus } from '../slos/slo.entity';
import { productUrnOf, targetOf } from '../slos/slos.mapper';
import { insertIncidentEvents } from './incident-events';
import { NO_COUNTS, type PortSummary, sloStatus, type StatusVerdict, type WindowCounts } from './slo-status';

const DEFAULT_INTERVAL_MS = 1000;
const DEFAULT_BATCH = 500;
/** Properties measured over the SLO's window rather than from the port's summary. */
const WINDOWED = new Set(['availability', 'errorRate']);

/** Due SLOs, locked so that several evaluators (replicas) never take the same one: new SLOs first, then by due time; retired SLOs never. */
const TAKE_DUE = `
WITH fresh AS (SELECT "id" FROM "sla"."slos" WHERE "next_due_at" IS NULL AND "retired_at" IS NULL LIMIT $2 FOR UPDATE SKIP LOCKED),
due AS (SELECT "id" FROM "sla"."slos" WHERE "next_due_at" <= $1 AND "retired_at" IS NULL ORDER BY "next_due_at" LIMIT $2 FOR UPDATE SKIP LOCKED)
SELECT "id" FROM fresh UNION ALL SELECT "id" FROM due`;

const SUMMARIES = `SELECT "port_urn", "last_refresh_at", "last_run_at", "last_check_at", "last_oldest_record_at" FROM "sla"."port_observations" WHERE "port_urn" = ANY($1::varchar[])`;

const LAST_RUN_ROWS = `
SELECT DISTINCT ON ("port_urn") "port_urn", "row_count"::float8 AS "rows" FROM "sla"."observations"
WHERE "port_urn" = ANY($1::varchar[]) AND "kind" = 'run' AND "row_count" IS NOT NULL AND "at" <= $2
ORDER BY "port_urn", "at" DESC`;

/** A check without a verdict succeeded when it found no errors. */
const WINDOW_COUNTS = `
SELECT k."port_urn", k."window_seconds", c.* FROM jsonb_to_recordset($1::jsonb) AS k("port_urn" varchar, "window_seconds" int)
CROSS JOIN LATERAL (
  SELECT count(*) FILTER (WHERE o."kind" = 'check')::int AS "checks",
    count(*) FILTER (WHERE o."kind" = 'check' AND NOT coalesce(o."success", coalesce(o."error_count", 0) = 0))::int AS "failed_checks",
    count(*) FILTER (WHERE o."kind" = 'run')::int AS "runs",
    count(*) FILTER (WHERE o."kind" = 'run' AND o."success" = false)::int AS "failed_runs",
    coalesce(sum(o."row_count"), 0)::float8 AS "rows",
    coalesce(sum(o."error_count"), 0)::float8 AS "errors"
  FROM "sla"."observations" o
  WHERE o."port_urn" = k."port_urn" AND o."at" > $2::timestamptz - make_interval(secs => k."window_seconds") AND o."at" <= $2::timestamptz
) c`;

const UPDATE_SLOS = `
UPDATE "sla"."slos" s SET "status" = u."status", "status_since" = u."since", "next_due_at" = u."next_due_at"
FROM jsonb_to_recordset($1::jsonb) AS u("id" uuid, "status" varchar, "since" timestamptz, "next_due_at" timestamptz)
WHERE s."id" = u."id"`;

const INSERT_HISTORY = `
INSERT INTO "sla"."slo_status_history" ("slo_id", "status", "at")
SELECT "id", "status", "since" FROM jsonb_to_recordset($1::jsonb) AS h("id" uuid, "status" varchar, "since" timestamptz)`;

/** The partial unique index makes a second open incident for one SLO a no-op, whoever tries. */
const OPEN_INCIDENTS = `
INSERT INTO "sla"."incidents" ("slo_id", "port_urn", "property", "opened_at", "detected_at", "observed_value", "observed_unit", "target", "time_to_detect_seconds")
SELECT "slo_id", "port_urn", "property", "opened_at", $2::timestamptz, "observed_value", "observed_unit", "target", greatest(0, extract(epoch FROM ($2::timestamptz - "opened_at")))
FROM jsonb_to_recordset($1::jsonb) AS r("slo_id" uuid, "port_urn" varchar, "property" varchar, "opened_at" timestamptz, "observed_value" jsonb, "observed_unit" varchar, "target" jsonb)
ON CONFLICT ("slo_id") WHERE "closed_at" IS NULL DO NOTHING
RETURNING "id"`;

const CLOSE_INCIDENTS = `
UPDATE "sla"."incidents" i SET "closed_at" = greatest(i."opened_at", r."closed_at"), "close_reason" = 'recovered', "time_to_recover_seconds" = extract(epoch FROM (greatest(i."opened_at", r."closed_at") - i."opened_at"))
FROM jsonb_to_recordset($1::jsonb) AS r("slo_id" uuid, "closed_at" timestamptz)
WHERE i."slo_id" = r."slo_id" AND i."closed_at" IS NULL
RETURNING i."id"`;

interface SummaryRow {
  port_urn: string;
  last_refresh_at: Date | null;
  last_run_at: Date | null;
  last_check_at: Date | null;
  last_oldest_record_at: Date | null;
}

interface CountsRow {
  port_urn: string;
  window_seconds: number;
  checks: number;
  failed_checks: number;
  runs: number;
  failed_runs: number;
  rows: number;
  errors: number;
}

interface Change {
  slo: SloEntity;
  verdict: StatusVerdict;
  from: SloStatus;
}

/**
 * Evaluates due SLOs (sla.slos.next_due_at) in batches: each batch, in one transaction, locks its SLOs (SKIP LOCKED,
 * safe with several replicas), writes their status and next due time, the history of changes, and opens or closes
 * incidents, with their facts (slo.breached/recovered, incident.opened/closed in sla.events, which the notification dispatcher reads). Settings, read when the application starts:
 * - SLA_EVALUATOR=off|on: the loop runs unless off; off by default under NODE_ENV=test, where tests call runOnce.
 * - SLA_EVALUATOR_INTERVAL_MS: pause between two passes of the loop (default 1000).
 * - SLA_EVALUATOR_BATCH: SLOs per transaction (default 500).
 */
@Injectable()
export class EvaluatorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Evaluator');
  private readonly enabled: boolean;
  private readonly intervalMs: number;
  readonly batchSize: number;
  private readonly loop = new PeriodicPass(this.logger, 'evaluation failed', () => this.runOnce());

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
    private readonly events: EventOutbox,
  ) {
    const env = process.env;
    this.enabled = env.SLA_EVALUATOR ? env.SLA_EVALUATOR !== 'off' : config.nodeEnv !== 'test';
    this.intervalMs = positiveInteger(env.SLA_EVALUATOR_INTERVAL_MS, DEFAULT_INTERVAL_MS);
    this.batchSize = positiveInteger(env.SLA_EVALUATOR_BATCH, DEFAULT_BATCH);
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop.start(this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Evaluates every SLO due at `now`, batch after batch, until none is left; answers how many were evaluated. */
  async runOnce(now: Date = this.clock.now()): Promise<number> {
    let total = 0;
    for (;;) {
      const evaluated = await this.dataSource.transaction((manager) => this.evaluateBatch(manager, now));
      total += evaluated;
      if (evaluated === 0) return total;
    }
  }

  private async evaluateBatch(manager: EntityManager, now: Date): Promise<number> {
    const due = (await manager.query(TAKE_DUE, [now.toISOString(), this.batchSize])) as { id: string }[];
    if (due.length === 0) return 0;
    const slos = await manager.find(SloEntity, { where: { id: In([...new Set(due.map((d) => d.id))]) } });
    const [summaries, counts] = await Promise.all([this.summaries(manager, slos, now), this.windowCounts(manager, slos, now)]);
    const changes: Change[] = [];
    const updates = slos.map((slo) => {
      const verdict = sloStatus(slo, summaries.get(slo.portUrn), counts.get(`${slo.portUrn} ${slo.windowSeconds}`) ?? NO_COUNTS, now);
      const changed = verdict.status !== slo.status;
      // A status begins no earlier than the one it follows, and not in the future: the history stays in order.
      if (changed) verdict.since = new Date(Math.min(now.getTime(), Math.max(verdict.since.getTime(), slo.statusSince.getTime())));
      if (changed) changes.push({ slo, verdict, from: slo.status });
      const nextDueAt = verdict.nextDueAt > now ? verdict.nextDueAt : new Date(now.getTime() + 1000);
      return { id: slo.id, status: verdict.status, since: (changed ? verdict.since : slo.statusSince).toISOString(), next_due_at: nextDueAt.toISOString() };
    });
    await manager.query(UPDATE_SLOS, [JSON.stringify(updates)]);
    if (changes.length > 0) await this.recordChanges(manager, changes, now);
    return slos.length;
  }

  private async summaries(manager: EntityManager, slos: SloEntity[], now: Date): Promise<Map<string, PortSummary>> {
    const ports = [...new Set(slos.map((s) => s.portUrn))];
    const throughputPorts = [...new Set(slos.filter((s) => s.property === 'throughput' && s.monitored).map((s) => s.portUrn))];
    const [rows, runRows] = await Promise.all([
      manager.query(SUMMARIES, [ports]) as Promise<SummaryRow[]>,
      throughputPorts.length > 0 ? (manager.query(LAST_RUN_ROWS, [throughputPorts, now.toISOString()]) as Promise<{ port_urn: string; rows: number }[]>) : Promise.resolve([]),
    ]);
    const lastRows = new Map(runRows.map((r) => [r.port_urn, r.rows]));
    return new Map(
      rows.map((r) => [
        r.port_urn,
        { lastRefreshAt: r.last_refresh_at, lastRunAt: r.last_run_at, lastCheckAt: r.last_check_at, lastOldestRecordAt: r.last_oldest_record_at, lastRunRowCount: lastRows.get(r.port_urn) ?? null },
      ]),
    );
  }

  private async windowCounts(manager: EntityManager, slos: SloEntity[], now: Date): Promise<Map<string, WindowCounts>> {
    const keys = new Map<string, { port_urn: string; window_seconds: number }>();
    for (const slo of slos) if (slo.monitored && WINDOWED.has(slo.property)) keys.set(`${slo.portUrn} ${slo.windowSeconds}`, { port_urn: slo.portUrn, window_seconds: slo.windowSeconds });
    if (keys.size === 0) return new Map();
    const rows = (await manager.query(WINDOW_COUNTS, [JSON.stringify([...keys.values()]), now.toISOString()])) as CountsRow[];
    return new Map(
      rows.map((r) => [`${r.port_urn} ${r.window_seconds}`, { checks: r.checks, failedChecks: r.failed_checks, runs: r.runs, failedRuns: r.failed_runs, rows: r.rows, errors: r.errors }]),
    );
  }

  /** History of every change; an incident opened on entering a breach and closed on leaving it, each with its outbox event. */
  private async recordChanges(manager: EntityManager, changes: Change[], now: Date): Promise<void> {
    await manager.query(INSERT_HISTORY, [JSON.stringify(changes.map((c) => ({ id: c.slo.id, status: c.verdict.status, since: c.verdict.since.toISOString() })))]);
    const opening = changes.filter((c) => c.verdict.status === 'breached');
    const closing = changes.filter((c) => c.from === 'breached');
    const opened =
      opening.length === 0
        ? []
        : ((await manager.query(OPEN_INCIDENTS, [
            JSON.stringify(
              opening.map((c) => ({
                slo_id: c.slo.id,
                port_urn: c.slo.portUrn,
                property: c.slo.property,
                opened_at: c.verdict.since.toISOString(),
                observed_value: c.verdict.observed.value,
                observed_unit: c.verdict.observed.unit,
                target: targetOf(c.slo),
              })),
            ),
            now.toISOString(),
          ])) as { id: string }[]);
    const closed = closing.length === 0 ? [] : ((await manager.query(CLOSE_INCIDENTS, [JSON.stringify(closing.map((c) => ({ slo_id: c.slo.id, closed_at: c.verdict.since.toISOString() })))]))[0] as { id: string }[]);
    await this.statusFacts(manager, changes);
    await insertIncidentEvents(manager, this.events, opened, 'opened', now);
    await insertIncidentEvents(manager, this.events, closed, 'closed', now);
  }

  /** slo.breached on entering a breach, slo.recovered on leaving one, in the evaluation's transaction. */
  private async statusFacts(manager: EntityManager, changes: Change[]): Promise<void> {
    for (const { slo, verdict, from } of changes) {
      const type = verdict.status === 'breached' ? 'slo.breached' : from === 'breached' ? 'slo.recovered' : undefined;
      if (!type) continue;
      await this.events.append(manager, {
        type,
        subject: slo.id,
        data: { sloId: slo.id, portUrn: slo.portUrn, productUrn: productUrnOf(slo.portUrn), property: slo.property, from, to: verdict.status, since: verdict.since.toISOString(), observed: verdict.observed },
      });
    }
  }
}

function positiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
