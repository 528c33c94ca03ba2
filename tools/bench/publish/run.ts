/**
 * Publishes a realistic data product (40 fields across 2 output ports, each with its ODCS contract) to a real
 * catalog over HTTP and prints publishes/s with latency percentiles.
 *   npm run bench:publish [-- --seconds 10 --connections 8]
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in a temporary directory.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { withScratchDatabase } from '../../support/scratch-database';
import { productEnvelope } from './product';
import { runMain } from '../../support/run-main';
import { startServiceProcess } from '@meshwork/testing';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function run(url: string): Promise<void> {
  const seconds = flag('seconds', 10);
  const connections = flag('connections', 8);
  const token = randomBytes(24).toString('hex');
  const catalog = await startServiceProcess('apps/catalog/src/main.ts', { DATABASE_URL: url, LOG_LEVEL: 'warn', MESHWORK_DEV_TOKEN: token });
  const base = catalog.base;
  try {
    await measure(base, token, seconds, connections);
  } finally {
    await catalog.stop();
  }
}

async function measure(base: string, token: string, seconds: number, connections: number): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  await fetch(`${base}/v1/domains`, { method: 'POST', headers, body: JSON.stringify({ name: 'bench', title: 'Bench', ownerTeamId: 'bench-team' }) });

  const body = JSON.stringify(productEnvelope('bench', 0));
  process.stdout.write(`product: ${body.length} bytes of JSON, 40 fields, 2 output ports with contracts\n`);
  let next = 0;
  const fresh = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: 'PUT', headers, setupRequest: (req: object) => ({ ...req, path: `/v1/products/bench/product-${++next}`, body: JSON.stringify(productEnvelope('bench', next)) }) }],
  });
  report('new products (validate, normalise, store product + 2 contracts + ports)', fresh);
  const again = await autocannon({ url: `${base}/v1/products/bench/product-1`, method: 'PUT', headers, body: JSON.stringify(productEnvelope('bench', 1)), connections, duration: seconds });
  report('idempotent re-publish of the same document', again);
}

function report(label: string, result: autocannon.Result): void {
  const ok = result['2xx'];
  const bad = result.non2xx + result.errors;
  process.stdout.write(
    `\n${label}\n  publishes/s: ${(ok / result.duration).toFixed(1)} (${ok} ok, ${bad} failed in ${result.duration.toFixed(1)} s)\n` +
      `  latency ms: p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}\n`,
  );
}

runMain(() => withScratchDatabase(run));
