/**
 * OpenAPI-driven fuzz of the four services: requests generated with fast-check from each committed OpenAPI document
 * (libs/sdk/openapi) — wrong types, missing and extra fields, huge and deep bodies, unicode, invalid URNs, path
 * traversal, SQL and CEL injection, bad JSON and YAML, wrong content types, bad query parameters — with and without
 * valid tokens, against the services running as in production on a scratch database. Fails on any 5xx, hang,
 * undocumented status, error that is not problem+json, or answer that breaks its documented schema.
 *   npm run fuzz
 *   FUZZ_SEED=<n>           the seed (default fixed; printed)
 *   FUZZ_RANDOM=1           also a pass with a random seed (printed, so that FUZZ_SEED reproduces it) of
 *                           FUZZ_RANDOM_REQUESTS requests (5000 by default)
 *   FUZZ_REQUESTS=20000     requests per pass; FUZZ_CONCURRENCY=8; FUZZ_TIMEOUT_MS=15000
 * Uses DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a temporary directory.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { TestIdentityProvider } from '@meshwork/testing';
import { type Answer, check, OperationIndex } from './check';
import { FuzzMesh, SERVICES, type ServiceName } from './mesh';
import { loadDocuments, ResponseSchemas, type ServiceDocument } from './openapi';
import { type Auth, describeBody, type FuzzRequest, type KnownValues, materialize, requestArb } from './requests';
import type { Samples } from './values';

const root = resolve(__dirname, '..', '..');

/** tools/support (scratch database, main runner) is shared by the tools outside nx projects, so it is loaded by path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runMain } = require(join(root, 'tools', 'support', 'run-main.ts')) as typeof import('../support/run-main');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withScratchDatabase } = require(join(root, 'tools', 'support', 'scratch-database.ts')) as typeof import('../support/scratch-database');
const DEMO = join(root, 'tools', 'dev', 'demo');
const DEFAULT_SEED = 20_261_126;
const BATCH = 500;
/** Requests per service kept to name the suspects of a crash. */
const RECENT = 24;
const BODY_LIMIT = 1024 * 1024;
const OWNER_TEAM = 'crm-data-team';

function setting(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer (got "${value}")`);
  return n;
}

interface Failure {
  request: FuzzRequest;
  index: number;
  seed: number;
  reasons: string[];
  answer?: Answer;
  /** The service's log line of a 5xx. */
  log?: string;
}

interface Tally {
  byService: Record<ServiceName, Record<string, number>>;
  failures: Failure[];
  sent: number;
  /** Requests sent a second time after a connection error. */
  resent: number;
  /** Milliseconds of each answer, and their sum per operation. */
  latencies: number[];
  byOperation: Map<string, { count: number; ms: number }>;
}

function newTally(): Tally {
  return { byService: Object.fromEntries(SERVICES.map((s) => [s, {}])) as Tally['byService'], failures: [], sent: 0, resent: 0, latencies: [], byOperation: new Map() };
}

function timed(tally: Tally, request: FuzzRequest, ms: number): void {
  tally.latencies.push(ms);
  const key = `${request.service} ${request.operation}`;
  const entry = tally.byOperation.get(key) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += ms;
  tally.byOperation.set(key, entry);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function samples(): Samples {
  const documents = readdirSync(DEMO)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => parseYaml(readFileSync(join(DEMO, file), 'utf8')) as Record<string, unknown>);
  return { documents: [...documents, envelope()] };
}

function envelope(): Record<string, unknown> {
  const product = parseYaml(readFileSync(join(DEMO, 'crm-customers.odps.yaml'), 'utf8')) as Record<string, unknown>;
  const contract = parseYaml(readFileSync(join(DEMO, 'customers.odcs.yaml'), 'utf8')) as Record<string, unknown>;
  return { product, contracts: [contract] };
}

class Fuzzer {
  private readonly schemas: ResponseSchemas;
  private readonly index: Record<ServiceName, OperationIndex>;
  /** The last requests sent to each service, printed if it dies. */
  private readonly recent = Object.fromEntries(SERVICES.map((s) => [s, []])) as unknown as Record<ServiceName, { index: number; request: FuzzRequest }[]>;
  private readonly arbitrary: fc.Arbitrary<FuzzRequest>;

  constructor(
    documents: ServiceDocument[],
    private readonly mesh: FuzzMesh,
    private readonly tokens: Record<Auth, string | undefined>,
    known: KnownValues,
    private readonly timeoutMs: number,
  ) {
    this.schemas = new ResponseSchemas(documents);
    this.index = Object.fromEntries(documents.map(({ service, operations }) => [service, new OperationIndex(operations)])) as Record<ServiceName, OperationIndex>;
    const documentSamples = samples();
    const all = documents.flatMap(({ document, operations }) => operations.map((op) => requestArb(op, document, documentSamples, known, BODY_LIMIT)));
    this.arbitrary = fc.oneof(...all);
  }

  async pass(seed: number, count: number, concurrency: number, tally: Tally): Promise<void> {
    for (let start = 0; start < count; start += BATCH) {
      const requests = fc.sample(this.arbitrary, { seed: seed + start / BATCH, numRuns: Math.min(BATCH, count - start) });
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const i = next++;
          await this.one(requests[i], start + i, seed, tally);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const crashed = this.mesh.exited();
      if (crashed.length > 0) {
        const suspects = crashed.flatMap((s) => this.recent[s.name].map(({ index: i, request: r }) => `  #${i} (FUZZ_SEED=${seed}) ${r.method} ${r.url.slice(0, 300)} auth=${r.auth} body ${describeBody(r.body)}`));
        throw new Error(`${crashed.map((s) => s.name).join(', ')} exited during the fuzz; its last requests:\n${suspects.join('\n')}\n${crashed.map((s) => s.output()).join('\n')}`);
      }
      process.stdout.write(`  ${Math.min(start + BATCH, count)}/${count} requests, ${tally.failures.length} failures\n`);
    }
  }

  private async one(request: FuzzRequest, index: number, seed: number, tally: Tally): Promise<void> {
    const base = this.mesh.services[request.service].base;
    // fetch resolves dot segments and a raw `?` or `/` in a parameter moves the path: judge by the operation that serves what is sent.
    const op = this.index[request.service].find(request.method, new URL(`${base}${request.url}`).pathname);
    const headers: Record<string, string> = { ...request.headers };
    const token = this.tokens[request.auth];
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (request.body) headers['content-type'] = request.body.contentType;
    tally.sent++;
    const recent = this.recent[request.service];
    recent.push({ index, request });
    if (recent.length > RECENT) recent.shift();
    const url = `${base}${request.url}`;
    const body = request.body ? materialize(request.body.payload) : undefined;
    const exchange = async (): Promise<Answer> => {
      const res = await fetch(url, { method: request.method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
      return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    let answer: Answer;
    const begun = performance.now();
    try {
      answer = await exchange().catch(async (error: unknown) => {
        if (isTimeout(error)) throw error;
        // A kept-alive connection closed as it was reused is the client's race, not the service's: sent once more.
        tally.resent++;
        return exchange();
      });
    } catch (error) {
      const reason = isTimeout(error) ? `no answer within ${this.timeoutMs} ms (hang)` : `request failed twice: ${describeError(error)}`;
      count(tally, request.service, 'no answer');
      tally.failures.push({ request, index, seed, reasons: [reason] });
      return;
    }
    timed(tally, request, performance.now() - begun);
    count(tally, request.service, `${Math.floor(answer.status / 100)}xx`);
    const reasons = check(op, answer, this.schemas);
    if (reasons.length === 0) return;
    const log = answer.status >= 500 ? this.logOf(request.service, answer.text) : undefined;
    tally.failures.push({ request, index, seed, reasons, answer: { ...answer, text: answer.text.slice(0, 2_000) }, log });
  }

  /** The service's log line of a 5xx, found by the correlation id of its problem document. */
  private logOf(service: ServiceName, text: string): string | undefined {
    const id = /"correlationId":"([^"]+)"/.exec(text)?.[1];
    if (!id) return undefined;
    return this.mesh.services[service]
      .output()
      .split('\n')
      .find((line) => line.includes(id));
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${(error.cause as Error & { code?: string }).code ?? ''} ${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

function count(tally: Tally, service: ServiceName, key: string): void {
  tally.byService[service][key] = (tally.byService[service][key] ?? 0) + 1;
}

/** What the fuzz names in path parameters besides generated values: what the seed created. */
async function seedMesh(mesh: FuzzMesh, token: string): Promise<KnownValues> {
  const call = async (service: ServiceName, method: string, path: string, body: unknown, contentType = 'application/json') => {
    const res = await fetch(`${mesh.services[service].base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`seed ${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  await call('catalog', 'POST', '/v1/domains', { name: 'crm', title: 'Customer Relationship Management', ownerTeamId: OWNER_TEAM });
  await call('catalog', 'PUT', '/v1/products/crm/customers', envelope());
  const team = await call('access', 'POST', '/v1/teams', { name: OWNER_TEAM, displayName: 'CRM data team' }).catch(() => undefined);
  const contract = envelope().contracts as Record<string, unknown>[];
  return {
    byName: {
      domain: ['crm'],
      name: ['customers', 'crm', OWNER_TEAM],
      contractId: [String(contract[0].id)],
      version: ['1.0.0', '1.0', 'latest'],
      urn: ['urn:meshwork:crm:customers', 'urn:meshwork:crm:customers:customers:v1'],
      id: [typeof team?.id === 'string' ? team.id : '00000000-0000-4000-8000-000000000000'],
    },
  };
}

function report(label: string, seed: number, count: number, tally: Tally, seconds: number): void {
  process.stdout.write(`\n${label}: seed ${seed}, ${tally.sent} requests in ${seconds.toFixed(1)} s (${(tally.sent / seconds).toFixed(0)} req/s)\n`);
  for (const service of SERVICES) {
    const classes = tally.byService[service];
    const total = Object.values(classes).reduce((a, b) => a + b, 0);
    process.stdout.write(`  ${service.padEnd(11)} ${String(total).padStart(6)}  ${Object.entries(classes).sort().map(([k, v]) => `${k} ${v}`).join('  ')}\n`);
  }
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  process.stdout.write(`  latency ms: p50 ${percentile(sorted, 50).toFixed(0)}  p95 ${percentile(sorted, 95).toFixed(0)}  p99 ${percentile(sorted, 99).toFixed(0)}  max ${percentile(sorted, 100).toFixed(0)}\n`);
  const costly = [...tally.byOperation.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 5);
  process.stdout.write(`  most time: ${costly.map(([op, { count: n, ms }]) => `${op} ${(ms / 1000).toFixed(1)} s/${n}`).join(', ')}\n`);
  if (tally.resent > 0) process.stdout.write(`  sent again after a connection error: ${tally.resent}\n`);
  process.stdout.write(`  failures: ${tally.failures.length}${count === tally.sent ? '' : ` (${count} planned)`}\n`);
  const shown = new Set<string>();
  for (const failure of tally.failures) {
    const key = `${failure.request.service} ${failure.request.operation} ${failure.reasons[0].slice(0, 60)}`;
    if (shown.has(key)) continue;
    shown.add(key);
    const { request } = failure;
    process.stdout.write(
      `\n  ✗ #${failure.index} (FUZZ_SEED=${failure.seed}) ${request.service} ${request.operation}: ${failure.reasons.join(' | ')}\n` +
        `    ${request.method} ${request.url.length > 400 ? `${request.url.slice(0, 400)}… (${request.url.length} chars)` : request.url}  auth=${request.auth}  headers=${JSON.stringify(request.headers)}\n    body ${describeBody(request.body)}\n` +
          (failure.log ? `    log ${failure.log.slice(0, 1_000)}\n` : ''),
    );
  }
}

function writeFailures(failures: Failure[]): void {
  if (failures.length === 0) return;
  const dir = join(root, '.ci', 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fuzz-failures.json');
  writeFileSync(file, JSON.stringify(failures.map((f) => ({ ...f, request: { ...f.request, body: f.request.body && { contentType: f.request.body.contentType, text: materialize(f.request.body.payload).slice(0, 100_000) } } })), null, 2));
  process.stdout.write(`\nevery failing request, with its body: ${file}\n`);
}

async function main(databaseUrl: string): Promise<number> {
  const count = setting('FUZZ_REQUESTS', 20_000);
  const concurrency = setting('FUZZ_CONCURRENCY', 8);
  const timeoutMs = setting('FUZZ_TIMEOUT_MS', 15_000);
  const seed = setting('FUZZ_SEED', DEFAULT_SEED);
  const passes: [string, number, number][] = [['fixed seed', seed, count]];
  if (process.env.FUZZ_RANDOM === '1') passes.push(['random seed', randomInt(2 ** 31 - 1), setting('FUZZ_RANDOM_REQUESTS', 5_000)]);

  const idp = await TestIdentityProvider.start();
  const devToken = randomBytes(24).toString('hex');
  const started = Date.now();
  const mesh = await FuzzMesh.start({ databaseUrl, devToken, jwksUrl: idp.jwksUrl });
  process.stdout.write(`four services ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  try {
    const known = await seedMesh(mesh, devToken);
    const tokens: Record<Auth, string | undefined> = {
      admin: devToken,
      owner: await idp.mint({ sub: 'fuzz-owner', teams: [{ team: OWNER_TEAM, role: 'domain-owner' }] }),
      consumer: await idp.mint({ sub: 'fuzz-consumer' }),
      none: undefined,
      garbage: 'not.a.token',
      foreign: await idp.mintForeign({ sub: 'fuzz-intruder', roles: ['platform-admin'] }),
    };
    const fuzzer = new Fuzzer(loadDocuments(SERVICES), mesh, tokens, known, timeoutMs);
    const failures: Failure[] = [];
    for (const [label, passSeed, passCount] of passes) {
      process.stdout.write(`\n${label}: FUZZ_SEED=${passSeed}, ${passCount} requests, ${concurrency} at a time\n`);
      const tally = newTally();
      const begun = Date.now();
      await fuzzer.pass(passSeed, passCount, concurrency, tally);
      report(label, passSeed, passCount, tally, (Date.now() - begun) / 1000);
      failures.push(...tally.failures);
    }
    writeFailures(failures);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await mesh.stop();
    await idp.stop();
  }
}

runMain(() => withScratchDatabase(main));
