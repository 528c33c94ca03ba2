/**
 * Measures policy evaluation: the starter policies on a realistic product (40 properties, 2 output ports), in
 * process, then over HTTP (POST /v1/evaluations of the governance service, in a process of its own, closed loop).
 *   npm run bench:evaluate [-- --seconds 10 --connections 8]
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL; it is dropped after.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { STARTER_POLICIES } from '@meshwork/policies';
import { startServiceProcess } from '@meshwork/testing';
import { runMain } from '../../support/run-main';
import { withScratchDatabase } from '../../support/scratch-database';
import { flag, load, log, rate } from '../support/load';
import { benchInProcess } from './in-process';
import { benchInput } from './product';

async function overHttp(url: string, seconds: number, connections: number): Promise<void> {
  const token = randomBytes(24).toString('hex');
  const governance = await startServiceProcess('apps/governance/src/main.ts', { DATABASE_URL: url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', MESHWORK_DEV_TOKEN: token });
  try {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const body = JSON.stringify(benchInput());
    const check = await fetch(`${governance.base}/v1/evaluations`, { method: 'POST', headers, body });
    const answer = (await check.json()) as { passed?: boolean; results?: { policyId: string; outcome: string }[] };
    if (!check.ok || answer.passed !== true) throw new Error(`the bench product is not evaluated as passing over HTTP (${check.status}): ${JSON.stringify(answer).slice(0, 500)}`);
    const evaluations: Parameters<typeof load>[1] = { url: `${governance.base}/v1/evaluations`, method: 'POST', headers, bodies: [body], connections, seconds };
    await load('warm-up', { ...evaluations, seconds: 2 });
    const result = await load('over HTTP', evaluations);
    log(`over HTTP: ${rate(result).toFixed(1)} evaluations/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms (${connections} connections, ${result.failed} failed, ${answer.results?.length ?? 0} policies per evaluation)`);
  } finally {
    await governance.stop();
  }
}

async function main(): Promise<void> {
  const seconds = flag('seconds', 5);
  const connections = flag('connections', 8);
  const figures = benchInProcess(seconds);
  log(`in process: ${figures.evaluationsPerSecond} evaluations/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms (${STARTER_POLICIES.length} starter policies per evaluation)`);
  await withScratchDatabase((url) => overHttp(url, seconds, connections));
}

runMain(main);
