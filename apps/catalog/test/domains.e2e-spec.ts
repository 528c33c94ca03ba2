import { type CatalogHarness, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

describe('catalog domains (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;

  beforeAll(async () => {
    h = await startCatalog();
  });

  afterAll(async () => {
    await h.close();
  });

  it('answers 401 problem+json without a bearer token', async () => {
    const res = await fetch(`${h.baseUrl}/v1/domains`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', instance: '/v1/domains' });
  });

  it('answers 401 for a wrong token', async () => {
    const res = await h.call('/v1/domains', { headers: { authorization: 'Bearer not-the-token' } });
    expect(res.status).toBe(401);
  });

  it('creates a domain with an ETag and a Location', async () => {
    const res = await h.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-team', description: 'Customers' }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(res.headers.get('location')).toBe('/v1/domains/crm');
    expect(await res.json()).toMatchObject({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-team', description: 'Customers' });
  });

  it('refuses a second domain with the same name (409)', async () => {
    const res = await h.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'Again', ownerTeamId: 'crm-team' }) });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'DOMAIN_EXISTS', detail: "Domain 'crm' already exists." });
  });

  it('lists every invalid and unknown field with a JSON pointer', async () => {
    const res = await h.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'Bad Name', title: '', ownerTeamId: 'crm-team', colour: 'blue' }) });
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    const pointers = problem.errors?.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/name', '/title', '/colour']));
    expect(problem.errors?.find((e) => e.pointer === '/colour')?.detail).toContain('should not exist');
  });

  it('answers 400 problem+json for malformed JSON, never 500', async () => {
    const res = await h.call('/v1/domains', { method: 'POST', body: '{"name": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('paginates with limit/offset and a total', async () => {
    for (const name of ['billing', 'marketing', 'sales']) {
      await h.call('/v1/domains', { method: 'POST', ...jsonBody({ name, title: name, ownerTeamId: `${name}-team` }) });
    }
    const res = await h.call('/v1/domains?limit=2&offset=1');
    expect(res.status).toBe(200);
    const page = await json<Schemas['DomainPageDto']>(res);
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.items.map((d) => d.name)).toEqual(['crm', 'marketing']);
  });

  it('rejects a page size above the maximum with a query pointer', async () => {
    const res = await h.call('/v1/domains?limit=5000');
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors?.[0]).toMatchObject({ location: 'query', pointer: '/limit' });
  });

  it('answers 404 for an unknown domain', async () => {
    const res = await h.call('/v1/domains/nowhere');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'DOMAIN_NOT_FOUND' });
  });

  it('updates with If-Match and refuses a stale ETag with 412', async () => {
    const read = await h.call('/v1/domains/crm');
    const etag = read.headers.get('etag') ?? '';
    const ok = await h.call('/v1/domains/crm', { method: 'PATCH', ...jsonBody({ title: 'Customer Relationship Management' }), headers: { 'content-type': 'application/json', 'if-match': etag } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).not.toBe(etag);
    const stale = await h.call('/v1/domains/crm', { method: 'PATCH', ...jsonBody({ title: 'Lost update' }), headers: { 'content-type': 'application/json', 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect((await json<Schemas['DomainDto']>(await h.call('/v1/domains/crm'))).title).toBe('Customer Relationship Management');
  });
});

describe('catalog platform surface', () => {
  let h: CatalogHarness;

  beforeAll(async () => {
    h = await startCatalog();
  });

  afterAll(async () => {
    await h.close();
  });

  it('is live and ready against its database', async () => {
    expect((await fetch(`${h.baseUrl}/health/live`)).status).toBe(200);
    const ready = await fetch(`${h.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });

  it('serves the OpenAPI 3.1 document and Swagger UI without a token', async () => {
    const doc = await json<{ openapi: string; components: { securitySchemes: Record<string, unknown> } }>(await fetch(`${h.baseUrl}/docs/openapi.json`));
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect((await fetch(`${h.baseUrl}/docs`)).status).toBe(200);
  });

  it('answers unknown routes with 404 problem+json', async () => {
    const res = await h.call('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });

  it('echoes a sane x-request-id as the problem correlationId', async () => {
    const res = await fetch(`${h.baseUrl}/v1/domains`, { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect((await json<Problem>(res)).correlationId).toBe('trace-123');
  });
});
