/**
 * Times one full evaluation pass of the SLA evaluator in process: 100,000 SLOs over 10,000 ports (ten properties
 * each, with port summaries and a few checks and runs per port for the windowed ones) are created with SQL, then
 * EvaluatorService.runOnce evaluates every due SLO, batch after batch, until none is left. Prints SLOs evaluated per
 * second, the statuses reached and the incidents opened.
 *   npm run bench:slos [-- --slos 100000 --batch 500]
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a temporary
 * directory; it is dropped afterwards.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../apps/sla/src/app.module';
import { EvaluatorService } from '../../../apps/sla/src/evaluation/evaluator.service';
import { SLA_DEFAULTS, SLA_OPENAPI } from '../../../apps/sla/src/service';
import { runMain } from '../../support/run-main';
import { withScratchDatabase } from '../../support/scratch-database';
import { flag, log } from '../support/load';

const SLOS_PER_PORT = 10;

/** Ten SLOs per port: every monitored property, some twice with other targets. */
const SPECS = `(VALUES
  (1, 'latency', '4'::jsonb, 'h', 14400::float8, NULL::float8, NULL::varchar, NULL::float8),
  (2, 'frequency', '1', 'd', 86400, NULL, NULL, NULL),
  (3, 'timeOfAvailability', '"06:00:00Z"', 'time', NULL, NULL, '06:00:00Z', NULL),
  (4, 'availability', '99.5', '%', NULL, 0.995, NULL, NULL),
  (5, 'errorRate', '0.1', '%', NULL, 0.001, NULL, NULL),
  (6, 'retention', '1', 'y', 31536000, NULL, NULL, NULL),
  (7, 'throughput', '1000', 'rows', NULL, NULL, NULL, 5000),
  (8, 'latency', '1', 'h', 3600, NULL, NULL, NULL),
  (9, 'frequency', '6', 'h', 21600, NULL, NULL, NULL),
  (10, 'availability', '99.9', '%', NULL, 0.999, NULL, NULL)
) AS s(k, property, target_value, target_unit, target_seconds, target_ratio, target_time_of_day, target_max)`;

async function seed(db: DataSource, ports: number, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.query(
    `INSERT INTO sla.ports (urn, domain, product, port_name, owner_team_id, product_version, updated_at)
     SELECT 'urn:meshwork:bench:p' || i || ':out:v1', 'bench', 'p' || i, 'out', 'bench-team', '1.0.0', $2 FROM generate_series(1, $1) i`,
    [ports, at],
  );
  await db.query(
    `INSERT INTO sla.slos (port_urn, property, element, target_value, target_unit, target_seconds, target_ratio, target_time_of_day, target_max, monitored, window_seconds, description, position, source, status, status_since)
     SELECT 'urn:meshwork:bench:p' || i || ':out:v1', s.property, NULL, s.target_value, s.target_unit, s.target_seconds, s.target_ratio, s.target_time_of_day, s.target_max, true, 2419200, 'bench', s.k, 'contract', 'unknown', $2
     FROM generate_series(1, $1) i CROSS JOIN ${SPECS}`,
    [ports, at],
  );
  // Summaries with refreshes from a few minutes to a day ago, so that statuses spread over ok, at-risk and breached.
  await db.query(
    `INSERT INTO sla.port_observations (port_urn, last_refresh_at, last_run_at, last_failed_run_at, last_check_at, last_oldest_record_at, observation_count, updated_at)
     SELECT 'urn:meshwork:bench:p' || i || ':out:v1', $2::timestamptz - make_interval(secs => (i * 37) % 86400), $2::timestamptz - interval '10 minutes', NULL,
       $2::timestamptz - interval '5 minutes', $2::timestamptz - make_interval(days => 300 + i % 200), 6, $2
     FROM generate_series(1, $1) i`,
    [ports, at],
  );
  await db.query(
    `INSERT INTO sla.observations (port_urn, observation_id, kind, at, row_count, error_count, success, oldest_record_at, received_at)
     SELECT 'urn:meshwork:bench:p' || i || ':out:v1', 'o' || j, CASE WHEN j % 2 = 0 THEN 'check' ELSE 'run' END, $2::timestamptz - make_interval(hours => j),
       CASE WHEN j % 2 = 1 THEN 500 + (i * 13) % 5000 END, NULL, (i + j) % 40 <> 0, NULL, $2
     FROM generate_series(1, $1) i CROSS JOIN generate_series(1, 6) j`,
    [ports, at],
  );
  await db.query('ANALYZE sla.slos; ANALYZE sla.port_observations; ANALYZE sla.observations');
}

async function bench(url: string, slos: number): Promise<void> {
  // Production mode requires the key webhook secrets are encrypted under; the bench stores none, any key will do.
  process.env.SLA_SECRET_KEY ||= randomBytes(32).toString('base64');
  const config = loadPlatformConfig(SLA_DEFAULTS, { DATABASE_URL: url, PORT: '0', NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const app = await createServiceApp(AppModule.register(config), { config, openApi: SLA_OPENAPI });
  try {
    const db = app.get(DataSource);
    const evaluator = app.get(EvaluatorService);
    const ports = Math.ceil(slos / SLOS_PER_PORT);
    const now = new Date();
    const seedStart = performance.now();
    await seed(db, ports, now);
    log(`seeded ${ports * SLOS_PER_PORT} SLOs over ${ports} ports in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const started = performance.now();
    const evaluated = await evaluator.runOnce(now);
    const seconds = (performance.now() - started) / 1000;
    const statuses = (await db.query('SELECT status, count(*)::int AS n FROM sla.slos GROUP BY status ORDER BY status')) as { status: string; n: number }[];
    const [{ n: incidents }] = (await db.query('SELECT count(*)::int AS n FROM sla.incidents')) as { n: number }[];
    log(`evaluated ${evaluated} SLOs in ${seconds.toFixed(2)} s: ${(evaluated / seconds).toFixed(0)} SLOs/s (batches of ${evaluator.batchSize})`);
    log(`statuses: ${statuses.map((s) => `${s.status} ${s.n}`).join(', ')}; incidents opened: ${incidents}`);
    const again = performance.now();
    const left = await evaluator.runOnce(now);
    log(`a second pass at the same instant evaluated ${left} SLOs in ${(performance.now() - again).toFixed(0)} ms`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const slos = flag('slos', 100_000);
  process.env.SLA_EVALUATOR = 'off';
  // Only the evaluator is timed: incident notifications are not sent during the bench.
  process.env.SLA_DISPATCHER = 'off';
  process.env.SLA_EVALUATOR_BATCH = String(flag('batch', 500));
  await withScratchDatabase((url) => bench(url, slos));
}

runMain(main);
