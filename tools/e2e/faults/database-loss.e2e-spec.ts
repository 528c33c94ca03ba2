/**
 * Database loss and return: the four services run as processes against a PostgreSQL of the test's own, which the
 * test stops. Every service answers 503 problem+json at once (never a 500, never a hang), readiness goes red and
 * liveness stays green; when PostgreSQL is back, the same processes serve again and their background loops (the SLA
 * service's catalog feed consumer and evaluator, the event feeds' LISTEN connection) resume.
 *   npm run e2e:faults
 */
// The service processes and the own PostgreSQL are shared with the soak benchmark, in tools/bench (not an nx project).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type Answer, call, type MeshProcesses, SERVICE_NAMES, type ServiceName, startMesh } from '../../bench/support/mesh-processes';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { eventually as poll } from '../../support/eventually';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { OwnPostgres } from '../../bench/support/own-postgres';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createDomain, expectStatus, portUrn, publish } from '../../bench/support/mesh-scenario';

/** A request that has not answered by then hangs: the database bounds are 5 s for a connection. */
const HANG_MS = 15_000;
const LOOP_MS = '250';
const HOUR_MS = 3_600_000;

/** A read and a write of each service, as a client would send them while the database is away. */
const READS: Record<ServiceName, string> = { catalog: '/v1/products', governance: '/v1/policies', access: '/v1/principals', sla: '/v1/slos' };

function problemOf(answer: Answer): { status: number; type: string | null; code: unknown; retryAfter: string | null } {
  return { status: answer.status, type: answer.headers.get('content-type'), code: answer.body.code, retryAfter: answer.headers.get('retry-after') };
}

/** Polls for up to 60 s; a read that fails while the database is away counts as not yet. */
function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  return poll(what, check, 60_000, { retryErrors: true });
}

describe('database loss and return', () => {
  let pg: OwnPostgres;
  let mesh: MeshProcesses;
  const pids: Partial<Record<ServiceName, number>> = {};

  beforeAll(async () => {
    pg = await OwnPostgres.start();
    mesh = await startMesh(pg.url, {
      env: {
        sla: { SLA_EVALUATOR_INTERVAL_MS: LOOP_MS, SLA_DISPATCHER_INTERVAL_MS: LOOP_MS, SLA_CATALOG_FEED_IDLE_MS: LOOP_MS, SLA_CATALOG_FEED_BACKOFF_MS: LOOP_MS, SLA_PROBER: 'off' },
      },
    });
    for (const name of SERVICE_NAMES) pids[name] = mesh.services[name].pid;
    await createDomain({ access: mesh.url('access'), catalog: mesh.url('catalog') }, mesh.token);
    expectStatus(await publish(mesh.url('catalog'), mesh.token, 'before-loss'), 200, 'publish before the loss');
  }, 300_000);

  afterAll(async () => {
    await mesh?.stop();
    await pg?.dispose();
  }, 60_000);

  it('answers 503 problem+json with Retry-After at once while PostgreSQL is stopped; readiness red, liveness green', async () => {
    await pg.halt();
    for (const name of SERVICE_NAMES) {
      const base = mesh.url(name);
      const read = await call(base, 'GET', READS[name], { token: mesh.token, timeoutMs: HANG_MS });
      expect([name, problemOf(read)]).toEqual([name, { status: 503, type: expect.stringContaining('application/problem+json'), code: 'UNAVAILABLE', retryAfter: '5' }]);
      const ready = await call(base, 'GET', '/health/ready', { timeoutMs: HANG_MS });
      expect([name, problemOf(ready)]).toEqual([name, { status: 503, type: expect.stringContaining('application/problem+json'), code: 'UNAVAILABLE', retryAfter: '5' }]);
      const live = await call(base, 'GET', '/health/live', { timeoutMs: HANG_MS });
      expect([name, live.status]).toEqual([name, 200]);
    }
    // Writes, with and without an Idempotency-Key (whose store is in the same database).
    const observation = { observations: [{ portUrn: portUrn('before-loss'), id: 'during-loss', kind: 'refresh', at: new Date().toISOString() }] };
    const writes: [string, Answer][] = [
      ['catalog publish', await call(mesh.url('catalog'), 'PUT', '/v1/products/crm/during-loss', { token: mesh.token, body: { product: {}, contracts: [] }, timeoutMs: HANG_MS })],
      ['sla observation', await call(mesh.url('sla'), 'POST', '/v1/observations', { token: mesh.token, body: observation, timeoutMs: HANG_MS })],
      ['sla observation with a key', await call(mesh.url('sla'), 'POST', '/v1/observations', { token: mesh.token, body: observation, headers: { 'idempotency-key': 'during-loss' }, timeoutMs: HANG_MS })],
      ['access team', await call(mesh.url('access'), 'POST', '/v1/teams', { token: mesh.token, body: { name: 'during-loss', displayName: 'x' }, timeoutMs: HANG_MS })],
    ];
    for (const [what, answer] of writes) expect([what, problemOf(answer)]).toEqual([what, expect.objectContaining({ status: 503, code: 'UNAVAILABLE' })]);
    for (const name of SERVICE_NAMES) expect([name, mesh.services[name].pid]).toEqual([name, pids[name]]);
  });

  it('serves again from the same processes once PostgreSQL is back, without a restart', async () => {
    await pg.resume();
    for (const name of SERVICE_NAMES) {
      await eventually(`${name} ready again`, async () => ((await call(mesh.url(name), 'GET', '/health/ready')).status === 200 ? true : undefined));
      expect([name, (await call(mesh.url(name), 'GET', READS[name], { token: mesh.token })).status]).toEqual([name, 200]);
      expect([name, mesh.services[name].pid]).toEqual([name, pids[name]]);
    }
    // The write refused during the loss goes through now, once.
    const observation = { observations: [{ portUrn: portUrn('before-loss'), id: 'during-loss', kind: 'refresh', at: new Date().toISOString() }] };
    const retried = await call(mesh.url('sla'), 'POST', '/v1/observations', { token: mesh.token, body: observation, headers: { 'idempotency-key': 'during-loss' } });
    expect(retried.status).toBe(200);
  });

  it('resumes the background loops: the catalog feed consumer derives SLOs of a product published after the return, and the evaluator opens an incident', async () => {
    expectStatus(await publish(mesh.url('catalog'), mesh.token, 'after-loss'), 200, 'publish after the return');
    const urn = portUrn('after-loss');
    await eventually('the SLOs of the product published after the return', async () => {
      const slos = await call<{ items: { property: string }[] }>(mesh.url('sla'), 'GET', `/v1/ports/${encodeURIComponent(urn)}/slos`, { token: mesh.token });
      return slos.status === 200 && slos.body.items.some((s) => s.property === 'latency') ? true : undefined;
    });
    const late = { observations: [{ portUrn: urn, id: 'after-loss-refresh', kind: 'refresh', at: new Date(Date.now() - 5 * HOUR_MS).toISOString() }] };
    expect((await call(mesh.url('sla'), 'POST', '/v1/observations', { token: mesh.token, body: late })).status).toBe(200);
    await eventually('incident.opened for the late refresh on the SLA feed', async () => {
      const feed = await call<{ items: { type: string; subject: string; data: Record<string, unknown> }[] }>(mesh.url('sla'), 'GET', '/v1/events?limit=1000', { token: mesh.token });
      return feed.body.items.some((e) => e.type === 'io.meshwork.sla.incident.opened.v1' && JSON.stringify(e.data).includes(urn)) ? true : undefined;
    });
  });

  it('answers a long-poll of the event feed, after the return, with the facts committed while it waits', async () => {
    const head = await call<{ next: string }>(mesh.url('catalog'), 'GET', '/v1/events?limit=1000', { token: mesh.token });
    const poll = call<{ items: { type: string; subject: string }[] }>(mesh.url('catalog'), 'GET', `/v1/events?after=${encodeURIComponent(head.body.next)}&wait=30`, { token: mesh.token, timeoutMs: 40_000 });
    expectStatus(await publish(mesh.url('catalog'), mesh.token, 'woken'), 200, 'publish during the long-poll');
    const answer = await poll;
    expect(answer.status).toBe(200);
    expect(answer.body.items.length).toBeGreaterThan(0);
    // Nothing else writes to the catalog meanwhile: what the poll answers is the registration's or the publish's.
    expect(answer.body.items.map((e) => e.type)).toEqual(expect.arrayContaining([expect.stringMatching(/^io\.meshwork\.catalog\.(contract|product)\./)]));
  });
});
