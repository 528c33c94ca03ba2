import { type GovernanceHarness, json, jsonBody } from './support';
import { CONSUMER, createPolicy, futureIso, OFFICER, policyBody, startPolicies, transition } from './policies-support';

interface Policy {
  id: string;
  version: number;
  latestVersion: number;
  activeVersion: number | null;
  state: string;
  name: string;
  severity: string;
  graceUntil: string | null;
  createdBy: string;
  rule: { kind: string; expression?: string };
}
interface Page<T> {
  items: T[];
  total: number;
}
interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

describe('policies: versions and lifecycle (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let officer: string;
  let consumer: string;
  const as = (token: string, path: string, init: RequestInit = {}) =>
    h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    h = await startPolicies({ GOVERNANCE_SEED_STARTER_POLICIES: 'false' });
    officer = await h.tokenFor(OFFICER);
    consumer = await h.tokenFor(CONSUMER);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('creates version 1 as a draft, with an ETag and the author', async () => {
    const res = await as(officer, '/v1/policies', { method: 'POST', ...jsonBody(policyBody('has-purpose')) });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(res.headers.get('location')).toBe('/v1/policies/has-purpose');
    expect(await json<Policy>(res)).toMatchObject({ id: 'has-purpose', version: 1, latestVersion: 1, activeVersion: null, state: 'draft', createdBy: OFFICER.id });
    const again = await as(officer, '/v1/policies', { method: 'POST', ...jsonBody(policyBody('has-purpose')) });
    expect(again.status).toBe(409);
  });

  it('refuses a rule that does not compile with 400 and the pointer of the rule', async () => {
    const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody('broken', { rule: { kind: 'cel', expression: 'product.name ==' } })) });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('RULE_INVALID');
    expect(problem.errors?.map((e) => e.pointer)).toContain('/rule/expression');
    expect((await h.call('/v1/policies/broken')).status).toBe(404);
  });

  it('refuses a rule too costly to evaluate with 400 at /rule/expression', async () => {
    const expression = 'product.outputPorts.all(a, product.outputPorts.all(b, product.outputPorts.all(c, product.outputPorts.all(d, a == d))))';
    const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody('explodes', { rule: { kind: 'cel', expression } })) });
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors?.map((e) => e.pointer)).toContain('/rule/expression');
  });

  it('refuses invalid fields with one error per field', async () => {
    const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody('Bad_Id', { severity: 'fatal', scope: [] })) });
    expect(res.status).toBe(400);
    const pointers = (await json<Problem>(res)).errors?.map((e) => e.pointer) ?? [];
    expect(pointers).toEqual(expect.arrayContaining(['/id', '/severity', '/scope']));
  });

  it('edits a draft in place, recompiling its rule, and honours If-Match', async () => {
    const etag = (await h.call('/v1/policies/has-purpose')).headers.get('etag') ?? '';
    const bad = await h.call('/v1/policies/has-purpose', { method: 'PATCH', ...jsonBody({ rule: { kind: 'cel', expression: '1 +' } }, { 'if-match': etag }) });
    expect(bad.status).toBe(400);
    const res = await h.call('/v1/policies/has-purpose', { method: 'PATCH', ...jsonBody({ name: 'Products state their purpose' }, { 'if-match': etag }) });
    expect(res.status).toBe(200);
    expect(await json<Policy>(res)).toMatchObject({ version: 1, latestVersion: 1, state: 'draft', name: 'Products state their purpose' });
    const stale = await h.call('/v1/policies/has-purpose', { method: 'PATCH', ...jsonBody({ name: 'again' }, { 'if-match': etag }) });
    expect(stale.status).toBe(412);
  });

  it('never edits an enforced version: a PATCH makes version 2 as a draft and version 1 keeps applying', async () => {
    expect((await transition(h, 'has-purpose', { to: 'enforced' })).status).toBe(200);
    const res = await h.call('/v1/policies/has-purpose', { method: 'PATCH', ...jsonBody({ severity: 'warning' }) });
    expect(res.status).toBe(200);
    expect(await json<Policy>(res)).toMatchObject({ version: 2, latestVersion: 2, activeVersion: 1, state: 'draft', severity: 'warning' });
    const v1 = await json<Policy>(await h.call('/v1/policies/has-purpose?version=1'));
    expect(v1).toMatchObject({ version: 1, state: 'enforced', severity: 'blocking', name: 'Products state their purpose' });
    const versions = await json<Page<Policy>>(await h.call('/v1/policies/has-purpose/versions'));
    expect(versions.items.map((v) => [v.version, v.state])).toEqual([
      [2, 'draft'],
      [1, 'enforced'],
    ]);
    const bundle = await json<{ policies: { id: string; version: number }[] }>(await h.call('/v1/bundle'));
    expect(bundle.policies.map((p) => [p.id, p.version])).toEqual([['has-purpose', 1]]);
  });

  it('retires the version in force when the new one is enforced', async () => {
    const res = await transition(h, 'has-purpose', { to: 'enforced' });
    expect(res.status).toBe(200);
    expect(await json<Policy>(res)).toMatchObject({ version: 2, state: 'enforced', activeVersion: 2 });
    expect(await json<Policy>(await h.call('/v1/policies/has-purpose?version=1'))).toMatchObject({ state: 'retired' });
    const bundle = await json<{ policies: { id: string; version: number }[] }>(await h.call('/v1/bundle'));
    expect(bundle.policies.map((p) => [p.id, p.version])).toEqual([['has-purpose', 2]]);
  });

  it.each([
    ['draft', 'retired', 'from draft it can only move to grace or enforced'],
    ['draft', 'draft', 'from draft it can only move to grace or enforced'],
  ])('answers 409 for %s → %s with the moves allowed', async (_from, to, message) => {
    await createPolicy(h, policyBody(`move-${to}`));
    const res = await transition(h, `move-${to}`, { to });
    expect(res.status).toBe(409);
    expect((await json<Problem>(res)).detail).toContain(message);
  });

  it('answers 409 for enforced → grace and for any move of a retired version', async () => {
    await createPolicy(h, policyBody('strict'));
    expect((await transition(h, 'strict', { to: 'enforced' })).status).toBe(200);
    const back = await transition(h, 'strict', { to: 'grace', graceUntil: futureIso(10) });
    expect(back.status).toBe(409);
    expect((await json<Problem>(back)).detail).toBe("Policy 'strict' version 1 is enforced and cannot move to grace: from enforced it can only move to retired.");
    expect((await transition(h, 'strict', { to: 'retired' })).status).toBe(200);
    const again = await transition(h, 'strict', { to: 'enforced' });
    expect(again.status).toBe(409);
    expect((await json<Problem>(again)).detail).toContain('a retired version never moves again');
    expect(await json<Policy>(await h.call('/v1/policies/strict'))).toMatchObject({ state: 'retired', activeVersion: null });
  });

  it('answers 422 when grace has no future graceUntil, and moves grace → enforced', async () => {
    await createPolicy(h, policyBody('gentle'));
    expect((await transition(h, 'gentle', { to: 'grace' })).status).toBe(422);
    const past = await transition(h, 'gentle', { to: 'grace', graceUntil: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    expect((await json<Problem>(past)).errors?.[0]?.pointer).toBe('/graceUntil');
    const until = futureIso(30);
    const grace = await transition(h, 'gentle', { to: 'grace', graceUntil: until });
    expect(grace.status).toBe(200);
    expect(await json<Policy>(grace)).toMatchObject({ state: 'grace', graceUntil: until, activeVersion: 1 });
    const enforced = await transition(h, 'gentle', { to: 'enforced' });
    expect(await json<Policy>(enforced)).toMatchObject({ state: 'enforced', graceUntil: null });
  });

  it('lists with filters on state, target, severity and domain, paginated', async () => {
    await createPolicy(h, policyBody('crm-contracts', { target: 'contract', severity: 'info', scope: ['crm'], rule: { kind: 'json-schema', schema: { type: 'object', required: ['description'], properties: { description: { type: 'object' } } } } }));
    const ids = async (query: string) => (await json<Page<Policy>>(await h.call(`/v1/policies${query}`))).items.map((p) => p.id);
    expect(await ids('?target=contract')).toEqual(['crm-contracts']);
    expect(await ids('?severity=info')).toEqual(['crm-contracts']);
    expect(await ids('?domain=billing')).not.toContain('crm-contracts');
    expect(await ids('?domain=crm')).toContain('crm-contracts');
    expect(await ids('?state=retired')).toEqual(['has-purpose', 'strict']);
    expect(await ids('?state=enforced')).toEqual(['gentle', 'has-purpose']);
    const page = await json<Page<Policy>>(await h.call('/v1/policies?limit=2&offset=1'));
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(6);
    expect((await h.call('/v1/policies?state=active')).status).toBe(400);
  });

  it('lets everyone read, and only governance officers and admins create, change and move', async () => {
    expect((await as(consumer, '/v1/policies')).status).toBe(200);
    expect((await as(consumer, '/v1/policies/has-purpose')).status).toBe(200);
    expect((await as(consumer, '/v1/bundle')).status).toBe(200);
    expect((await as(consumer, '/v1/policies', { method: 'POST', ...jsonBody(policyBody('nope')) })).status).toBe(403);
    expect((await as(consumer, '/v1/policies/gentle', { method: 'PATCH', ...jsonBody({ name: 'x' }) })).status).toBe(403);
    expect((await as(consumer, '/v1/policies/gentle/transitions', { method: 'POST', ...jsonBody({ to: 'retired' }) })).status).toBe(403);
    expect((await as(officer, '/v1/policies/gentle/transitions', { method: 'POST', ...jsonBody({ to: 'retired' }) })).status).toBe(200);
    expect((await h.call('/v1/policies', { headers: { authorization: '' } })).status).toBe(401);
  });

  it('answers 404 for an unknown policy or version', async () => {
    expect((await h.call('/v1/policies/unknown')).status).toBe(404);
    expect((await h.call('/v1/policies/has-purpose?version=9')).status).toBe(404);
  });
});
