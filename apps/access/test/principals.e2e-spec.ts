import { type AccessHarness, createPrincipal, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

describe('access principals (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;

  beforeAll(async () => {
    h = await startAccess();
  });

  afterAll(async () => {
    await h.close();
  });

  it('answers 401 problem+json without a bearer token', async () => {
    const res = await fetch(`${h.baseUrl}/v1/principals`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  let ada: Schemas['PrincipalDto'];

  it('creates a user with an ETag and a Location, and reads it back', async () => {
    const res = await h.call('/v1/principals', {
      method: 'POST',
      ...jsonBody({ kind: 'user', name: 'ada-lovelace', displayName: 'Ada Lovelace', email: 'ada@example.com', globalRoles: ['auditor'] }),
    });
    expect(res.status).toBe(201);
    ada = await json<Schemas['PrincipalDto']>(res);
    expect(ada).toMatchObject({ kind: 'user', name: 'ada-lovelace', displayName: 'Ada Lovelace', email: 'ada@example.com', globalRoles: ['auditor'], disabled: false });
    expect(ada.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(res.headers.get('location')).toBe(`/v1/principals/${ada.id}`);
    const read = await h.call(`/v1/principals/${ada.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(res.headers.get('etag'));
    expect(await read.json()).toEqual(ada);
  });

  it('creates a service account without an e-mail address', async () => {
    const bot = await createPrincipal(h, { kind: 'service-account', name: 'crm-pipeline', displayName: 'CRM pipeline' });
    expect(bot).toMatchObject({ kind: 'service-account', email: null, globalRoles: [], disabled: false });
  });

  it('refuses a second principal with the same name (409)', async () => {
    const res = await h.call('/v1/principals', { method: 'POST', ...jsonBody({ kind: 'user', name: 'ada-lovelace', displayName: 'Another Ada' }) });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'PRINCIPAL_EXISTS', detail: "A principal named 'ada-lovelace' already exists." });
  });

  it('lists every invalid and unknown field with a JSON pointer (400)', async () => {
    const res = await h.call('/v1/principals', {
      method: 'POST',
      ...jsonBody({ kind: 'robot', name: 'Ada Lovelace', displayName: '', email: 'not-an-address', globalRoles: ['consumer'], disabled: 'no', colour: 'blue' }),
    });
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    const pointers = problem.errors?.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/kind', '/name', '/displayName', '/email', '/globalRoles', '/disabled', '/colour']));
  });

  it('refuses an e-mail address on a service account (422, pointer /email)', async () => {
    const res = await h.call('/v1/principals', { method: 'POST', ...jsonBody({ kind: 'service-account', name: 'billing-bot', displayName: 'Billing', email: 'bot@example.com' }) });
    expect(res.status).toBe(422);
    const problem = await json<Problem>(res);
    expect(problem).toMatchObject({ code: 'INVALID_PRINCIPAL' });
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/email']);
  });

  it('answers 404 for an unknown id and 400 with a path pointer for a malformed one', async () => {
    const unknown = await h.call('/v1/principals/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'PRINCIPAL_NOT_FOUND' });
    const malformed = await h.call('/v1/principals/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect((await json<Problem>(malformed)).errors?.[0]).toMatchObject({ location: 'path', pointer: '/id' });
  });

  it('updates with If-Match and refuses a stale ETag with 412', async () => {
    const read = await h.call(`/v1/principals/${ada.id}`);
    const etag = read.headers.get('etag') ?? '';
    const ok = await h.call(`/v1/principals/${ada.id}`, { method: 'PATCH', ...jsonBody({ displayName: 'Augusta Ada King', globalRoles: ['auditor', 'governance-officer'], disabled: true }, { 'if-match': etag }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).not.toBe(etag);
    expect(await ok.json()).toMatchObject({ displayName: 'Augusta Ada King', globalRoles: ['auditor', 'governance-officer'], disabled: true, name: 'ada-lovelace', kind: 'user' });
    const stale = await h.call(`/v1/principals/${ada.id}`, { method: 'PATCH', ...jsonBody({ displayName: 'Lost update' }, { 'if-match': etag }) });
    expect(stale.status).toBe(412);
    expect((await json<Schemas['PrincipalDto']>(await h.call(`/v1/principals/${ada.id}`))).displayName).toBe('Augusta Ada King');
  });

  it('clears an e-mail address with null and refuses to change the name', async () => {
    const cleared = await h.call(`/v1/principals/${ada.id}`, { method: 'PATCH', ...jsonBody({ email: null }) });
    expect(cleared.status).toBe(200);
    expect((await json<Schemas['PrincipalDto']>(cleared)).email).toBeNull();
    const renamed = await h.call(`/v1/principals/${ada.id}`, { method: 'PATCH', ...jsonBody({ name: 'someone-else' }) });
    expect(renamed.status).toBe(400);
    expect((await json<Problem>(renamed)).errors?.map((e) => e.pointer)).toEqual(['/name']);
  });

  it('filters by kind, role and name prefix, and pages with a total', async () => {
    for (const name of ['ada-byron', 'alan-turing', 'grace-hopper']) await createPrincipal(h, { name, globalRoles: name === 'grace-hopper' ? ['platform-admin'] : [] });
    const all = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?limit=2&offset=1'));
    expect(all).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(all.items.map((p) => p.name)).toEqual(['ada-lovelace', 'alan-turing']);
    const prefixed = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?q=ada'));
    expect(prefixed.items.map((p) => p.name)).toEqual(['ada-byron', 'ada-lovelace']);
    expect(prefixed.total).toBe(2);
    const accounts = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?kind=service-account'));
    expect(accounts.items.map((p) => p.name)).toEqual(['crm-pipeline']);
    const admins = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?role=platform-admin'));
    expect(admins.items.map((p) => p.name)).toEqual(['grace-hopper']);
    const auditors = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?role=auditor'));
    expect(auditors.items.map((p) => p.name)).toEqual(['ada-lovelace']);
  });

  it('rejects invalid filters with query pointers', async () => {
    const res = await h.call('/v1/principals?kind=robot&role=consumer&q=a%25&limit=0');
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.errors?.every((e) => e.location === 'query')).toBe(true);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/kind', '/role', '/q', '/limit']));
  });

  it('deletes a principal, then answers 404 for it', async () => {
    const doomed = await createPrincipal(h, { name: 'temporary-user' });
    const res = await h.call(`/v1/principals/${doomed.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await h.call(`/v1/principals/${doomed.id}`)).status).toBe(404);
    expect((await h.call(`/v1/principals/${doomed.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('lets any principal read the directory but only admins change it', async () => {
    const consumer = await h.tokenFor({ id: 'someone', roles: ['consumer'], teamRoles: [] });
    const headers = { authorization: `Bearer ${consumer}` };
    expect((await h.call('/v1/principals', { headers })).status).toBe(200);
    expect((await h.call(`/v1/principals/${ada.id}`, { headers })).status).toBe(200);
    const create = await h.call('/v1/principals', { method: 'POST', ...jsonBody({ kind: 'user', name: 'intruder', displayName: 'Intruder' }, headers) });
    expect(create.status).toBe(403);
    expect(await create.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.call(`/v1/principals/${ada.id}`, { method: 'PATCH', ...jsonBody({ globalRoles: ['platform-admin'] }, headers) })).status).toBe(403);
    expect((await h.call(`/v1/principals/${ada.id}`, { method: 'DELETE', headers })).status).toBe(403);
    const auditor = await h.tokenFor({ id: 'auditor', roles: ['auditor'], teamRoles: [] });
    expect((await h.call(`/v1/principals/${ada.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${auditor}` } })).status).toBe(403);
  });
});

describe('access platform surface', () => {
  let h: AccessHarness;

  beforeAll(async () => {
    h = await startAccess();
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
    const doc = await json<{ openapi: string; info: { title: string }; paths: Record<string, unknown> }>(await fetch(`${h.baseUrl}/docs/openapi.json`));
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Meshwork Access');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/principals', '/v1/principals/{id}', '/v1/teams', '/v1/teams/{name}/members/{principalId}']));
    expect((await fetch(`${h.baseUrl}/docs`)).status).toBe(200);
  });

  it('keeps its tables in the access schema', async () => {
    const res = await h.call('/v1/teams');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('answers unknown routes with 404 problem+json', async () => {
    const res = await h.call('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
