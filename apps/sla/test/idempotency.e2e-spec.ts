import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { useNotificationEnv } from './notifications-support';
import { type BatchResult, minutesFromNow, type Problem } from './observations-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';

const HOOK = 'http://127.0.0.1:9/hook';

interface Subscription {
  id: string;
  url: string;
  secret: string;
}

describe('sla Idempotency-Key (HTTP, real PostgreSQL)', () => {
  let h: SlaHarness;
  let db: DataSource;
  let restoreEnv: () => void;

  const post = (path: string, body: unknown, key?: string) => h.call(path, { method: 'POST', ...jsonBody(body, key === undefined ? {} : { 'idempotency-key': key }) });
  const subscriptionUrls = async () => (await json<{ items: Subscription[] }>(await h.call('/v1/subscriptions?limit=100'))).items.map((s) => s.url);
  const storedKeys = (key: string) => db.query<Array<{ response_status: number | null }>>('SELECT response_status FROM sla.idempotency_keys WHERE key = $1', [key]);

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    h = await startSla();
    db = h.app.get(DataSource);
  });

  afterAll(async () => {
    await h.close();
    restoreEnv();
  });

  it('replays a repeated create (same id and secret shown once) and creates one subscription', async () => {
    const key = randomUUID();
    const first = await post('/v1/subscriptions', { url: `${HOOK}/once` }, key);
    expect(first.status).toBe(201);
    const created = await json<Subscription>(first);
    const again = await post('/v1/subscriptions', { url: `${HOOK}/once` }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await json<Subscription>(again)).toEqual(created);
    expect((await subscriptionUrls()).filter((u) => u === `${HOOK}/once`)).toHaveLength(1);
    expect(await storedKeys(key)).toEqual([{ response_status: 201 }]);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body', async () => {
    const key = randomUUID();
    expect((await post('/v1/subscriptions', { url: `${HOOK}/first` }, key)).status).toBe(201);
    const other = await post('/v1/subscriptions', { url: `${HOOK}/second` }, key);
    expect(other.status).toBe(422);
    expect(await json<Problem>(other)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await subscriptionUrls()).not.toContain(`${HOOK}/second`);
  });

  it('runs concurrent duplicates once: the others get the replay or 409 with Retry-After', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post('/v1/subscriptions', { url: `${HOOK}/concurrent` }, key)));
    const originals = answers.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null);
    expect(originals).toHaveLength(1);
    for (const other of answers.filter((r) => r !== originals[0])) {
      if (other.status === 201) expect(other.headers.get('idempotent-replayed')).toBe('true');
      else {
        expect(other.status).toBe(409);
        expect(other.headers.get('retry-after')).toBe('1');
        expect(await json<Problem>(other)).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
      }
    }
    expect((await subscriptionUrls()).filter((u) => u === `${HOOK}/concurrent`)).toHaveLength(1);
  });

  it('replays a DELETE as 204 instead of answering 404', async () => {
    const { id } = await json<Subscription>(await post('/v1/subscriptions', { url: `${HOOK}/gone` }));
    const key = randomUUID();
    const remove = () => h.call(`/v1/subscriptions/${id}`, { method: 'DELETE', headers: { 'idempotency-key': key } });
    expect((await remove()).status).toBe(204);
    const again = await remove();
    expect(again.status).toBe(204);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await h.call(`/v1/subscriptions/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('rejects a key of 256 characters with 400 pointing at the header', async () => {
    const res = await post('/v1/subscriptions', { url: `${HOOK}/long` }, 'k'.repeat(256));
    expect(res.status).toBe(400);
    expect(await json<Problem>(res)).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/idempotency-key' }] });
    expect(await subscriptionUrls()).not.toContain(`${HOOK}/long`);
  });

  it('behaves as before without the header: each create is a new subscription', async () => {
    const a = await json<Subscription>(await post('/v1/subscriptions', { url: `${HOOK}/twice` }));
    const b = await json<Subscription>(await post('/v1/subscriptions', { url: `${HOOK}/twice` }));
    expect(a.id).not.toBe(b.id);
    expect((await subscriptionUrls()).filter((u) => u === `${HOOK}/twice`)).toHaveLength(2);
  });

  it('ignores the header on POST /v1/observations, idempotent by observation id, even for a batch of 10,000', async () => {
    const urn = 'urn:meshwork:crm:customers:customers:v1';
    const at = minutesFromNow(-10);
    const batch = (prefix: string, n: number) => ({ observations: Array.from({ length: n }, (_, i) => ({ portUrn: urn, kind: 'check', at, success: true, id: `${prefix}-${i}` })) });
    const first = await post('/v1/observations', batch('a', 10_000), 'observation-key');
    expect(first.status).toBe(200);
    expect(await json<BatchResult>(first)).toEqual({ accepted: 10_000, duplicates: 0 });
    const other = await post('/v1/observations', batch('b', 2), 'observation-key');
    expect(other.status).toBe(200);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await json<BatchResult>(other)).toEqual({ accepted: 2, duplicates: 0 });
    expect(await storedKeys('observation-key')).toEqual([]);
  });
});
