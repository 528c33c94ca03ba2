/**
 * Seeds a realistic mesh (default 100,000 data products over 40 domains, with lineage several levels deep) into
 * a real catalog over HTTP, then measures search and lineage with autocannon: req/s and p50/p95/p99 latency.
 *   npm run bench:catalog [-- --products 100000 --seed 1 --concurrency 12 --seconds 15 --warmup 3 --connections 8 --timeout 60]
 * --concurrency: registrations in flight while seeding; --seconds, --warmup, --connections, --timeout: per load
 * scenario. Before the load, a few single requests of each kind (typo, prefix, filter, chain middle…) are timed.
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a temporary
 * directory; both are dropped afterwards. The catalog logs at LOG_LEVEL (default warn).
 *
 * To iterate on the measurements without seeding again, pass --reuse with DATABASE_URL set: the catalog then runs
 * on DATABASE_URL's database itself (not a copy, and it is kept), and seeding is skipped when it already holds
 * at least N products. Products are generated from --seed, so keep the same seed (and N) between runs; an
 * interrupted seeding is resumed (registration is idempotent). Use a database of its own, e.g.
 *   createdb meshwork_bench && DATABASE_URL=postgres://postgres@127.0.0.1:5432/meshwork_bench npm run bench:catalog -- --reuse
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { runMain } from '../../support/run-main';
import { startServiceProcess } from '@meshwork/testing';
import { withScratchDatabase } from '../../support/scratch-database';
import { CatalogClient } from './catalog-client';
import { type MeshPlan, planMesh } from './mesh-plan';
import { describeResult, failedCount, type LoadOptions, runScenario, type ScenarioResult } from './measure';
import { probeKinds } from './probe';
import { lineageRequests, type Probe, searchRequests } from './scenarios';
import { vacuumIfNoAutovacuum, waitForIdleDatabase } from './settle';
import { countProducts, type SeedReport, seedMesh } from './seed';

const TARGET_P95_MS = 50;

interface Options {
  products: number;
  seed: number;
  seconds: number;
  warmup: number;
  connections: number;
  concurrency: number;
  timeout: number;
  reuse: boolean;
}

function flag(name: string, fallback: number, min = 1): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} needs a whole number of at least ${min}, got ${process.argv[i + 1]}`);
  return value;
}

function options(): Options {
  return {
    products: flag('products', 100_000),
    seed: flag('seed', 1, 0),
    seconds: flag('seconds', 15),
    warmup: flag('warmup', 3, 0),
    connections: flag('connections', 8),
    concurrency: flag('concurrency', 12),
    timeout: flag('timeout', 60),
    reuse: process.argv.includes('--reuse'),
  };
}

const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function seedIfNeeded(client: CatalogClient, plan: MeshPlan, opts: Options): Promise<SeedReport | undefined> {
  const existing = await countProducts(client);
  if (opts.reuse && existing >= opts.products) {
    log(`seeding skipped: the database holds ${existing} products (--reuse)`);
    return undefined;
  }
  log(`seeding ${opts.products} products, ${opts.concurrency} requests in flight${existing > 0 ? ` (${existing} there already)` : ''}`);
  const report = await seedMesh(client, plan, opts.concurrency, log);
  log(`seeded ${report.products} products in ${report.seconds.toFixed(1)} s: ${report.perSecond.toFixed(1)} products/s`);
  if (report.serverErrors > 0) log(`SERVER ERRORS while seeding: ${report.serverErrors} answers 5xx, retried; the first: ${report.firstServerError}`);
  return report;
}

async function settle(url: string, opts: Options): Promise<void> {
  const waited = await waitForIdleDatabase(url, opts.timeout);
  if (waited >= 1) log(`  (waited ${waited.toFixed(1)} s for queries of abandoned requests to finish)`);
}

async function measure(url: string, client: CatalogClient, plan: MeshPlan, opts: Options): Promise<ScenarioResult[]> {
  const load: LoadOptions = { base: client.base, headers: { authorization: `Bearer ${client.token}` }, seconds: opts.seconds, connections: opts.connections, timeout: opts.timeout };
  const search = await searchRequests(client, plan);
  const scenarios: [string, Probe[]][] = [
    ['search (mixed terms, filters, second pages)', search.requests],
    ['lineage (up, down, both; depth 5)', lineageRequests(plan)],
  ];
  log(`\nsearch: ${search.requests.length} requests in rotation (${search.secondPages} distinct second pages); lineage: ${scenarios[1][1].length}`);
  for (const [label, probes] of scenarios) await probeKinds(client, label.split(' ')[0], probes, log);
  log(`\nunder load: ${opts.seconds} s per scenario after ${opts.warmup} s of warm-up, ${opts.connections} connections`);
  const results: ScenarioResult[] = [];
  for (const [label, probes] of scenarios) results.push(await loadScenario(url, label, probes, load, opts));
  return results;
}

async function loadScenario(url: string, label: string, probes: Probe[], load: LoadOptions, opts: Options): Promise<ScenarioResult> {
  const paths = probes.map((p) => p.path);
  if (opts.warmup > 0) {
    await settle(url, opts);
    await runScenario(label, paths, { ...load, seconds: opts.warmup });
  }
  await settle(url, opts);
  const result = await runScenario(label, paths, load);
  log(describeResult(result));
  return result;
}

function verdict(result: ScenarioResult, timeout: number): string {
  if (result.p95 === undefined && result.timeouts > 0) return `MISSED (no 2xx answer; ${result.timeouts} requests got no answer within ${timeout} s)`;
  if (result.p95 === undefined) return 'NOT MEASURED (no 2xx answers)';
  const failed = failedCount(result);
  const holds = result.p95 <= TARGET_P95_MS;
  return `${holds ? 'holds' : 'MISSED'} (p95 ${result.p95} ms vs ${TARGET_P95_MS} ms)${failed > 0 ? `, but ${failed} requests failed` : ''}`;
}

function summary(plan: MeshPlan, seeded: SeedReport | undefined, results: ScenarioResult[], opts: Options): void {
  const edges = plan.products.reduce((sum, p) => sum + p.inputs.length, 0);
  log(`\nsummary: ${plan.products.length} products, ${edges} input-port edges, seed ${plan.seed}`);
  log(seeded ? `  seeding      ${seeded.perSecond.toFixed(1)} products/s (${seeded.seconds.toFixed(1)} s)` : '  seeding      skipped (--reuse)');
  if (seeded && seeded.serverErrors > 0) log(`  SERVER ERRORS while seeding: ${seeded.serverErrors} (retried)`);
  log(`  ${'scenario'.padEnd(12)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'failed'.padStart(8)}`);
  for (const r of results) {
    const cells = [r.p50, r.p95, r.p99].map((v) => (v === undefined ? '-' : String(v)).padStart(7));
    log(`  ${r.label.split(' ')[0].padEnd(12)} ${(r.ok / r.seconds).toFixed(1).padStart(8)} ${cells.join(' ')} ${String(failedCount(r)).padStart(8)}`);
  }
  for (const r of results) log(`  target ${r.label.split(' ')[0]} p95 ≤ ${TARGET_P95_MS} ms: ${verdict(r, opts.timeout)}`);
}

async function run(url: string, opts: Options): Promise<void> {
  const token = randomBytes(24).toString('hex');
  const catalog = await startServiceProcess('apps/catalog/src/main.ts', { DATABASE_URL: url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', MESHWORK_DEV_TOKEN: token });
  const base = catalog.base;
  try {
    const client = new CatalogClient(base, token);
    const planned = Date.now();
    const plan = planMesh(opts.seed, opts.products);
    log(`planned ${plan.products.length} products in ${Date.now() - planned} ms (seed ${opts.seed})`);
    const seeded = await seedIfNeeded(client, plan, opts);
    const vacuumed = await vacuumIfNoAutovacuum(url);
    if (vacuumed !== undefined) log(`autovacuum is off on this server: ran VACUUM (ANALYZE) on the catalog's tables as it would have (${vacuumed.toFixed(1)} s)`);
    const results = await measure(url, client, plan, opts);
    summary(plan, seeded, results, opts);
  } finally {
    await catalog.stop();
  }
}

async function main(): Promise<void> {
  const opts = options();
  if (!opts.reuse) return withScratchDatabase((url) => run(url, opts));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--reuse needs DATABASE_URL: the database to seed once and measure many times');
  return run(url, opts);
}

runMain(main);
