/**
 * Measures the SDK's local enforcement next to POST /v1/decisions in the same run: `can()` in-process (p50/p99 of
 * single calls, and decisions per second in a tight loop) for a rotation of checks (allowed by a grant, denied,
 * allowed as a member of the owning team), then the same checks over HTTP with autocannon, and prints the ratios.
 *   npm run bench:local-decisions [-- --seconds 10 --connections 16 --iterations 1000000]
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a temporary
 * directory; it is dropped afterwards. The catalog and the access service run as processes of their own; the
 * enforcers run in this process, fetch their bundles with the admin's token and send their decisions to the audit log.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createEnforcer, type Enforcer, httpEnforcerSources } from '@meshwork/sdk';
import { startServiceProcess } from '@meshwork/testing';
import { runMain } from '../../support/run-main';
import { withScratchDatabase } from '../../support/scratch-database';
import { type Check, seedDecisions, verifyChecks } from '../decisions/fixture';
import { flag, load, log, percentile, rate, type Result } from '../support/load';

const TARGET_P99_US = 20;

interface LocalCheck {
  label: string;
  enforcer: Enforcer;
  resource: string;
  purpose: string;
  expected: boolean;
}

interface LocalResult {
  calls: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

/** One enforcer per principal of the checks, loaded and with the port's owner team known. */
async function enforcersFor(catalog: string, access: string, token: string, checks: Check[]): Promise<LocalCheck[]> {
  const local: LocalCheck[] = [];
  for (const check of checks) {
    const body = JSON.parse(check.body) as { principalId: string; resource: string; purpose: string };
    const sources = httpEnforcerSources(body.principalId, { accessUrl: access, catalogUrl: catalog, authorization: () => `Bearer ${token}` });
    const enforcer = createEnforcer({ principalId: body.principalId, ...sources, onError: (error) => log(`  enforcer: ${String(error)}`) });
    await enforcer.prepare(body.resource);
    const answer = enforcer.can('read', body.resource, body.purpose);
    if (answer !== (check.expected === 'allow')) throw new Error(`check '${check.label}' was decided locally ${answer ? 'allow' : 'deny'}, expected '${check.expected}'`);
    local.push({ label: check.label, enforcer, resource: body.resource, purpose: body.purpose, expected: answer });
  }
  return local;
}

/** Times every call for the percentiles, then a tight loop without timers for the rate. */
function measureLocal(checks: LocalCheck[], iterations: number): LocalResult {
  const times = new Float64Array(iterations);
  let wrong = 0;
  for (let i = 0; i < iterations; i++) {
    const c = checks[i % checks.length];
    const start = performance.now();
    const answer = c.enforcer.can('read', c.resource, c.purpose);
    times[i] = (performance.now() - start) * 1000;
    if (answer !== c.expected) wrong++;
  }
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const c = checks[i % checks.length];
    if (c.enforcer.can('read', c.resource, c.purpose) !== c.expected) wrong++;
  }
  const seconds = (performance.now() - started) / 1000;
  if (wrong > 0) throw new Error(`${wrong} local decisions differed from the expected answer`);
  const sorted = Array.from(times).sort((a, b) => a - b);
  return { calls: iterations, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), perSecond: iterations / seconds };
}

async function measure(catalog: string, access: string, token: string, checks: Check[], seconds: number, connections: number, iterations: number): Promise<void> {
  log(`checks in rotation: ${checks.map((c) => `${c.label} (${c.expected})`).join(', ')}`);
  const local = await enforcersFor(catalog, access, token, checks);
  try {
    log(`in-process can(): ${iterations} timed calls after ${iterations} of warm-up, then ${iterations} untimed`);
    measureLocal(local, iterations);
    const inProcess = measureLocal(local, iterations);

    log(`POST /v1/decisions: ${seconds} s, ${connections} connections, after 2 s of warm-up`);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const decisions = { url: `${access}/v1/decisions`, method: 'POST' as const, headers, bodies: checks.map((c) => c.body), connections, seconds };
    await load('warm-up', { ...decisions, seconds: 2 });
    const http: Result = await load('POST /v1/decisions', decisions);

    log(`\n  ${'scenario'.padEnd(28)} ${'decisions/s'.padStart(12)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)}`);
    const us = (v: number) => `${v.toFixed(2)} µs`.padStart(10);
    const ms = (v: number) => `${v.toFixed(2)} ms`.padStart(10);
    log(`  ${'in-process can()'.padEnd(28)} ${inProcess.perSecond.toFixed(0).padStart(12)} ${us(inProcess.p50)} ${us(inProcess.p95)} ${us(inProcess.p99)}`);
    log(`  ${'POST /v1/decisions (HTTP)'.padEnd(28)} ${rate(http).toFixed(0).padStart(12)} ${ms(http.p50)} ${ms(http.p95)} ${ms(http.p99)}${http.failed > 0 ? `  (${http.failed} failed)` : ''}`);
    log(`  ratio local / HTTP: ${(inProcess.perSecond / rate(http)).toFixed(0)}× the decisions per second (one core vs ${connections} connections), p50 ${((http.p50 * 1000) / inProcess.p50).toFixed(0)}× and p99 ${((http.p99 * 1000) / inProcess.p99).toFixed(0)}× lower latency`);
    log(`  target p99 ≤ ${TARGET_P99_US} µs in-process: ${inProcess.p99 <= TARGET_P99_US ? 'holds' : 'MISSED'} (p99 ${inProcess.p99.toFixed(2)} µs)`);
  } finally {
    for (const c of local) await c.enforcer.close();
  }
}

async function run(url: string): Promise<void> {
  const seconds = flag('seconds', 10);
  const connections = flag('connections', 16);
  const iterations = flag('iterations', 1_000_000);
  const token = randomBytes(24).toString('hex');
  const common = { DATABASE_URL: url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', MESHWORK_DEV_TOKEN: token };
  const catalog = await startServiceProcess('apps/catalog/src/main.ts', common);
  try {
    const access = await startServiceProcess('apps/access/src/main.ts', { ...common, MESHWORK_CATALOG_URL: catalog.base, ACCESS_KEY_SECRET: randomBytes(32).toString('hex') });
    try {
      const checks = await seedDecisions(catalog.base, access.base, token);
      await verifyChecks(access.base, token, checks);
      await measure(catalog.base, access.base, token, checks, seconds, connections, iterations);
    } finally {
      await access.stop();
    }
  } finally {
    await catalog.stop();
  }
}

runMain(() => withScratchDatabase(run));
