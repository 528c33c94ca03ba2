import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDocument } from '@meshwork/descriptors';
import { IdempotencyStore } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { type CatalogHarness, fixture, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

type Domain = Schemas['DomainDto'];

describe('catalog Idempotency-Key (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  let db: DataSource;

  const createDomainWith = (key: string | undefined, name: string, title = name.toUpperCase()) => {
    const init = jsonBody({ name, title, ownerTeamId: `${name}-team` });
    return h.call('/v1/domains', { ...init, method: 'POST', headers: { ...(init.headers as Record<string, string>), ...(key === undefined ? {} : { 'idempotency-key': key }) } });
  };
  const domainNames = async () => (await json<{ items: Domain[] }>(await h.call('/v1/domains?limit=100'))).items.map((d) => d.name);
  const keyRows = (key: string) => db.query<Array<{ principal_id: string; response_status: number | null }>>('SELECT principal_id, response_status FROM catalog.idempotency_keys WHERE key = $1', [key]);

  beforeAll(async () => {
    h = await startCatalog();
    db = h.app.get(DataSource);
  });

  afterAll(async () => {
    await h.close();
  });

  it('replays the first response of a repeated create, headers included, and creates one domain', async () => {
    const key = randomUUID();
    const first = await createDomainWith(key, 'crm');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const firstBody = await first.text();
    const again = await createDomainWith(key, 'crm');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(firstBody);
    for (const header of ['content-type', 'location', 'etag']) expect(again.headers.get(header)).toBe(first.headers.get(header));
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect((await domainNames()).filter((n) => n === 'crm')).toHaveLength(1);
    expect(await keyRows(key)).toEqual([{ principal_id: expect.any(String) as unknown, response_status: 201 }]);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED when the key comes back with another body', async () => {
    const key = randomUUID();
    expect((await createDomainWith(key, 'billing')).status).toBe(201);
    const other = await createDomainWith(key, 'billing', 'Billing again');
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(await json<Problem>(other)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', errors: [{ location: 'header', pointer: '/idempotency-key' }] });
    expect((await json<Domain>(await h.call('/v1/domains/billing'))).title).toBe('BILLING');
  });

  it('scopes keys to the principal: another caller with the same key runs its own request', async () => {
    const key = randomUUID();
    expect((await createDomainWith(key, 'hr')).status).toBe(201);
    const token = await h.tokenFor({ id: 'someone-else', roles: ['platform-admin'], teamRoles: [] });
    const init = jsonBody({ name: 'finance', title: 'F', ownerTeamId: 'finance-team' });
    const res = await h.call('/v1/domains', { ...init, method: 'POST', headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}`, 'idempotency-key': key } });
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    expect(await keyRows(key)).toHaveLength(2);
  });

  it('runs concurrent duplicates once: the others get the replay or 409 with Retry-After', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => createDomainWith(key, 'logistics')));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const original = answers.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null);
    expect(original).toHaveLength(1);
    for (const busy of answers.filter((r) => r.status === 409)) {
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(await json<Problem>(busy)).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    }
    expect((await domainNames()).filter((n) => n === 'logistics')).toHaveLength(1);
  });

  it('answers 409 while the key is held, and runs the request again once the reservation of a dead request lapses (60 s)', async () => {
    const key = randomUUID();
    expect((await createDomainWith(key, 'leased')).status).toBe(201);
    // As if the first request were still running, then as if its process had died 61 s ago.
    await db.query('UPDATE catalog.idempotency_keys SET response_status = NULL, response_headers = NULL, response_body = NULL, locked_at = now() WHERE key = $1', [key]);
    const busy = await createDomainWith(key, 'leased');
    expect(busy.status).toBe(409);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await json<Problem>(busy)).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    expect((await createDomainWith(key, 'leased', 'Other')).status).toBe(422);
    await db.query("UPDATE catalog.idempotency_keys SET locked_at = now() - interval '61 seconds' WHERE key = $1", [key]);
    await db.query('DELETE FROM catalog.domains WHERE name = $1', ['leased']);
    const rerun = await createDomainWith(key, 'leased');
    expect(rerun.status).toBe(201);
    expect(rerun.headers.get('idempotent-replayed')).toBeNull();
    expect((await createDomainWith(key, 'leased')).headers.get('idempotent-replayed')).toBe('true');
  });

  it('rejects a malformed key with 400 pointing at the header, before anything runs', async () => {
    const res = await createDomainWith('has spaces', 'marketing');
    expect(res.status).toBe(400);
    expect(await json<Problem>(res)).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ location: 'header', pointer: '/idempotency-key' }] });
    expect(await domainNames()).not.toContain('marketing');
    expect((await createDomainWith('k'.repeat(256), 'marketing')).status).toBe(400);
  });

  it('keeps 4xx answers: a repeat of a refused request gets the same refusal', async () => {
    const key = randomUUID();
    const refused = await createDomainWith(key, 'crm');
    expect(refused.status).toBe(409);
    const body = await refused.text();
    const again = await createDomainWith(key, 'crm');
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(await again.text()).toBe(body);
  });

  it('behaves as before without the header', async () => {
    expect((await createDomainWith(undefined, 'sales')).status).toBe(201);
    const twice = await createDomainWith(undefined, 'sales');
    expect(twice.status).toBe(409);
    expect(twice.headers.get('idempotent-replayed')).toBeNull();
  });

  it('ignores the header on an exempt route (contract imports are conversions)', async () => {
    const contract = fixture('customers.odcs.yaml');
    const init = { method: 'POST', body: contract, headers: { 'content-type': 'application/yaml', 'idempotency-key': 'same-key' } };
    const first = await h.call('/v1/contract-imports', init);
    const second = await h.call('/v1/contract-imports', { ...init, body: `${contract}\n# changed` });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(await keyRows('same-key')).toEqual([]);
  });

  it('does not keep a 5xx: the retry with the same key runs again', async () => {
    const envelope = { product: parseDocument(fixture('crm-customers.odps.yaml'), 'yaml'), contracts: [parseDocument(fixture('customers.odcs.yaml'), 'yaml')] };
    expect((await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope) })).status).toBe(201);
    const key = randomUUID();
    const publish = () => h.call('/v1/products/crm/customers/transitions', { method: 'POST', body: JSON.stringify({ to: 'published', reason: 'ready' }), headers: { 'content-type': 'application/json', 'idempotency-key': key } });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    process.env.MESHWORK_GOVERNANCE_URL = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    try {
      expect((await publish()).status).toBe(503);
    } finally {
      delete process.env.MESHWORK_GOVERNANCE_URL;
    }
    expect(await keyRows(key)).toEqual([]);
    const retried = await publish();
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect((await json<Schemas['ProductDto']>(retried)).status).toBe('published');
    const replayed = await publish();
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
  });

  it('removes expired keys in batches, and an expired key runs anew', async () => {
    const key = randomUUID();
    expect((await createDomainWith(key, 'expiring')).status).toBe(201);
    await db.query("UPDATE catalog.idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1", [key]);
    const rerun = await createDomainWith(key, 'expiring');
    expect(rerun.status).toBe(409);
    expect(rerun.headers.get('idempotent-replayed')).toBeNull();
    await db.query("UPDATE catalog.idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1", [key]);
    expect(await h.app.get(IdempotencyStore).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await keyRows(key)).toEqual([]);
  });
});
