import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CLOCK, type Clock } from '../clock';
import { PeriodicPass } from '../periodic-pass';
import { ObservationsService } from '../observations/observations.service';
import type { ParsedObservation } from '../observations/observation-input';
import { ProbeEntity } from './probe.entity';
import { ProbeResultEntity, type ProbeTrigger } from './probe-result.entity';
import { type ProbeOutcome, ProbeRunner } from './probe-runner';
import { ProbeSettings } from './probe-settings';

/**
 * Due probes, locked so that several probers (replicas) never run the same due time twice. Probes of retired ports
 * wait: the port is no longer served, and comes back with its probes if a later version lists it again.
 */
const TAKE_DUE = `
SELECT p."id" FROM "sla"."probes" p JOIN "sla"."ports" o ON o."urn" = p."port_urn"
WHERE p."enabled" AND o."retired_at" IS NULL AND p."next_due_at" <= $1
ORDER BY p."next_due_at", p."id" LIMIT $2 FOR UPDATE OF p SKIP LOCKED`;

/** A scheduled run stored again (a retried pass) is the same result: the first one stands. */
const INSERT_RESULT = `
INSERT INTO "sla"."probe_results" ("probe_id", "trigger", "scheduled_for", "at", "url", "success", "status_code", "latency_ms", "error", "observation_id")
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
ON CONFLICT ("probe_id", "scheduled_for") WHERE "scheduled_for" IS NOT NULL DO NOTHING
RETURNING "id"`;

/** One run of a probe, ready to store. */
interface Run {
  probe: ProbeEntity;
  trigger: ProbeTrigger;
  scheduledFor: Date | null;
  at: Date;
  outcome: ProbeOutcome;
}

/**
 * Runs due probes (sla.probes.next_due_at) in small batches: each batch, in one transaction, locks its probes (SKIP
 * LOCKED, safe with several replicas), runs them at once (a batch is small), records each counted run as a `check` observation
 * of the port through the observations service (which makes the port's SLOs due), stores the results and the next due
 * time. The observation's id is `probe:<probe id>:<due time>`, so a pass retried after a failure is not counted twice.
 * Settings in ProbeSettings (SLA_PROBER, SLA_PROBER_INTERVAL_MS).
 */
@Injectable()
export class ProberService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Prober');
  private readonly loop = new PeriodicPass(this.logger, 'probing failed', () => this.runOnce());

  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: ProbeRunner,
    private readonly observations: ObservationsService,
    private readonly settings: ProbeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.prober) this.loop.start(this.settings.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Runs every probe due at `now`, batch after batch, until none is left; answers how many ran. */
  async runOnce(now: Date = this.clock.now()): Promise<number> {
    let total = 0;
    for (;;) {
      const ran = await this.dataSource.transaction((manager) => this.runBatch(manager, now));
      total += ran;
      if (ran === 0) return total;
    }
  }

  /** Runs a probe now, outside its schedule (which stays as it is), and stores the result. */
  async runNow(probe: ProbeEntity): Promise<ProbeResultEntity> {
    const at = this.clock.now();
    const outcome = await this.runner.run(probe);
    return this.dataSource.transaction(async (manager) => (await this.store(manager, [{ probe, trigger: 'manual', scheduledFor: null, at, outcome }]))[0] as ProbeResultEntity);
  }

  private async runBatch(manager: EntityManager, now: Date): Promise<number> {
    const due = (await manager.query(TAKE_DUE, [now.toISOString(), this.settings.batchSize])) as { id: string }[];
    if (due.length === 0) return 0;
    const probes = await manager.find(ProbeEntity, { where: { id: In(due.map((d) => d.id)) }, order: { nextDueAt: 'ASC', id: 'ASC' } });
    const runs = await Promise.all(
      probes.map(async (probe): Promise<Run> => {
        const at = this.clock.now();
        return { probe, trigger: 'schedule', scheduledFor: probe.nextDueAt, at, outcome: await this.runner.run(probe) };
      }),
    );
    await this.store(manager, runs);
    for (const run of runs) await manager.update(ProbeEntity, { id: run.probe.id }, { nextDueAt: nextDue(run.probe, now) });
    return probes.length;
  }

  /**
   * Observations first, through the same ingestion as POST /v1/observations (its own transaction: the port's SLOs
   * become due with it); then the results and the probes' latest run in the caller's transaction. Should that fail,
   * the next pass runs the due time again and its observation is a duplicate, ignored.
   */
  private async store(manager: EntityManager, runs: Run[]): Promise<ProbeResultEntity[]> {
    const observationIds = runs.map((run) => (run.outcome.counted ? `probe:${run.probe.id}:${(run.scheduledFor ?? run.at).toISOString()}` : null));
    const observations: ParsedObservation[] = [];
    runs.forEach((run, i) => {
      const id = observationIds[i];
      if (id) observations.push(checkObservation(run, id));
    });
    if (observations.length > 0) await this.observations.record(observations);
    const stored: ProbeResultEntity[] = [];
    for (const [i, run] of runs.entries()) {
      const { outcome } = run;
      const [row] = (await manager.query(INSERT_RESULT, [
        run.probe.id,
        run.trigger,
        run.scheduledFor?.toISOString() ?? null,
        run.at.toISOString(),
        run.probe.url,
        outcome.success,
        outcome.statusCode,
        outcome.latencyMs,
        outcome.error,
        observationIds[i],
      ])) as { id: string }[];
      await manager.update(
        ProbeEntity,
        { id: run.probe.id },
        { lastRunAt: run.at, lastSuccess: outcome.success, lastStatusCode: outcome.statusCode, lastLatencyMs: outcome.latencyMs, lastError: outcome.error },
      );
      // A scheduled due time stored before (a retried pass) keeps its first result.
      const result = row ? await manager.findOneBy(ProbeResultEntity, { id: row.id }) : run.scheduledFor ? await manager.findOneBy(ProbeResultEntity, { probeId: run.probe.id, scheduledFor: run.scheduledFor }) : null;
      if (result) stored.push(result);
    }
    return stored;
  }
}

/** The next due time on the probe's cadence; after a pause longer than the interval, one interval from now. */
function nextDue(probe: ProbeEntity, now: Date): Date {
  const next = new Date(probe.nextDueAt.getTime() + probe.intervalSeconds * 1000);
  return next > now ? next : new Date(now.getTime() + probe.intervalSeconds * 1000);
}

function checkObservation(run: Run, id: string): ParsedObservation {
  const [, , domain = ''] = run.probe.portUrn.split(':');
  return { portUrn: run.probe.portUrn, domain, id, kind: 'check', at: run.at.toISOString(), rowCount: null, errorCount: null, success: run.outcome.success, oldestRecordAt: null };
}
