import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '@meshwork/authz';
import { DataSource } from 'typeorm';
import { type CatalogProcess, readFeed, readWholeFeed, startCatalogProcess } from '@meshwork/testing';
import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';

/** The demo product and its contract, whose roles name a first-level team and a second-level principal. */
function envelope(): string {
  const indent = (text: string, prefix: string) => text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
  const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8')
    .replaceAll('firstLevelApprovers: CRM Data Product Owner', 'firstLevelApprovers: crm-stewards')
    .replaceAll('secondLevelApprovers: Data Protection Officer', 'secondLevelApprovers: grace');
  const product = readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8');
  return `product:\n${indent(product, '  ')}\ncontracts:\n  -\n${indent(contract, '    ')}\n`;
}

describe('access requests, approvals and grants (HTTP, real PostgreSQL, real catalog)', () => {
  let h: AccessHarness;
  let catalog: CatalogProcess;
  let ada: Schemas['PrincipalDto'];
  let grace: Schemas['PrincipalDto'];
  let stewie: Schemas['PrincipalDto'];
  let olivia: Schemas['PrincipalDto'];
  let mallory: Schemas['PrincipalDto'];
  const tokens: Record<string, string> = {};
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;

  /** fetch as one of the test principals. */
  const as = (who: string, path: string, init: RequestInit = {}) =>
    h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${tokens[who]}` } });
  const post = (who: string, path: string, body: unknown = {}) => as(who, path, { method: 'POST', ...jsonBody(body) });

  beforeAll(async () => {
    h = await startAccess();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;

    const domain = await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-data-team' }) });
    expect(domain.status).toBe(201);
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);

    ada = await createPrincipal(h, { name: 'ada' });
    grace = await createPrincipal(h, { name: 'grace' });
    stewie = await createPrincipal(h, { name: 'stewie' });
    olivia = await createPrincipal(h, { name: 'olivia' });
    mallory = await createPrincipal(h, { name: 'mallory' });
    for (const team of ['crm-data-team', 'crm-stewards', 'billing-team']) await createTeam(h, team);
    const actors: Record<string, Actor> = {
      ada: { id: ada.id, roles: ['consumer'], teamRoles: [{ team: 'billing-team', role: 'domain-member' }] },
      grace: { id: grace.id, roles: ['consumer'], teamRoles: [] },
      stewie: { id: stewie.id, roles: ['consumer'], teamRoles: [{ team: 'crm-stewards', role: 'domain-member' }] },
      olivia: { id: olivia.id, roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-owner' }] },
      mallory: { id: mallory.id, roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] },
      auditor: { id: 'auditor-1', roles: ['auditor'], teamRoles: [] },
    };
    for (const [name, actor] of Object.entries(actors)) tokens[name] = await h.tokenFor(actor);
  }, 120_000);

  afterAll(async () => {
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    await h?.close();
    await catalog?.stop();
  });

  async function request(who = 'ada', body: Record<string, unknown> = {}): Promise<Schemas['AccessRequestDto']> {
    const res = await post(who, '/v1/access-requests', { consumer: { principalId: ada.id }, portUrn: PORT_URN, purpose: 'Churn analysis', ...body });
    if (res.status !== 201) throw new Error(`creating request: ${res.status} ${await res.text()}`);
    return json(res);
  }

  it('runs the full path: request, first-level and second-level approval, an active grant, revocation', async () => {
    const created = await request('ada', { durationDays: 30, fields: ['customer_id', 'customers.customer_id'] });
    expect(created).toMatchObject({
      state: 'pending',
      requesterId: ada.id,
      consumer: { principalId: ada.id },
      portUrn: PORT_URN,
      domain: 'crm',
      product: 'customers',
      ownerTeamId: 'crm-data-team',
      durationDays: 30,
      fields: ['customer_id', 'customers.customer_id'],
      grantId: null,
    });
    expect(created.steps).toEqual([
      { level: 1, approvers: ['team:crm-data-team/domain-owner', 'crm-stewards'], approvedBy: null, approvedAt: null },
      { level: 2, approvers: ['grace'], approvedBy: null, approvedAt: null },
    ]);

    // The second-level approver cannot skip the first level.
    const early = await post('grace', `/v1/access-requests/${created.id}/approve`);
    expect(early.status).toBe(403);
    expect((await json<Problem>(early)).detail).toContain("domain-owner of team 'crm-data-team', or one of the first-level approvers 'crm-stewards'");

    const first = await post('stewie', `/v1/access-requests/${created.id}/approve`, { reason: 'Purpose fits' });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ state: 'awaiting-second-level', grantId: null, steps: [{ level: 1, approvedBy: stewie.id }, { level: 2, approvedBy: null }] });
    expect(await json<Schemas['GrantPageDto']>(await h.call(`/v1/grants?portUrn=${encodeURIComponent(PORT_URN)}`))).toMatchObject({ total: 0 });

    // The owner approved the first level already in effect; the second level is grace's.
    const ownerSecond = await post('olivia', `/v1/access-requests/${created.id}/approve`);
    expect(ownerSecond.status).toBe(403);
    expect((await json<Problem>(ownerSecond)).detail).toContain("second-level approvers 'grace'");

    const before = Date.now();
    const second = await post('grace', `/v1/access-requests/${created.id}/approve`);
    expect(second.status).toBe(200);
    const approved = await json<Schemas['AccessRequestDto']>(second);
    expect(approved).toMatchObject({ state: 'approved', decidedBy: grace.id });
    expect(approved.grantId).toEqual(expect.any(String));

    const grant = await json<Schemas['GrantDto']>(await as('ada', `/v1/grants/${approved.grantId}`));
    expect(grant).toMatchObject({ requestId: created.id, consumer: { principalId: ada.id }, portUrn: PORT_URN, purpose: 'Churn analysis', fields: ['customer_id', 'customers.customer_id'], approvedBy: [stewie.id, grace.id], active: true, revokedAt: null });
    const days = (Date.parse(grant.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
    const active = await json<Schemas['GrantPageDto']>(await as('ada', `/v1/grants?active=true&consumer=${ada.id}`));
    expect(active.items.map((g) => g.id)).toEqual([grant.id]);

    // A member of the owner team may not revoke; an owner may.
    expect((await post('mallory', `/v1/grants/${grant.id}/revoke`, { reason: 'no' })).status).toBe(403);
    const revoked = await post('olivia', `/v1/grants/${grant.id}/revoke`, { reason: 'Project ended' });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ active: false, revokedBy: olivia.id, revokeReason: 'Project ended' });
    expect(await json<Schemas['GrantPageDto']>(await as('ada', '/v1/grants?active=true'))).toMatchObject({ total: 0 });
    expect(await json<Schemas['GrantPageDto']>(await as('ada', '/v1/grants?active=false'))).toMatchObject({ total: 1 });
    const again = await post('olivia', `/v1/grants/${grant.id}/revoke`, { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'GRANT_REVOKED' });

    // Decided: any further decision is a conflict.
    for (const action of ['approve', 'reject', 'cancel']) {
      const res = await post(action === 'cancel' ? 'ada' : 'olivia', `/v1/access-requests/${created.id}/${action}`, { reason: 'late' });
      expect([action, res.status]).toEqual([action, 409]);
      expect(await res.json()).toMatchObject({ code: 'ACCESS_REQUEST_DECIDED', detail: expect.stringContaining('is already approved') });
    }

    // Every change is in the audit log, with its actor; the refused attempts are not.
    const trail = await json<Schemas['AuditEventPageDto']>(await as('auditor', `/v1/audit/events?resource=${created.id}`));
    expect(trail.items.map((e) => [e.action, e.actor, e.outcome])).toEqual([
      ['access-request.create', ada.id, 'success'],
      ['access-request.approve', stewie.id, 'success'],
      ['access-request.approve', grace.id, 'success'],
    ]);
    const grantTrail = await json<Schemas['AuditEventPageDto']>(await as('auditor', `/v1/audit/events?resource=${grant.id}`));
    expect(grantTrail.items.map((e) => [e.action, e.actor, e.details.portUrn])).toEqual([
      ['grant.create', grace.id, PORT_URN],
      ['grant.revoke', olivia.id, PORT_URN],
    ]);
    expect(await json<Schemas['AuditVerificationDto']>(await as('auditor', '/v1/audit/verify'))).toMatchObject({ valid: true });
  });

  it('treats a grant whose expiry has passed as inactive, without any job', async () => {
    const created = await request();
    await post('olivia', `/v1/access-requests/${created.id}/approve`);
    const approved = await json<Schemas['AccessRequestDto']>(await post('grace', `/v1/access-requests/${created.id}/approve`));
    await h.app.get(DataSource).query("UPDATE access.grants SET expires_at = now() - interval '1 minute' WHERE id = $1", [approved.grantId]);
    expect(await json<Schemas['GrantDto']>(await as('ada', `/v1/grants/${approved.grantId}`))).toMatchObject({ active: false, revokedAt: null });
    const active = await json<Schemas['GrantPageDto']>(await as('ada', '/v1/grants?active=true'));
    expect(active.items.map((g) => g.id)).not.toContain(approved.grantId);
  });

  it('rejects with a reason, at either level', async () => {
    const created = await request();
    const missing = await post('olivia', `/v1/access-requests/${created.id}/reject`, {});
    expect(missing.status).toBe(400);
    expect(new Set((await json<Problem>(missing)).errors?.map((e) => e.pointer))).toEqual(new Set(['/reason']));
    const rejected = await post('olivia', `/v1/access-requests/${created.id}/reject`, { reason: 'PII is not needed' });
    expect(rejected.status).toBe(200);
    expect(await rejected.json()).toMatchObject({ state: 'rejected', decidedBy: olivia.id, decisionReason: 'PII is not needed', grantId: null });
    const trail = await json<Schemas['AuditEventPageDto']>(await as('auditor', `/v1/audit/events?resource=${created.id}&action=access-request.reject`));
    expect(trail.items.map((e) => e.actor)).toEqual([olivia.id]);

    const second = await request();
    await post('stewie', `/v1/access-requests/${second.id}/approve`);
    expect((await post('stewie', `/v1/access-requests/${second.id}/reject`, { reason: 'changed my mind' })).status).toBe(403);
    expect(await (await post('grace', `/v1/access-requests/${second.id}/reject`, { reason: 'No' })).json()).toMatchObject({ state: 'rejected' });
  });

  it('lets only the requester cancel an open request', async () => {
    const created = await request();
    const other = await post('olivia', `/v1/access-requests/${created.id}/cancel`);
    expect(other.status).toBe(403);
    expect((await json<Problem>(other)).detail).toContain(`Only the requester ('${ada.id}')`);
    const cancelled = await post('ada', `/v1/access-requests/${created.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ state: 'cancelled', decidedBy: ada.id });
    const trail = await json<Schemas['AuditEventPageDto']>(await as('auditor', `/v1/audit/events?resource=${created.id}`));
    expect(trail.items.map((e) => [e.action, e.actor])).toEqual([
      ['access-request.create', ada.id],
      ['access-request.cancel', ada.id],
    ]);
    expect((await post('olivia', `/v1/access-requests/${created.id}/approve`)).status).toBe(409);
  });

  it('refuses a principal who approves nothing on this port (403), and hides the request from it', async () => {
    const created = await request();
    for (const who of ['mallory', 'ada', 'auditor']) {
      const res = await post(who, `/v1/access-requests/${created.id}/approve`);
      expect([who, res.status]).toEqual([who, 403]);
      const problem = await json<Problem>(res);
      expect(problem.code).toBe('FORBIDDEN');
      expect(problem.detail).toContain("needs to be a domain-owner of team 'crm-data-team'");
    }
    expect((await as('mallory', `/v1/access-requests/${created.id}`)).status).toBe(403);
    expect((await as('auditor', `/v1/access-requests/${created.id}`)).status).toBe(200);
    expect((await as('stewie', `/v1/access-requests/${created.id}`)).status).toBe(200);
    const list = await as('mallory', '/v1/access-requests');
    expect([list.status, list.status === 200 ? '' : await list.text()]).toEqual([200, '']);
    const mallorys = await json<Schemas['AccessRequestPageDto']>(list);
    expect(mallorys.total).toBe(0);
  });

  it('lists requests by state, port, consumer and mine', async () => {
    const mine = await json<Schemas['AccessRequestPageDto']>(await as('ada', '/v1/access-requests?mine=true&state=pending'));
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((r) => r.state === 'pending' && r.requesterId === ada.id)).toBe(true);
    const owners = await json<Schemas['AccessRequestPageDto']>(await as('olivia', `/v1/access-requests?portUrn=${encodeURIComponent(PORT_URN)}&consumer=${ada.id}`));
    expect(owners.total).toBe((await json<Schemas['AccessRequestPageDto']>(await h.call('/v1/access-requests'))).total);
    const team = await request('ada', { consumer: { team: 'billing-team' } });
    const byTeam = await json<Schemas['AccessRequestPageDto']>(await as('ada', '/v1/access-requests?consumer=billing-team'));
    expect(byTeam.items.map((r) => r.id)).toEqual([team.id]);
    const badState = await as('ada', '/v1/access-requests?state=maybe');
    expect(badState.status).toBe(400);
    expect((await json<Problem>(badState)).errors?.[0]).toMatchObject({ pointer: '/state' });
  });

  it('counts the requests decided in a window with decidedAfter (open ones left out)', async () => {
    // The window starts now: requests decided by the tests before fall outside it.
    const from = new Date().toISOString();
    const rejected = await request();
    await post('olivia', `/v1/access-requests/${rejected.id}/reject`, { reason: 'Not needed' });
    const open = await request();
    const page = async (query: string) => json<Schemas['AccessRequestPageDto']>(await h.call(`/v1/access-requests?portUrn=${encodeURIComponent(PORT_URN)}&${query}`));
    const inWindow = await page(`decidedAfter=${encodeURIComponent(from)}`);
    expect(inWindow.items.map((r) => r.id)).toContain(rejected.id);
    expect(inWindow.items.map((r) => r.id)).not.toContain(open.id);
    expect(inWindow.items.every((r) => typeof r.decidedAt === 'string' && r.decidedAt >= from)).toBe(true);
    const counted = await page(`state=rejected&decidedAfter=${encodeURIComponent(from)}&limit=1`);
    expect(counted).toMatchObject({ total: 1, limit: 1 });
    expect((await page(`state=rejected&decidedAfter=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).total).toBe(0);
    for (const bad of ['yesterday', '2026-11-01T00:00:00']) {
      const res = await h.call(`/v1/access-requests?decidedAfter=${encodeURIComponent(bad)}`);
      expect([bad, res.status]).toEqual([bad, 400]);
      expect((await json<Problem>(res)).errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/decidedAfter']));
    }
  });

  it('grants at once on a port whose contract approves by itself (autoApprove)', async () => {
    const open = envelope()
      .replaceAll('0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c', 'e3a1c6f0-4b7d-4c2e-9f81-6a5b4c3d2e1f')
      .replaceAll('7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', 'f4b2d7a1-5c8e-4d3f-8a92-7b6c5d4e3f20')
      .replaceAll('domain: crm', 'domain: open-data')
      .replace('customProperties:\n      - property: dataProductId', 'customProperties:\n      - property: autoApprove\n        value: true\n      - property: dataProductId');
    expect(open).toContain('property: autoApprove');
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'open-data', title: 'Open data', ownerTeamId: 'billing-team' }) })).status).toBe(201);
    const put = await catalog.call('/v1/products/open-data/customers', { method: 'PUT', body: open, headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);

    const before = (await readWholeFeed(h.call)).next;
    const created = await request('ada', { portUrn: 'urn:meshwork:open-data:customers:customers:v1' });
    expect(created).toMatchObject({ state: 'approved', decidedBy: 'auto-approve', grantId: expect.any(String) });
    // The request's facts and the grant's are in the feed, written with them (in one transaction: one wait shows all three;
    // facts of earlier tests still settling may come first).
    const ours = <T extends { subject: string }>(items: T[]) => items.filter((e) => e.subject === created.id || e.subject === created.grantId);
    let facts = ours((await readFeed(h.call, { after: before, wait: 10 })).items);
    for (let round = 0; facts.length < 3 && round < 100; round++) facts = ours((await readWholeFeed(h.call, { after: before })).items);
    expect(facts.map((e) => [e.type, e.subject])).toEqual([
      ['io.meshwork.access.access-request.created.v1', created.id],
      ['io.meshwork.access.access-request.decided.v1', created.id],
      ['io.meshwork.access.grant.approved.v1', created.grantId],
    ]);
    expect(facts[1].data).toMatchObject({ requestId: created.id, state: 'approved', decidedAt: expect.any(String) });
    expect(facts[2].data).toMatchObject({ grantId: created.grantId, portUrn: 'urn:meshwork:open-data:customers:customers:v1', consumerPrincipalId: ada.id, approvedBy: ['auto-approve'] });
    const grant = await json<Schemas['GrantDto']>(await as('ada', `/v1/grants/${created.grantId}`));
    expect(grant).toMatchObject({ active: true, portUrn: 'urn:meshwork:open-data:customers:customers:v1', approvedBy: ['auto-approve'] });
    const audit = await json<Schemas['AuditEventPageDto']>(await as('auditor', `/v1/audit/events?resource=${created.id}`));
    expect(audit.items.map((e) => [e.action, e.actor, e.details.automatic ?? null])).toEqual([
      ['access-request.create', ada.id, null],
      ['access-request.approve', ada.id, true],
    ]);
    // The port of the same product in another domain without the property still waits for its approvers.
    expect((await request()).state).toBe('pending');
  });

  it('refuses requests for someone else or for a team one is not in (403)', async () => {
    const other = await post('ada', '/v1/access-requests', { consumer: { principalId: grace.id }, portUrn: PORT_URN, purpose: 'x' });
    expect(other.status).toBe(403);
    const team = await post('ada', '/v1/access-requests', { consumer: { team: 'crm-stewards' }, portUrn: PORT_URN, purpose: 'x' });
    expect(team.status).toBe(403);
    expect((await json<Problem>(team)).detail).toContain("team 'crm-stewards' only as one of its members");
  });

  it('answers 404 for a port the catalog does not know, and 422 for fields its contract lacks', async () => {
    const unknown = await post('ada', '/v1/access-requests', { consumer: { principalId: ada.id }, portUrn: 'urn:meshwork:crm:customers:nothing:v1', purpose: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await unknown.json()).toMatchObject({ code: 'PORT_NOT_FOUND', detail: "The catalog knows no output port 'urn:meshwork:crm:customers:nothing:v1'." });
    const product = await post('ada', '/v1/access-requests', { consumer: { principalId: ada.id }, portUrn: 'urn:meshwork:crm:customers', purpose: 'x' });
    expect(product.status).toBe(404);
    expect((await json<Problem>(product)).detail).toContain("names a data product, not an output port");
    const malformed = await post('ada', '/v1/access-requests', { consumer: { principalId: ada.id }, portUrn: 'urn:meshwork:CRM!', purpose: 'x' });
    expect(malformed.status).toBe(400);
    expect((await json<Problem>(malformed)).errors?.map((e) => e.pointer)).toEqual(['/portUrn']);
    const fields = await post('ada', '/v1/access-requests', { consumer: { principalId: ada.id }, portUrn: PORT_URN, purpose: 'x', fields: ['customer_id', 'salary'] });
    expect(fields.status).toBe(422);
    expect((await json<Problem>(fields)).errors?.map((e) => e.pointer)).toEqual(['/fields/1']);
  });

  it('answers 400 with a pointer per invalid input', async () => {
    const res = await post('ada', '/v1/access-requests', { consumer: { principalId: 'ada' }, portUrn: 'crm/customers', purpose: '', durationDays: 400, fields: 'all', extra: 1 });
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/consumer/principalId', '/portUrn', '/purpose', '/durationDays', '/fields', '/extra']));
    const both = await post('ada', '/v1/access-requests', { consumer: { principalId: ada.id, team: 'billing-team' }, portUrn: PORT_URN, purpose: 'x' });
    expect(both.status).toBe(400);
    expect((await json<Problem>(both)).errors?.map((e) => e.pointer)).toEqual(['/consumer']);
    const badId = await as('ada', '/v1/access-requests/nope');
    expect(badId.status).toBe(400);
    expect((await json<Problem>(badId)).errors?.[0]).toMatchObject({ location: 'path', pointer: '/id' });
    expect((await as('ada', '/v1/access-requests/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await as('ada', '/v1/grants/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('answers 503 when the catalog cannot be reached', async () => {
    process.env.MESHWORK_CATALOG_URL = 'http://127.0.0.1:9';
    try {
      const res = await post('ada', '/v1/access-requests', { consumer: { principalId: ada.id }, portUrn: PORT_URN, purpose: 'x' });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await json<Problem>(res)).detail).toContain('The catalog at http://127.0.0.1:9 cannot be reached');
    } finally {
      process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    }
  });
});
