/**
 * Measures POST /v1/decisions over HTTP with autocannon: a rotation of checks (allowed by a grant, denied, allowed
 * as a member of the owning team) at a fixed concurrency, then at a fixed rate of 2,000 req/s; the same with every
 * check distinct (its own purpose), so that no two share an audit entry; and a bare Node `http` server answering a
 * small JSON document measured the same ways, for comparison.
 *   npm run bench:decisions [-- --seconds 10 --connections 16]
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a temporary
 * directory; it is dropped afterwards. The catalog and the access service run as processes of their own.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { runMain } from '../../support/run-main';
import { flag, type Load, load, log, rate, type Result } from '../support/load';
import { withScratchDatabase } from '../../support/scratch-database';
import { startServiceProcess } from '@meshwork/testing';
import { type Check, seedDecisions, verifyChecks } from './fixture';

const TARGET_P99_MS = 5;
const TARGET_RATE = 2000;
const TARGET_SHARE = 0.5;
/** Checks made distinct by their purpose, more than a run sends within one audit coalescing window. */
const DISTINCT_BODIES = 20_000;

function distinctBodies(checks: Check[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.parse(checks[i % checks.length].body) as Record<string, unknown>;
    return JSON.stringify({ ...body, purpose: `Benchmark of decisions, check ${i}` });
  });
}

/** A hello-world JSON server on bare Node `http`, in a process of its own like the service. */
async function startBareServer(): Promise<{ base: string; child: ChildProcess }> {
  const script = [
    "const http = require('node:http');",
    "const body = JSON.stringify({ decision: 'allow', reasons: ['hello world'] });",
    "const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); }); });",
    "server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));",
  ].join('\n');
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { base: `http://127.0.0.1:${chunk.toString().trim()}`, child };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

function describe(r: Result): string {
  return `  ${r.label.padEnd(34)} ${rate(r).toFixed(1).padStart(9)} ${[r.p50, r.p95, r.p99].map((v) => String(v).padStart(7)).join(' ')} ${String(r.failed).padStart(7)}`;
}

async function measure(access: string, token: string, checks: Check[], seconds: number, connections: number): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const decisions: Load = { url: `${access}/v1/decisions`, method: 'POST', headers, bodies: checks.map((c) => c.body), connections, seconds };
  log(`checks in rotation: ${checks.map((c) => `${c.label} (${c.expected})`).join(', ')}`);
  log(`${seconds} s per scenario, ${connections} connections, after 2 s of warm-up each`);
  await load('warm-up', { ...decisions, seconds: 2 });
  const open = await load('decisions, closed loop', decisions);
  const fixed = await load(`decisions at ${TARGET_RATE} req/s`, { ...decisions, overallRate: TARGET_RATE });
  // Alike decisions within a second share one audit entry; with a purpose of its own, each check writes its own.
  const distinct: Load = { ...decisions, bodies: distinctBodies(checks, DISTINCT_BODIES) };
  const distinctOpen = await load('distinct checks, closed loop', distinct);
  const distinctFixed = await load(`distinct checks at ${TARGET_RATE} req/s`, { ...distinct, overallRate: TARGET_RATE });
  // The same service answering its cheapest route: what the framework costs before any decision is made.
  const live = await load('access GET /health/live', { url: `${access}/health/live`, method: 'GET', headers: {}, connections, seconds });

  const bare = await startBareServer();
  let hello: Result;
  let helloFixed: Result;
  try {
    const bareLoad: Load = { url: `${bare.base}/`, method: 'POST', headers: { 'content-type': 'application/json' }, bodies: decisions.bodies, connections, seconds };
    await load('warm-up', { ...bareLoad, seconds: 2 });
    hello = await load('bare node http, closed loop', bareLoad);
    helloFixed = await load(`bare node http at ${TARGET_RATE} req/s`, { ...bareLoad, overallRate: TARGET_RATE });
  } finally {
    await stopChild(bare.child);
  }

  log(`\n  ${'scenario'.padEnd(34)} ${'req/s'.padStart(9)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'failed'.padStart(7)}`);
  for (const r of [open, fixed, distinctOpen, distinctFixed, live, hello, helloFixed]) log(describe(r));
  const share = rate(open) / rate(hello);
  log(`  throughput of decisions / bare server: ${(share * 100).toFixed(1)} % (distinct checks ${((rate(distinctOpen) / rate(hello)) * 100).toFixed(1)} %, GET /health/live ${((rate(live) / rate(hello)) * 100).toFixed(1)} %)`);

  const reached = rate(fixed) >= TARGET_RATE * 0.95;
  const p99Holds = reached && fixed.p99 <= TARGET_P99_MS && fixed.failed === 0;
  log(
    `  target p99 ≤ ${TARGET_P99_MS} ms at ${TARGET_RATE} req/s: ${p99Holds ? 'holds' : 'MISSED'} (p99 ${fixed.p99} ms at ${rate(fixed).toFixed(1)} req/s` +
      `${reached ? '' : ', the rate was not reached'}${fixed.failed > 0 ? `, ${fixed.failed} requests failed` : ''})`,
  );
  const shareHolds = share >= TARGET_SHARE && open.failed === 0;
  log(`  target throughput ≥ ${TARGET_SHARE * 100} % of the bare server's: ${shareHolds ? 'holds' : 'MISSED'} (${(share * 100).toFixed(1)} %${open.failed > 0 ? `, ${open.failed} requests failed` : ''})`);
}

async function run(url: string): Promise<void> {
  const seconds = flag('seconds', 10);
  const connections = flag('connections', 16);
  const token = randomBytes(24).toString('hex');
  const common = { DATABASE_URL: url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', MESHWORK_DEV_TOKEN: token };
  const catalog = await startServiceProcess('apps/catalog/src/main.ts', common);
  try {
    const access = await startServiceProcess('apps/access/src/main.ts', { ...common, MESHWORK_CATALOG_URL: catalog.base, ACCESS_KEY_SECRET: randomBytes(32).toString('hex') });
    try {
      const checks = await seedDecisions(catalog.base, access.base, token);
      await verifyChecks(access.base, token, checks);
      await measure(access.base, token, checks, seconds, connections);
    } finally {
      await access.stop();
    }
  } finally {
    await catalog.stop();
  }
}

runMain(() => withScratchDatabase(run));
