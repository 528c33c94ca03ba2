/**
 * Soak: the four services as processes on one database under a mixed workload at a fixed rate for a bounded time —
 * search 60 %, access decisions 25 %, observations (batches of 10) 10 %, publishes 5 % (register a new product, then
 * publish it, which the catalog has governance evaluate).
 * Prints throughput, p50/p99 per route, errors (target 0) and each service's resident memory after the warm-up and at
 * the end; growth beyond 10 % is flagged, and the run fails on errors or on growth.
 *   npm run bench:soak [-- --seconds 60 --rate 8 --warmup 10]
 * Uses a scratch database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL; dropped afterwards.
 */
import 'reflect-metadata';
import { runMain } from '../../support/run-main';
import { withScratchDatabase } from '../../support/scratch-database';
import { seedDecisions, verifyChecks } from '../decisions/fixture';
import { flag, log, percentile } from '../support/load';
import { type MeshProcesses, SERVICE_NAMES, type ServiceName, startMesh } from '../support/mesh-processes';
import { createDomain, publish } from '../support/mesh-scenario';

const ROUTES = ['search', 'decision', 'observation', 'publish'] as const;
type Route = (typeof ROUTES)[number];
/** One cycle of 20 requests in the workload's proportions: 12 searches, 5 decisions, 2 observation batches, 1 publish. */
// prettier-ignore
const CYCLE: Route[] = [
  'search', 'decision', 'search', 'search', 'observation', 'search', 'decision', 'search', 'search', 'decision',
  'search', 'publish', 'search', 'decision', 'search', 'search', 'observation', 'search', 'decision', 'search',
];
const MAX_IN_FLIGHT = 64;
const MEMORY_GROWTH_LIMIT = 0.1;
const WORDS = ['orders', 'bench', 'lines', 'customer', 'product', 'order', 'revenue', 'daily'];

interface RouteFigures {
  latencies: number[];
  errors: number;
  samples: string[];
}

type Figures = Record<Route, RouteFigures>;

/** Sends the `n`-th request of the workload on `route`; rejects unless it answers 2xx. */
function requester(mesh: MeshProcesses, checks: { body: string }[], portUrn: string): (route: Route, n: number) => Promise<void> {
  const headers = { authorization: `Bearer ${mesh.token}`, 'content-type': 'application/json' };
  const expectOk = async (res: Response, what: string) => {
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${text.slice(0, 300)}`);
    return res;
  };
  let published = 0;
  return async (route, n) => {
    switch (route) {
      case 'search':
        await expectOk(await fetch(`${mesh.url('catalog')}/v1/search?q=${WORDS[n % WORDS.length]}&limit=20`, { headers }), 'GET /v1/search');
        return;
      case 'decision':
        await expectOk(await fetch(`${mesh.url('access')}/v1/decisions`, { method: 'POST', headers, body: checks[n % checks.length].body }), 'POST /v1/decisions');
        return;
      case 'observation': {
        const at = new Date().toISOString();
        const observations = Array.from({ length: 10 }, (_, i) => ({ portUrn, id: `soak-${n}-${i}`, kind: 'refresh', at, rowCount: 1000 + i }));
        await expectOk(await fetch(`${mesh.url('sla')}/v1/observations`, { method: 'POST', headers, body: JSON.stringify({ observations }) }), 'POST /v1/observations');
        return;
      }
      case 'publish': {
        const answer = await publish(mesh.url('catalog'), mesh.token, `soak-${published++}`);
        if (answer.status >= 300) throw new Error(`publish: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
        return;
      }
    }
  };
}

/** Keeps the first few distinct error messages of a route, for the report. */
function note(figure: RouteFigures, message: string): void {
  if (figure.samples.length < 3 && !figure.samples.includes(message)) figure.samples.push(message);
}

/** Sends the workload open-loop at `rate` requests per second for `seconds`; a request that would exceed MAX_IN_FLIGHT counts as an error. */
async function drive(send: (route: Route, n: number) => Promise<void>, rate: number, seconds: number, offset: number): Promise<Figures> {
  const figures = Object.fromEntries(ROUTES.map((r) => [r, { latencies: [], errors: 0, samples: [] }])) as unknown as Figures;
  const pending = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const route = CYCLE[(offset + i) % CYCLE.length];
    const figure = figures[route];
    if (pending.size >= MAX_IN_FLIGHT) {
      figure.errors++;
      note(figure, `not sent: ${MAX_IN_FLIGHT} requests already in flight`);
      continue;
    }
    const t0 = performance.now();
    const request = send(route, offset + i).then(
      () => void figure.latencies.push(performance.now() - t0),
      (error: unknown) => {
        figure.errors++;
        note(figure, error instanceof Error ? error.message : String(error));
      },
    );
    pending.add(request);
    void request.finally(() => pending.delete(request));
  }
  await Promise.all(pending);
  return figures;
}

function rss(mesh: MeshProcesses): Record<ServiceName, number> {
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, mesh.services[name].rssKb()])) as Record<ServiceName, number>;
}

async function run(url: string): Promise<boolean> {
  const seconds = flag('seconds', 60);
  const rate = flag('rate', 8);
  const warmup = flag('warmup', 10);
  log(`soak: ${rate} req/s for ${seconds} s after a ${warmup} s warm-up (search 60 %, decisions 25 %, observations 10 %, publishes 5 %)`);
  const mesh = await startMesh(url, { env: { sla: { SLA_PROBER: 'off' } } });
  try {
    const checks = await seedDecisions(mesh.url('catalog'), mesh.url('access'), mesh.token);
    await verifyChecks(mesh.url('access'), mesh.token, checks);
    // Publishes go to a domain whose products meet the starter policies (the decisions' bench product does not).
    await createDomain({ access: mesh.url('access'), catalog: mesh.url('catalog') }, mesh.token);
    const portUrn = 'urn:meshwork:bench:product-1:orders:v1';
    const send = requester(mesh, checks, portUrn);
    const warm = await drive(send, rate, warmup, 0);
    const before = rss(mesh);
    const t0 = performance.now();
    const figures = await drive(send, rate, seconds, Math.round(rate * warmup));
    const elapsed = (performance.now() - t0) / 1000;
    const after = rss(mesh);

    log('');
    log('| route | requests | per s | p50 ms | p99 ms | errors |');
    log('|---|---:|---:|---:|---:|---:|');
    let requests = 0;
    let errors = ROUTES.reduce((sum, r) => sum + warm[r].errors, 0);
    for (const route of ROUTES) {
      const f = figures[route];
      const sorted = f.latencies.sort((a, b) => a - b);
      requests += sorted.length + f.errors;
      errors += f.errors;
      log(`| ${route} | ${sorted.length + f.errors} | ${(sorted.length / elapsed).toFixed(1)} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${f.errors} |`);
      for (const sample of [...warm[route].samples, ...f.samples]) log(`  error (${route}): ${sample}`);
    }
    log(`  throughput: ${(requests / elapsed).toFixed(1)} req/s over ${elapsed.toFixed(1)} s (target ${rate}); errors: ${errors} (warm-up included)`);
    log('');
    log('| service | RSS after warm-up MiB | RSS at end MiB | growth |');
    log('|---|---:|---:|---:|');
    let grown = false;
    for (const name of SERVICE_NAMES) {
      const growth = (after[name] - before[name]) / before[name];
      const flagged = growth > MEMORY_GROWTH_LIMIT;
      grown ||= flagged;
      log(`| ${name} | ${(before[name] / 1024).toFixed(1)} | ${(after[name] / 1024).toFixed(1)} | ${(growth * 100).toFixed(1)} %${flagged ? ' FLAGGED (> 10 %)' : ''} |`);
    }
    log(`soak: ${errors === 0 && !grown ? 'OK' : 'FAILED'} (errors ${errors}, memory growth beyond 10 %: ${grown ? 'yes' : 'no'})`);
    return errors === 0 && !grown;
  } finally {
    await mesh.stop();
  }
}

runMain(async () => ((await withScratchDatabase(run)) ? 0 : 1));
