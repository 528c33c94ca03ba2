import { fakeClock, json, problem, scriptedFetch } from '../test/support/scripted-fetch';
import { kebabName } from './helpers';
import { AccessRequestClosedError, createMeshClient, MeshError, type MeshClientOptions } from './index';

function client(fetchImpl: typeof fetch, options: MeshClientOptions = {}) {
  return createMeshClient({ urls: { catalog: 'http://catalog.test', access: 'http://access.test', sla: 'http://sla.test' }, fetch: fetchImpl, clock: fakeClock(), random: () => 0.5, token: 't', ...options });
}

const PRODUCT_YAML = `apiVersion: v1.0.0
kind: DataProduct
id: 0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c
name: CRM Customers
version: 1.2.0
status: active
domain: crm
outputPorts:
  - name: customers
    version: 1.2.0
    contractId: 7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10
`;
const CONTRACT = { apiVersion: 'v3.1.0', kind: 'DataContract', id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '1.2.0', status: 'active' };

describe('publish', () => {
  it('sends the YAML product and contract objects as one envelope, then publishes a new product', async () => {
    const { requests, bodies, fetchImpl } = scriptedFetch(json(201, { status: 'draft', outcome: 'created', urn: 'urn:meshwork:crm:customers' }), json(200, { status: 'published', urn: 'urn:meshwork:crm:customers' }));
    const product = await client(fetchImpl).publish(PRODUCT_YAML, [CONTRACT], { name: 'customers' });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['PUT http://catalog.test/v1/products/crm/customers', 'POST http://catalog.test/v1/products/crm/customers/transitions']);
    expect(JSON.parse(bodies[0])).toEqual({ product: expect.objectContaining({ name: 'CRM Customers', version: '1.2.0', outputPorts: [expect.objectContaining({ name: 'customers' })] }), contracts: [CONTRACT] });
    expect(JSON.parse(bodies[1])).toEqual({ to: 'published' });
    expect(product).toEqual({ status: 'published', urn: 'urn:meshwork:crm:customers', outcome: 'created' });
  });

  it('names the product after its document by default, and does not publish twice', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, { status: 'published', outcome: 'updated' }));
    await client(fetchImpl).publish(PRODUCT_YAML);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['PUT /v1/products/crm/crm-customers']);
  });

  it('refuses YAML that is not a mapping or repeats a key, before sending anything', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, {}));
    const mesh = client(fetchImpl);
    await expect(mesh.publish('- a\n- b\n')).rejects.toThrow('The product document must be a mapping (an object), not a list.');
    await expect(mesh.publish('name: a\nname: b\n')).rejects.toThrow('The product document is not valid YAML or JSON: Map keys must be unique');
    await expect(mesh.publish({ name: 'x' })).rejects.toThrow('publish: the product document has no `domain`; pass options.domain.');
    expect(requests).toHaveLength(0);
  });

  it('throws the catalog problem with its pointers', async () => {
    const { fetchImpl } = scriptedFetch(json(422, problem(422, 'INVALID_DOCUMENT', 'The documents break the schemas.', [{ pointer: '/product/version', detail: 'must match semver' }])));
    const error = (await client(fetchImpl).publish(PRODUCT_YAML, [], { name: 'customers' }).catch((e: unknown) => e)) as MeshError;
    expect(error).toBeInstanceOf(MeshError);
    expect(error).toMatchObject({ status: 422, operation: 'registerProduct', fieldErrors: [{ pointer: '/product/version', detail: 'must match semver' }] });
  });

  it.each([
    ['CRM Customers', 'crm-customers'],
    ['  Ünïcode  Orders (v2) ', 'unicode-orders-v2'],
    ['already-kebab', 'already-kebab'],
  ])('derives the name %j as %j', (text, name) => {
    expect(kebabName(text)).toBe(name);
  });
});

describe('resolve and search', () => {
  it('resolves a URN', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, { urn: 'urn:meshwork:crm:customers:customers:v1' }));
    await client(fetchImpl).resolve('urn:meshwork:crm:customers:customers:v1');
    expect(requests[0].url).toBe('http://catalog.test/v1/resolve/urn%3Ameshwork%3Acrm%3Acustomers%3Acustomers%3Av1');
  });

  it('iterates over every page of a search, following the cursor', async () => {
    const pages: Record<string, unknown> = {
      '': { items: [{ urn: 'a' }, { urn: 'b' }], facets: null, nextCursor: 'c1' },
      c1: { items: [{ urn: 'c' }], facets: null, nextCursor: 'c2' },
      c2: { items: [], facets: null, nextCursor: null },
    };
    const { requests, fetchImpl } = scriptedFetch((request) => json(200, pages[new URL(request.url).searchParams.get('cursor') ?? '']));
    const urns: string[] = [];
    for await (const hit of client(fetchImpl).search({ q: 'customers', domain: 'crm', limit: 2 })) urns.push(hit.urn);
    expect(urns).toEqual(['a', 'b', 'c']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual(['?q=customers&domain=crm&limit=2', '?q=customers&domain=crm&limit=2&cursor=c1', '?q=customers&domain=crm&limit=2&cursor=c2']);
  });
});

describe('requestAccess and waitForGrant', () => {
  const request = (state: string, extra: Record<string, unknown> = {}) => ({ id: 'r1', state, portUrn: 'urn:meshwork:crm:customers:customers:v1', ...extra });
  const grant = { id: 'g1', active: true, portUrn: 'urn:meshwork:crm:customers:customers:v1' };

  it('asks for access with the purpose and consumer', async () => {
    const { bodies, requests, fetchImpl } = scriptedFetch(json(201, request('pending')));
    await client(fetchImpl).requestAccess({ portUrn: 'urn:meshwork:crm:customers:customers:v1', purpose: 'churn model', consumer: { team: 'marketing-team' } });
    expect(requests[0].url).toBe('http://access.test/v1/access-requests');
    expect(JSON.parse(bodies[0])).toEqual({ portUrn: 'urn:meshwork:crm:customers:customers:v1', purpose: 'churn model', consumer: { team: 'marketing-team' } });
  });

  it('polls the request with growing waits until it is approved, and returns its grant', async () => {
    const clock = fakeClock();
    const { requests, fetchImpl } = scriptedFetch(json(200, request('pending')), json(200, request('awaiting-second-level')), json(200, request('approved', { grantId: 'g1' })), json(200, grant));
    await expect(client(fetchImpl, { clock }).waitForGrant('r1', { intervalMs: 100 })).resolves.toEqual(grant);
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/access-requests/r1', '/v1/access-requests/r1', '/v1/access-requests/r1', '/v1/grants/g1']);
    expect(clock.waits).toEqual([100, 150]);
  });

  it('fails when the request is rejected', async () => {
    const { fetchImpl } = scriptedFetch(json(200, request('rejected', { decidedBy: 'ada', decisionReason: 'no purpose given' })));
    const error = await client(fetchImpl).waitForGrant('r1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessRequestClosedError);
    expect((error as Error).message).toBe('Access request r1 to urn:meshwork:crm:customers:customers:v1 was rejected: no purpose given (by ada).');
  });

  it('waits for an active grant on a port, and gives up at the deadline', async () => {
    const found = scriptedFetch(json(200, { items: [], total: 0 }), json(200, { items: [grant], total: 1 }));
    await expect(client(found.fetchImpl).waitForGrant('urn:meshwork:crm:customers:customers:v1', { consumer: 'marketing-team' })).resolves.toEqual(grant);
    expect(new URL(found.requests[0].url).search).toBe('?portUrn=urn%3Ameshwork%3Acrm%3Acustomers%3Acustomers%3Av1&active=true&limit=1&consumer=marketing-team');

    const clock = fakeClock();
    const never = scriptedFetch(json(200, { items: [], total: 0 }));
    const error = (await client(never.fetchImpl, { clock }).waitForGrant('urn:meshwork:crm:customers:customers:v1', { timeoutMs: 5000, intervalMs: 1000 }).catch((e: unknown) => e)) as MeshError;
    expect(error).toMatchObject({ kind: 'timeout', operation: 'waitForGrant', attempts: 5, url: 'http://access.test/v1/grants?portUrn=urn%3Ameshwork%3Acrm%3Acustomers%3Acustomers%3Av1&active=true' });
    expect(clock.waits).toEqual([1000, 1500, 2250, 250]);
  });
});

describe('reportObservations', () => {
  const observation = (i: number) => ({ portUrn: 'urn:meshwork:crm:customers:customers:v1', kind: 'refresh' as const, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), id: `run-${i}` });
  const accepting = () =>
    scriptedFetch(async (request) => {
      const { observations } = (await request.clone().json()) as { observations: unknown[] };
      return json(200, { accepted: observations.length, duplicates: 0 });
    });

  it('sends at most 10 000 observations per request, a full batch at once and the rest on flush', async () => {
    const { requests, bodies, fetchImpl } = accepting();
    const reporter = client(fetchImpl).reportObservations({ flushIntervalMs: 0, flushOnExit: false });
    reporter.add(...Array.from({ length: 25_000 }, (_, i) => observation(i)));
    await expect(reporter.flush()).resolves.toEqual({ accepted: expect.any(Number), duplicates: 0 });
    expect(requests.every((r) => r.url === 'http://sla.test/v1/observations' && r.headers.get('idempotency-key'))).toBe(true);
    expect(bodies.map((b) => (JSON.parse(b) as { observations: unknown[] }).observations.length)).toEqual([10_000, 10_000, 5_000]);
    expect(reporter.pending).toBe(0);
  });

  it('sends on the interval, and what is left on close', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const { bodies, fetchImpl } = accepting();
      const reporter = client(fetchImpl).reportObservations({ flushIntervalMs: 1000, batchSize: 100, flushOnExit: false });
      reporter.add(observation(1), observation(2));
      expect(bodies).toHaveLength(0);
      await jest.advanceTimersByTimeAsync(1000);
      expect(bodies).toHaveLength(1);
      reporter.add(observation(3));
      await expect(reporter.close()).resolves.toEqual({ accepted: 1, duplicates: 0 });
      expect(() => reporter.add(observation(4))).toThrow('the reporter is closed');
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps a batch that failed to send for the next flush', async () => {
    const { fetchImpl } = scriptedFetch(json(403, problem(403, 'FORBIDDEN', 'not your port')), json(200, { accepted: 2, duplicates: 0 }));
    const reporter = client(fetchImpl).reportObservations({ flushIntervalMs: 0, flushOnExit: false });
    reporter.add(observation(1), observation(2));
    await expect(reporter.flush()).rejects.toMatchObject({ status: 403, operation: 'reportObservations' });
    expect(reporter.pending).toBe(2);
    await expect(reporter.flush()).resolves.toEqual({ accepted: 2, duplicates: 0 });
  });

  it('flushes when a Node process is about to exit, and unhooks on close', async () => {
    const { bodies, fetchImpl } = accepting();
    const before = process.listenerCount('beforeExit');
    const reporter = client(fetchImpl).reportObservations({ flushIntervalMs: 0 });
    expect(process.listenerCount('beforeExit')).toBe(before + 1);
    reporter.add(observation(1));
    const onExit = process.listeners('beforeExit').at(-1) as () => void;
    onExit();
    await reporter.flush();
    expect(bodies).toHaveLength(1);
    await reporter.close();
    expect(process.listenerCount('beforeExit')).toBe(before);
  });

  it('refuses a batch size above what the service takes', () => {
    const { fetchImpl } = accepting();
    expect(() => client(fetchImpl).reportObservations({ batchSize: 10_001 })).toThrow('batchSize must be an integer from 1 to 10000, got 10001.');
  });
});
