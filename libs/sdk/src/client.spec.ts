import { createMeshClient, type MeshClientOptions } from './index';
import { MeshError } from './problem';
import { fakeClock, json, problem, scriptedFetch, untilAborted } from '../test/support/scripted-fetch';

function client(fetchImpl: typeof fetch, options: MeshClientOptions = {}) {
  const clock = options.clock ?? fakeClock();
  return createMeshClient({ urls: { catalog: 'http://catalog.test', access: 'http://access.test', sla: 'http://sla.test' }, fetch: fetchImpl, clock, random: () => 0.5, ...options });
}

describe('createMeshClient operations', () => {
  it('calls the operation path with path and query parameters and resolves to the body', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, { items: [], total: 0, limit: 5, offset: 0 }));
    const mesh = client(fetchImpl, { token: 'secret-token' });
    await expect(mesh.access.listTeamMembers({ params: { path: { name: 'crm-data-team' }, query: { limit: 5 } } })).resolves.toEqual({ items: [], total: 0, limit: 5, offset: 0 });
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe('http://access.test/v1/teams/crm-data-team/members?limit=5');
    expect(requests[0].headers.get('authorization')).toBe('Bearer secret-token');
  });

  it('defaults to the local services and puts them under a gateway with baseUrl', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, { name: 'crm' }));
    await createMeshClient({ fetch: fetchImpl }).access.getTeam({ params: { path: { name: 'crm-data-team' } } });
    await createMeshClient({ fetch: fetchImpl, baseUrl: 'https://mesh.example.com/' }).sla.getSlo({ params: { path: { id: 'a' } } });
    expect(requests.map((r) => r.url)).toEqual(['http://127.0.0.1:3003/v1/teams/crm-data-team', 'https://mesh.example.com/sla/v1/slos/a']);
    expect(() => createMeshClient({ baseUrl: 'https://a', urls: {} })).toThrow('either `urls` or `baseUrl`');
    expect(() => createMeshClient({ token: 'a', apiKey: 'b' })).toThrow('one of `apiKey`, `token` or `tokenProvider`');
  });

  it('asks the token provider for every request', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, { items: [], total: 0, limit: 50, offset: 0 }));
    let n = 0;
    const mesh = client(fetchImpl, { tokenProvider: async () => `token-${++n}` });
    await mesh.catalog.listDomains();
    await mesh.catalog.listDomains();
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('keeps the raw openapi-fetch client, with headers and status, on the same transport', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(404, problem(404, 'DOMAIN_NOT_FOUND', "No domain 'x'.")));
    const mesh = client(fetchImpl, { token: 't' });
    const { error, response } = await mesh.catalog.raw.GET('/v1/domains/{domain}', { params: { path: { domain: 'x' } } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: 'DOMAIN_NOT_FOUND' });
    expect(requests[0].headers.get('authorization')).toBe('Bearer t');
  });
});

describe('MeshError', () => {
  it('carries the parsed problem with its field errors, and says what failed', async () => {
    const body = problem(400, 'VALIDATION_FAILED', 'The request is invalid.', [{ pointer: '/body/ownerTeamId', detail: 'must be a string' }]);
    const { fetchImpl } = scriptedFetch(json(400, body));
    const error = await client(fetchImpl).catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeshError);
    expect(error).toMatchObject({ kind: 'http', status: 400, problem: body, method: 'POST', url: 'http://catalog.test/v1/domains', operation: 'createDomain', attempts: 1, code: 'VALIDATION_FAILED' });
    expect((error as MeshError).fieldErrors).toEqual([{ pointer: '/body/ownerTeamId', detail: 'must be a string' }]);
    expect((error as MeshError).message).toBe(
      'createDomain (POST http://catalog.test/v1/domains) answered 400 VALIDATION_FAILED: The request is invalid. (/body/ownerTeamId: must be a string)',
    );
  });

  it('keeps a body that is not a problem document', async () => {
    const { fetchImpl } = scriptedFetch(new Response('bad gateway', { status: 500, headers: { 'content-type': 'text/plain' } }));
    const error = (await client(fetchImpl).catalog.listDomains().catch((e: unknown) => e)) as MeshError;
    expect(error).toMatchObject({ kind: 'http', status: 500, body: 'bad gateway', attempts: 1 });
    expect(error.problem).toBeUndefined();
  });

  it('tells network errors from timeouts', async () => {
    const refused = scriptedFetch(new TypeError('fetch failed'));
    const network = (await client(refused.fetchImpl, { retries: 0 }).catalog.listDomains().catch((e: unknown) => e)) as MeshError;
    expect(network).toMatchObject({ kind: 'network', method: 'GET', url: 'http://catalog.test/v1/domains', operation: 'listDomains', attempts: 1 });
    expect(network.message).toBe('listDomains (GET http://catalog.test/v1/domains) could not reach the service: fetch failed');

    const hanging = scriptedFetch(untilAborted);
    const timeout = (await client(hanging.fetchImpl, { retries: 0, timeoutMs: 20 }).catalog.listDomains().catch((e: unknown) => e)) as MeshError;
    expect(timeout).toMatchObject({ kind: 'timeout', attempts: 1, operation: 'listDomains' });
    expect(timeout.message).toBe('listDomains (GET http://catalog.test/v1/domains) timed out');
  });

  it('times out a call whose fetch never settles, even one that ignores the abort', async () => {
    const deaf = scriptedFetch(() => new Promise<Response>(() => undefined));
    const error = (await client(deaf.fetchImpl, { retries: 0, timeoutMs: 20 }).catalog.listDomains().catch((e: unknown) => e)) as MeshError;
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1, operation: 'listDomains' });
  });

  it('lets the caller abort a call without retrying it', async () => {
    const controller = new AbortController();
    const hanging = scriptedFetch(untilAborted);
    const call = client(hanging.fetchImpl).catalog.listDomains({ signal: controller.signal });
    controller.abort(new Error('stopped by the caller'));
    await expect(call).rejects.toThrow('stopped by the caller');
    expect(hanging.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a GET on 503 with exponential backoff and jitter, then answers', async () => {
    const clock = fakeClock();
    const { requests, fetchImpl } = scriptedFetch(json(503, problem(503, 'UNAVAILABLE', 'down')), json(502, {}), json(200, { name: 'crm' }));
    const mesh = client(fetchImpl, { clock, retries: 2, backoff: { baseDelayMs: 100 } });
    await expect(mesh.catalog.getDomain({ params: { path: { domain: 'crm' } } })).resolves.toEqual({ name: 'crm' });
    expect(requests).toHaveLength(3);
    // random() = 0.5: half of the ceiling plus a quarter; the ceiling doubles.
    expect(clock.waits).toEqual([75, 150]);
  });

  it('honours Retry-After in seconds and as a date, within the longest wait', async () => {
    const clock = fakeClock(Date.parse('2026-01-01T00:00:00Z'));
    const { fetchImpl } = scriptedFetch(
      json(429, problem(429, 'TOO_MANY_REQUESTS', 'slow down'), { 'retry-after': '3' }),
      json(503, problem(503, 'UNAVAILABLE', 'down'), { 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }),
      json(503, problem(503, 'UNAVAILABLE', 'down'), { 'retry-after': '3600' }),
      json(200, { name: 'crm' }),
    );
    const mesh = client(fetchImpl, { clock, retries: 3, backoff: { maxDelayMs: 30_000 } });
    await mesh.catalog.getDomain({ params: { path: { domain: 'crm' } } });
    expect(clock.waits).toEqual([3000, 7000, 30_000]);
  });

  it('gives up after the retries with the last answer and the number of attempts', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(504, problem(504, 'GATEWAY_TIMEOUT', 'upstream')));
    const error = (await client(fetchImpl, { retries: 2 }).catalog.listDomains().catch((e: unknown) => e)) as MeshError;
    expect(requests).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'http', status: 504, attempts: 3 });
    expect(error.message).toContain('after 3 attempts');
  });

  it('retries network errors and timeouts of safe calls', async () => {
    const { requests, fetchImpl } = scriptedFetch(new TypeError('fetch failed'), json(200, { name: 'crm' }));
    await expect(client(fetchImpl).catalog.getDomain({ params: { path: { domain: 'crm' } } })).resolves.toEqual({ name: 'crm' });
    expect(requests).toHaveLength(2);
  });

  it('never retries other 4xx answers', async () => {
    for (const status of [400, 403, 404, 409, 422]) {
      const { requests, fetchImpl } = scriptedFetch(json(status, problem(status, 'NO', 'no')));
      await expect(client(fetchImpl).catalog.getDomain({ params: { path: { domain: 'crm' } } })).rejects.toMatchObject({ status, attempts: 1 });
      expect(requests).toHaveLength(1);
    }
  });

  it('sends one Idempotency-Key with every POST, the same on each retry, and retries it', async () => {
    const { requests, bodies, fetchImpl } = scriptedFetch(new TypeError('fetch failed'), json(503, {}), json(201, { name: 'crm' }));
    const mesh = client(fetchImpl);
    await mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' } });
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(bodies).toEqual(Array(3).fill(JSON.stringify({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' })));

    await mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' } });
    expect(requests[3].headers.get('idempotency-key')).not.toBe(keys[0]);
  });

  it('comes back after a 409 for a key whose first request is still running, and not after another 409', async () => {
    const clock = fakeClock();
    const busy = scriptedFetch(json(409, problem(409, 'IDEMPOTENCY_KEY_IN_PROGRESS', 'still running'), { 'retry-after': '1' }), json(201, { name: 'crm' }));
    await expect(client(busy.fetchImpl, { clock }).catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 't' } })).resolves.toEqual({ name: 'crm' });
    expect([busy.requests.length, clock.waits]).toEqual([2, [1000]]);

    const conflict = scriptedFetch(json(409, problem(409, 'DOMAIN_EXISTS', 'exists')));
    await expect(client(conflict.fetchImpl).catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 't' } })).rejects.toMatchObject({ status: 409, code: 'DOMAIN_EXISTS', attempts: 1 });
  });

  it("keeps the caller's own Idempotency-Key", async () => {
    const { requests, fetchImpl } = scriptedFetch(json(201, { name: 'crm' }));
    await client(fetchImpl).catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-team' }, headers: { 'Idempotency-Key': 'mine-1' } });
    expect(requests[0].headers.get('idempotency-key')).toBe('mine-1');
  });

  it('adds no Idempotency-Key to GET, PUT or DELETE', async () => {
    const { requests, fetchImpl } = scriptedFetch(json(200, {}));
    const mesh = client(fetchImpl);
    await mesh.catalog.getDomain({ params: { path: { domain: 'crm' } } });
    await mesh.access.putTeamMember({ params: { path: { name: 't', principalId: 'p' } }, body: { role: 'domain-owner' } });
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual([null, null]);
  });
});

describe('API key authentication', () => {
  const issued = (accessToken: string, expiresIn = 900) => json(200, { accessToken, tokenType: 'Bearer', expiresIn });

  it('exchanges the key once for concurrent callers, and again shortly before the token expires', async () => {
    const clock = fakeClock();
    let exchanges = 0;
    const { requests, bodies, fetchImpl } = scriptedFetch((request) => {
      if (request.url === 'http://access.test/v1/auth/token') return issued(`jwt-${++exchanges}`);
      return json(200, { items: [], total: 0, limit: 50, offset: 0 });
    });
    const mesh = client(fetchImpl, { apiKey: 'mwk_key', clock });
    await Promise.all([mesh.catalog.listDomains(), mesh.catalog.listDomains(), mesh.sla.listSlos()]);
    expect(exchanges).toBe(1);
    const tokenRequest = requests.findIndex((r) => r.url === 'http://access.test/v1/auth/token');
    expect(JSON.parse(bodies[tokenRequest])).toEqual({ apiKey: 'mwk_key' });
    expect(requests[tokenRequest].headers.get('authorization')).toBeNull();
    expect(requests.filter((r) => r.url !== 'http://access.test/v1/auth/token').map((r) => r.headers.get('authorization'))).toEqual(Array(3).fill('Bearer jwt-1'));

    // 900 s tokens are renewed 60 s early.
    clock.advance(839_000);
    await mesh.catalog.listDomains();
    expect(exchanges).toBe(1);
    clock.advance(2_000);
    await mesh.catalog.listDomains();
    expect(exchanges).toBe(2);
    expect(requests.at(-1)?.headers.get('authorization')).toBe('Bearer jwt-2');
  });

  it('exchanges the key again after a 401, once, and repeats the call', async () => {
    let exchanges = 0;
    let calls = 0;
    const { fetchImpl } = scriptedFetch((request) => {
      if (request.url.endsWith('/v1/auth/token')) return issued(`jwt-${++exchanges}`);
      calls++;
      return request.headers.get('authorization') === 'Bearer jwt-2' ? json(201, { name: 'crm' }) : json(401, problem(401, 'UNAUTHENTICATED', 'expired'));
    });
    const mesh = client(fetchImpl, { apiKey: 'mwk_key' });
    await expect(mesh.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 't' } })).resolves.toEqual({ name: 'crm' });
    expect([exchanges, calls]).toEqual([2, 2]);

    // A 401 that persists is answered after one renewal.
    const always = scriptedFetch((request) => (request.url.endsWith('/v1/auth/token') ? issued('jwt') : json(401, problem(401, 'UNAUTHENTICATED', 'no'))));
    await expect(client(always.fetchImpl, { apiKey: 'k' }).catalog.listDomains()).rejects.toMatchObject({ status: 401, attempts: 2 });
    expect(always.requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/auth/token', '/v1/domains', '/v1/auth/token', '/v1/domains']);
  });

  it('fails with the exchange problem when the key is refused', async () => {
    const { fetchImpl } = scriptedFetch(json(401, problem(401, 'INVALID_API_KEY', 'The API key is not valid.')));
    await expect(client(fetchImpl, { apiKey: 'bad' }).catalog.listDomains()).rejects.toMatchObject({ kind: 'http', status: 401, operation: 'issueToken', code: 'INVALID_API_KEY' });
  });
});
