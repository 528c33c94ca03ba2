/**
 * Crash safety: a service is killed (SIGKILL, no shutdown hook) in the middle of a stream of acknowledged writes
 * (observations, publishes, approvals) and started again. A client retries each write that got no answer with the same
 * Idempotency-Key; afterwards every acknowledged write is there once, and the service's event feed, read from the
 * start by an idempotent consumer, holds every committed fact once: no gap against the outbox table, no duplicate id.
 *   npm run e2e:faults
 */
import { createTestDatabase, type FeedItem, readWholeFeed, type TestDatabase } from '@meshwork/testing';
import { Client } from 'pg';
// The service processes and the own PostgreSQL are shared with the soak benchmark, in tools/bench (not an nx project).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type Answer, call, type MeshProcesses, type ServiceName, startMesh } from '../../bench/support/mesh-processes';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createDomain, DOMAIN, expectStatus, portUrn, publish } from '../../bench/support/mesh-scenario';
import { type AccessRequestAnswer, approve, pendingRequestOfTeam, publishOneStep } from './access-scenario';

/** Writes in flight at once, as a pipeline with a few workers sends them. */
const WORKERS = 4;
/** Writes per stream; the service is killed once a third of them are acknowledged. */
const OBSERVATIONS = 60;
const PUBLISHES = 15;
const APPROVALS = 15;
/** A reservation left by a killed process is taken over after MESHWORK_IDEMPOTENCY_LOCK_SECONDS: a retry may wait that long. */
const LOCK = { MESHWORK_IDEMPOTENCY_LOCK_SECONDS: '10' };
const RETRY_MS = 60_000;

interface Outcome {
  acknowledged: boolean;
  status: number | 'no answer';
}

/**
 * Sends `count` writes with WORKERS at a time; once `killAfter` are acknowledged, SIGKILLs `victim` while the others
 * are in flight. A write that got no answer (or a 5xx) is not acknowledged.
 */
async function streamWithCrash(mesh: MeshProcesses, victim: ServiceName, count: number, killAfter: number, write: (i: number) => Promise<Answer>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let acknowledged = 0;
  let kill: Promise<void> | undefined;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const answer = await write(i).catch(() => undefined);
      const ok = answer !== undefined && answer.status < 300;
      outcomes[i] = { acknowledged: ok, status: answer?.status ?? 'no answer' };
      if (ok && ++acknowledged === killAfter) kill = mesh.services[victim].kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  await kill;
  return outcomes;
}

/** Retries a write until it answers below 300 (a 409 in progress from a reservation of the killed process included). */
async function retryUntilDone(what: string, write: () => Promise<Answer>, deadlineMs = 60_000): Promise<Answer> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const answer = await write().catch(() => undefined);
    if (answer && answer.status < 300) return answer;
    if (Date.now() > deadline) throw new Error(`${what}: still ${answer?.status ?? 'no answer'} ${JSON.stringify(answer?.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('crash safety: SIGKILL in the middle of a stream of writes, then a restart', () => {
  let db: TestDatabase;
  let sql: Client;
  let mesh: MeshProcesses;
  const rows = async <T>(text: string, params: unknown[] = []) => (await sql.query(text, params)).rows as T[];

  /** The whole feed of a service, read from the start in small pages as a consumer that keeps events by id. */
  async function consume(service: ServiceName): Promise<{ items: FeedItem[]; unique: Map<string, FeedItem> }> {
    const { items } = await readWholeFeed((path, init) => fetch(`${mesh.url(service)}${path}`, { ...init, headers: { authorization: `Bearer ${mesh.token}` } }), { limit: 7 });
    return { items, unique: new Map(items.map((e) => [e.id, e])) };
  }

  /**
   * The feed holds every row of the outbox once. A reader sees a fact only once no older transaction is open, so the
   * feed is read again until it has caught up with the table (or the deadline passes, and the comparison fails).
   */
  async function expectWholeFeed(service: ServiceName): Promise<FeedItem[]> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { items, unique } = await consume(service);
      expect([service, items.length]).toEqual([service, unique.size]);
      const [{ count }] = await rows<{ count: string }>(`SELECT count(*) FROM "${service}".events`);
      if (items.length === Number(count) || Date.now() > deadline) {
        expect([service, items.length]).toEqual([service, Number(count)]);
        return items;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    mesh = await startMesh(db.url, { env: { catalog: LOCK, governance: LOCK, access: LOCK, sla: { ...LOCK, SLA_PROBER: 'off' } } });
    await createDomain({ access: mesh.url('access'), catalog: mesh.url('catalog') }, mesh.token);
    expectStatus(await publish(mesh.url('catalog'), mesh.token, 'observed'), 200, 'publish the observed product');
    await publishOneStep(mesh.url('catalog'), mesh.token, 'requested');
  }, 300_000);

  afterAll(async () => {
    await mesh?.stop();
    await sql?.end();
    await db?.drop();
  }, 60_000);

  it('keeps every acknowledged observation once when the SLA service is killed mid-stream', async () => {
    const urn = portUrn('observed');
    const observe = (i: number) =>
      call(mesh.url('sla'), 'POST', '/v1/observations', {
        token: mesh.token,
        headers: { 'idempotency-key': `crash-observation-${i}` },
        body: { observations: [{ portUrn: urn, id: `crash-${i}`, kind: 'refresh', at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }] },
      });
    const outcomes = await streamWithCrash(mesh, 'sla', OBSERVATIONS, OBSERVATIONS / 3, observe);
    expect(mesh.services.sla.running).toBe(false);
    const lost = outcomes.flatMap((o, i) => (o.acknowledged ? [] : [i]));
    expect(lost.length).toBeGreaterThan(0);

    await mesh.services.sla.start();
    const acknowledgedBefore = outcomes.flatMap((o, i) => (o.acknowledged ? [`crash-${i}`] : []));
    const stored = new Set((await rows<{ id: string }>('SELECT observation_id AS id FROM sla.observations WHERE port_urn = $1', [urn])).map((r) => r.id));
    expect(acknowledgedBefore.filter((id) => !stored.has(id))).toEqual([]);

    for (const i of lost) await retryUntilDone(`observation ${i}`, () => observe(i));
    const all = await rows<{ id: string; copies: string }>('SELECT observation_id AS id, count(*) AS copies FROM sla.observations WHERE port_urn = $1 GROUP BY 1', [urn]);
    expect(all.filter((r) => r.id.startsWith('crash-')).length).toBe(OBSERVATIONS);
    expect(all.filter((r) => r.copies !== '1')).toEqual([]);
    await expectWholeFeed('sla');
  });

  it('keeps every acknowledged publish once when the catalog is killed mid-stream, each product.published on its feed once', async () => {
    const name = (i: number) => `crashed-${i}`;
    const publishOne = (i: number) => publish(mesh.url('catalog'), mesh.token, name(i), `crash-publish-${i}`);
    const outcomes = await streamWithCrash(mesh, 'catalog', PUBLISHES, PUBLISHES / 3, publishOne);
    expect(mesh.services.catalog.running).toBe(false);
    const lost = outcomes.flatMap((o, i) => (o.acknowledged ? [] : [i]));
    expect(lost.length).toBeGreaterThan(0);

    await mesh.services.catalog.start();
    for (const i of outcomes.flatMap((o, i) => (o.acknowledged ? [i] : []))) {
      const product = await call<{ status: string }>(mesh.url('catalog'), 'GET', `/v1/products/${DOMAIN}/${name(i)}`, { token: mesh.token });
      expect([name(i), product.body.status]).toEqual([name(i), 'published']);
    }
    // A client that got no answer cannot know how far the write went: it reads the product, then registers and publishes what is missing.
    for (const i of lost) {
      await retryUntilDone(`publish ${name(i)}`, async () => {
        const product = await call<{ status: string }>(mesh.url('catalog'), 'GET', `/v1/products/${DOMAIN}/${name(i)}`, { token: mesh.token });
        return product.status === 200 && product.body.status === 'published' ? product : publishOne(i);
      });
    }
    const items = await expectWholeFeed('catalog');
    const published = items.filter((e) => e.type === 'io.meshwork.catalog.product.published.v1').map((e) => e.subject);
    for (let i = 0; i < PUBLISHES; i++) expect([name(i), published.filter((s) => s === `urn:meshwork:${DOMAIN}:${name(i)}`).length]).toEqual([name(i), 1]);
  });

  it('keeps every acknowledged approval as one active grant when access is killed mid-stream, each grant.approved on its feed once', async () => {
    const urn = portUrn('requested');
    const requests: AccessRequestAnswer[] = [];
    for (let i = 0; i < APPROVALS; i++) requests.push(await pendingRequestOfTeam(mesh.url('access'), mesh.token, `crash-consumers-${i}`, urn));
    const answered: (string | null)[] = [];
    const approveOne = async (i: number) => {
      const answer = await approve(mesh.url('access'), mesh.token, requests[i].id, `crash-approval-${i}`);
      if (answer.status < 300) answered[i] = answer.body.grantId;
      return answer;
    };
    const outcomes = await streamWithCrash(mesh, 'access', APPROVALS, APPROVALS / 3, approveOne);
    expect(mesh.services.access.running).toBe(false);
    const lost = outcomes.flatMap((o, i) => (o.acknowledged ? [] : [i]));
    expect(lost.length).toBeGreaterThan(0);

    await mesh.services.access.start();
    // The client retries with the same key. A request whose approval committed but whose answer died with the process
    // is answered 409 ACCESS_REQUEST_DECIDED once the key's reservation is taken over; the request says how it ended.
    for (const i of lost) {
      await retryUntilDone(
        `approval ${i}`,
        async () => {
          const answer = await approveOne(i);
          if (answer.status !== 409 || answer.body.code !== 'ACCESS_REQUEST_DECIDED') return answer;
          return call<AccessRequestAnswer>(mesh.url('access'), 'GET', `/v1/access-requests/${requests[i].id}`, { token: mesh.token });
        },
        RETRY_MS,
      );
    }
    const decided = await Promise.all(requests.map((r) => call<AccessRequestAnswer>(mesh.url('access'), 'GET', `/v1/access-requests/${r.id}`, { token: mesh.token })));
    expect(decided.map((d) => d.body.state)).toEqual(requests.map(() => 'approved'));
    const grantIds = decided.map((d) => d.body.grantId ?? '');
    expect(new Set(grantIds).size).toBe(APPROVALS);
    // Each acknowledged approval named the grant that is now active.
    const acknowledged = outcomes.flatMap((o, i) => (o.acknowledged ? [i] : []));
    expect(acknowledged.map((i) => [i, answered[i]])).toEqual(acknowledged.map((i) => [i, grantIds[i]]));
    const active = await call<{ items: { id: string; active: boolean }[]; total: number }>(mesh.url('access'), 'GET', `/v1/grants?portUrn=${encodeURIComponent(urn)}&active=true&limit=100`, { token: mesh.token });
    expect(active.body.items.map((g) => g.id).sort()).toEqual([...grantIds].sort());
    expect(await rows('SELECT request_id FROM access.grants GROUP BY 1 HAVING count(*) > 1')).toEqual([]);

    const items = await expectWholeFeed('access');
    const approved = items.filter((e) => e.type === 'io.meshwork.access.grant.approved.v1').map((e) => e.subject);
    expect(approved.sort()).toEqual([...grantIds].sort());
  }, 240_000);
});
