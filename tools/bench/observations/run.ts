/**
 * Measures POST /v1/observations over HTTP: concurrent workers send batches of 1,000 observations (every id distinct,
 * spread over a few hundred ports and the three kinds) for N seconds, then the same batches again (all duplicates).
 * Prints observations stored per second and p50/p95/p99 per batch.
 *   npm run bench:observations [-- --seconds 10 --connections 8 --batch 1000 --ports 300]
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a temporary
 * directory; it is dropped afterwards. The SLA service runs as a process of its own; the bench calls it with the dev
 * token (a platform admin), so no catalog is asked for domain owners.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { runMain } from '../../support/run-main';
import { withScratchDatabase } from '../../support/scratch-database';
import { flag, log, percentile } from '../support/load';
import { startServiceProcess } from '@meshwork/testing';

const TARGET_PER_SECOND = 20_000;
const KINDS = ['refresh', 'check', 'run'] as const;
const DOMAINS = ['crm', 'sales', 'finance', 'marketing', 'logistics'];

interface Totals {
  label: string;
  seconds: number;
  batches: number;
  accepted: number;
  duplicates: number;
  failed: number;
  latencies: number[];
}

/** The body of batch `n`: `size` observations with ids unique across the run, over `ports` ports. */
function batchBody(n: number, size: number, ports: number, now: number): string {
  const observations = Array.from({ length: size }, (_, i) => {
    const seq = n * size + i;
    const port = seq % ports;
    const kind = KINDS[seq % KINDS.length];
    const at = new Date(now - (seq % 86_400) * 1000).toISOString();
    const item: Record<string, unknown> = { portUrn: `urn:meshwork:${DOMAINS[port % DOMAINS.length]}:product-${port}:port-${port}:v1`, kind, at, id: `bench-${n}-${i}` };
    if (kind === 'refresh') Object.assign(item, { rowCount: 1000 + (seq % 500), oldestRecordAt: new Date(now - 86_400_000).toISOString() });
    if (kind === 'run') item.success = seq % 17 !== 0;
    if (kind === 'check') Object.assign(item, { errorCount: seq % 7, success: seq % 7 === 0 });
    return item;
  });
  return JSON.stringify({ observations });
}

/** `connections` workers posting bodies for `seconds`; `bodyOf(n)` gives the n-th body sent. */
async function drive(label: string, url: string, token: string, connections: number, seconds: number, bodyOf: (n: number) => string): Promise<Totals> {
  const totals: Totals = { label, seconds: 0, batches: 0, accepted: 0, duplicates: 0, failed: 0, latencies: [] };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const body = bodyOf(next++);
      const t0 = performance.now();
      const res = await fetch(`${url}/v1/observations`, { method: 'POST', headers, body });
      const answer = (await res.json()) as { accepted?: number; duplicates?: number };
      const ms = performance.now() - t0;
      if (res.status !== 200) {
        totals.failed++;
        continue;
      }
      totals.batches++;
      totals.accepted += answer.accepted ?? 0;
      totals.duplicates += answer.duplicates ?? 0;
      totals.latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  totals.seconds = (performance.now() - started) / 1000;
  totals.latencies.sort((a, b) => a - b);
  return totals;
}

function describe(t: Totals, counted: number): string {
  const perSecond = counted / t.seconds;
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(t.latencies, p));
  return `  ${t.label.padEnd(28)} ${perSecond.toFixed(0).padStart(12)} ${String(t.batches).padStart(8)} ${[p50, p95, p99].map((v) => v.toFixed(1).padStart(8)).join(' ')} ${String(t.failed).padStart(7)}`;
}

async function run(databaseUrl: string): Promise<number> {
  const seconds = flag('seconds', 10);
  const connections = flag('connections', 8);
  const size = flag('batch', 1000);
  const ports = flag('ports', 300);
  const token = randomBytes(24).toString('hex');
  const sla = await startServiceProcess('apps/sla/src/main.ts', { DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', MESHWORK_DEV_TOKEN: token });
  try {
    const now = Date.now();
    const bodies: string[] = [];
    const bodyOf = (n: number) => (bodies[n] ??= batchBody(n, size, ports, now));
    log(`batches of ${size} observations over ${ports} ports, ${connections} concurrent requests, ${seconds} s per scenario after 2 s of warm-up`);
    await drive('warm-up', sla.base, token, connections, 2, (n) => batchBody(1_000_000 + n, size, ports, now));
    const fresh = await drive('new observations', sla.base, token, connections, seconds, bodyOf);
    const sent = fresh.batches + fresh.failed;
    const retried = await drive('retried batches (duplicates)', sla.base, token, connections, seconds, (n) => bodyOf(n % sent));
    log(`\n  ${'scenario'.padEnd(28)} ${'obs/s'.padStart(12)} ${'batches'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(7)}`);
    log(describe(fresh, fresh.accepted));
    log(describe(retried, retried.duplicates));
    log(`  stored ${fresh.accepted} observations (${fresh.duplicates} duplicates); retries stored ${retried.accepted}`);
    const perSecond = fresh.accepted / fresh.seconds;
    const holds = perSecond >= TARGET_PER_SECOND && fresh.failed === 0 && retried.accepted === 0;
    log(`  target ≥ ${TARGET_PER_SECOND} observations/s: ${holds ? 'holds' : 'MISSED'} (${perSecond.toFixed(0)}/s${fresh.failed > 0 ? `, ${fresh.failed} batches failed` : ''})`);
    return 0;
  } finally {
    await sla.stop();
  }
}

runMain(() => withScratchDatabase(run));
