import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type AccessHarness, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

describe('access Idempotency-Key (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;
  let db: DataSource;

  const post = (path: string, body: unknown, key?: string) => h.call(path, { method: 'POST', ...jsonBody(body, key === undefined ? {} : { 'idempotency-key': key }) });
  const teamNames = async () => (await json<{ items: Schemas['TeamDto'][] }>(await h.call('/v1/teams?limit=100'))).items.map((t) => t.name);
  const storedKeys = (key: string) => db.query<Array<{ response_status: number | null }>>('SELECT response_status FROM access.idempotency_keys WHERE key = $1', [key]);

  beforeAll(async () => {
    h = await startAccess();
    db = h.app.get(DataSource);
  });

  afterAll(async () => {
    await h.close();
  });

  it('replays a repeated create with the same status, body, ETag and Location, and creates one team', async () => {
    const key = randomUUID();
    const first = await post('/v1/teams', { name: 'crm-data-team', displayName: 'CRM data' }, key);
    expect(first.status).toBe(201);
    const body = await first.text();
    const again = await post('/v1/teams', { name: 'crm-data-team', displayName: 'CRM data' }, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('location')).toBe('/v1/teams/crm-data-team');
    expect(await again.text()).toBe(body);
    expect((await teamNames()).filter((n) => n === 'crm-data-team')).toHaveLength(1);
    expect(await storedKeys(key)).toEqual([{ response_status: 201 }]);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body', async () => {
    const key = randomUUID();
    expect((await post('/v1/teams', { name: 'billing-team', displayName: 'Billing' }, key)).status).toBe(201);
    const other = await post('/v1/teams', { name: 'sales-team', displayName: 'Sales' }, key);
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(await json<Problem>(other)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await teamNames()).not.toContain('sales-team');
  });

  it('runs concurrent duplicates once: the others get the replay or 409 with Retry-After', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post('/v1/teams', { name: 'ops-team', displayName: 'Ops' }, key)));
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
    expect((await teamNames()).filter((n) => n === 'ops-team')).toHaveLength(1);
  });

  it('rejects an empty key with 400 pointing at the header and creates nothing', async () => {
    const res = await post('/v1/teams', { name: 'hr-team', displayName: 'HR' }, '');
    expect(res.status).toBe(400);
    expect(await json<Problem>(res)).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ location: 'header', pointer: '/idempotency-key' }] });
    expect(await teamNames()).not.toContain('hr-team');
  });

  it('behaves as before without the header', async () => {
    expect((await post('/v1/teams', { name: 'plain-team', displayName: 'Plain' })).status).toBe(201);
    const again = await post('/v1/teams', { name: 'plain-team', displayName: 'Plain' });
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('ignores the header on POST /v1/decisions without touching the idempotency table', async () => {
    const check = (principalId: string) => ({ principalId, action: 'read', resource: 'urn:meshwork:crm:customers:customers:v1' });
    const [someone, someoneElse] = [randomUUID(), randomUUID()];
    const plain = await post('/v1/decisions', check(someone));
    expect(plain.status).toBe(200);
    // With the table out of the way, any use of it would answer 500.
    await db.query('ALTER TABLE access.idempotency_keys RENAME TO idempotency_keys_away');
    try {
      const keyed = await post('/v1/decisions', check(someone), 'decision-key');
      const otherBody = await post('/v1/decisions', check(someoneElse), 'decision-key');
      expect(keyed.status).toBe(200);
      expect(otherBody.status).toBe(200);
      expect(await json<Schemas['DecisionResultDto']>(otherBody)).toMatchObject({ decision: 'deny', reasons: [`unknown principal '${someoneElse}'`] });
      expect(otherBody.headers.get('idempotent-replayed')).toBeNull();
    } finally {
      await db.query('ALTER TABLE access.idempotency_keys_away RENAME TO idempotency_keys');
    }
    expect(await storedKeys('decision-key')).toEqual([]);
  });
});
