import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

describe('access teams and memberships (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;
  let ada: Schemas['PrincipalDto'];
  let alan: Schemas['PrincipalDto'];

  beforeAll(async () => {
    h = await startAccess();
    ada = await createPrincipal(h, { name: 'ada' });
    alan = await createPrincipal(h, { name: 'alan' });
  });

  afterAll(async () => {
    await h.close();
  });

  it('creates a team with an ETag and a Location, and reads it back', async () => {
    const res = await h.call('/v1/teams', { method: 'POST', ...jsonBody({ name: 'crm-data-team', displayName: 'CRM data team', description: 'Customers and consents' }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    expect(res.headers.get('location')).toBe('/v1/teams/crm-data-team');
    const team = await json<Schemas['TeamDto']>(res);
    expect(team).toMatchObject({ name: 'crm-data-team', displayName: 'CRM data team', description: 'Customers and consents' });
    expect(await (await h.call('/v1/teams/crm-data-team')).json()).toEqual(team);
  });

  it('refuses a second team with the same name (409)', async () => {
    const res = await h.call('/v1/teams', { method: 'POST', ...jsonBody({ name: 'crm-data-team', displayName: 'Again' }) });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'TEAM_EXISTS', detail: "Team 'crm-data-team' already exists." });
  });

  it('lists every invalid and unknown field with a JSON pointer (400)', async () => {
    const res = await h.call('/v1/teams', { method: 'POST', ...jsonBody({ name: 'CRM Team', displayName: '', owner: 'ada' }) });
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/name', '/displayName', '/owner']));
  });

  it('answers 404 for an unknown team', async () => {
    for (const [method, path] of [
      ['GET', '/v1/teams/nowhere'],
      ['PATCH', '/v1/teams/nowhere'],
      ['DELETE', '/v1/teams/nowhere'],
      ['GET', '/v1/teams/nowhere/members'],
      ['PUT', `/v1/teams/nowhere/members/${ada.id}`],
    ]) {
      const body = method === 'PUT' ? jsonBody({ role: 'domain-member' }) : method === 'PATCH' ? jsonBody({ displayName: 'x' }) : {};
      const res = await h.call(path, { method, ...body });
      expect([method, path, res.status]).toEqual([method, path, 404]);
      expect(await res.json()).toMatchObject({ code: 'TEAM_NOT_FOUND' });
    }
  });

  it('updates with If-Match and refuses a stale ETag with 412', async () => {
    const etag = (await h.call('/v1/teams/crm-data-team')).headers.get('etag') ?? '';
    const ok = await h.call('/v1/teams/crm-data-team', { method: 'PATCH', ...jsonBody({ displayName: 'CRM', description: null }, { 'if-match': etag }) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ name: 'crm-data-team', displayName: 'CRM', description: null });
    const stale = await h.call('/v1/teams/crm-data-team', { method: 'PATCH', ...jsonBody({ displayName: 'Lost update' }, { 'if-match': etag }) });
    expect(stale.status).toBe(412);
  });

  it('adds a member (201), changes its role (200) and lists members and memberships', async () => {
    const added = await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ team: 'crm-data-team', principalId: ada.id, principalName: 'ada', role: 'domain-member' });
    const changed = await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ role: 'domain-owner' });
    const again = await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) });
    expect(again.status).toBe(200);
    expect((await h.call(`/v1/teams/crm-data-team/members/${alan.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) })).status).toBe(201);
    await createTeam(h, 'billing-team');
    expect((await h.call(`/v1/teams/billing-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) })).status).toBe(201);

    const members = await json<Schemas['TeamMemberPageDto']>(await h.call('/v1/teams/crm-data-team/members'));
    expect(members.total).toBe(2);
    expect(members.items.map((m) => [m.principalName, m.role])).toEqual([
      ['ada', 'domain-owner'],
      ['alan', 'domain-member'],
    ]);
    const memberships = await json<Schemas['PrincipalMembershipPageDto']>(await h.call(`/v1/principals/${ada.id}/memberships`));
    expect(memberships.total).toBe(2);
    expect(memberships.items.map((m) => [m.team, m.role])).toEqual([
      ['billing-team', 'domain-member'],
      ['crm-data-team', 'domain-owner'],
    ]);
    const page = await json<Schemas['TeamMemberPageDto']>(await h.call('/v1/teams/crm-data-team/members?limit=1&offset=1'));
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.items.map((m) => m.principalName)).toEqual(['alan']);
  });

  it('refuses an unknown role, an unknown principal and a malformed id', async () => {
    const badRole = await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'consumer' }) });
    expect(badRole.status).toBe(400);
    expect((await json<Problem>(badRole)).errors?.map((e) => e.pointer)).toEqual(['/role']);
    const unknown = await h.call('/v1/teams/crm-data-team/members/00000000-0000-4000-8000-000000000000', { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'PRINCIPAL_NOT_FOUND' });
    const malformed = await h.call('/v1/teams/crm-data-team/members/ada', { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
    expect(malformed.status).toBe(400);
    expect((await json<Problem>(malformed)).errors?.[0]).toMatchObject({ location: 'path', pointer: '/principalId' });
    expect((await h.call('/v1/principals/00000000-0000-4000-8000-000000000000/memberships')).status).toBe(404);
  });

  it('refuses to delete a team with members (409), then deletes it once empty', async () => {
    const refused = await h.call('/v1/teams/crm-data-team', { method: 'DELETE' });
    expect(refused.status).toBe(409);
    const problem = await json<Problem>(refused);
    expect(problem.code).toBe('TEAM_HAS_MEMBERS');
    expect(problem.detail).toContain("Team 'crm-data-team' still has 2 members");
    for (const principal of [ada, alan]) {
      expect((await h.call(`/v1/teams/crm-data-team/members/${principal.id}`, { method: 'DELETE' })).status).toBe(204);
    }
    const gone = await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'DELETE' });
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'MEMBERSHIP_NOT_FOUND' });
    expect((await h.call('/v1/teams/crm-data-team', { method: 'DELETE' })).status).toBe(204);
    expect((await h.call('/v1/teams/crm-data-team')).status).toBe(404);
  });

  it('ends the memberships of a deleted principal', async () => {
    const temp = await createPrincipal(h, { name: 'temp' });
    await h.call(`/v1/teams/billing-team/members/${temp.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
    expect((await json<Schemas['TeamMemberPageDto']>(await h.call('/v1/teams/billing-team/members'))).total).toBe(2);
    expect((await h.call(`/v1/principals/${temp.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await json<Schemas['TeamMemberPageDto']>(await h.call('/v1/teams/billing-team/members'))).total).toBe(1);
  });

  it('answers concurrent adds of the same member with one 201 and 200s, never a 500', async () => {
    const racer = await createPrincipal(h, { name: 'racer' });
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () => h.call(`/v1/teams/billing-team/members/${racer.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) }).then((r) => r.status)),
    );
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect((await h.call(`/v1/teams/billing-team/members/${racer.id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('paginates teams with a total', async () => {
    for (const name of ['marketing-team', 'sales-team']) await createTeam(h, name);
    const page = await json<Schemas['TeamPageDto']>(await h.call('/v1/teams?limit=2&offset=1'));
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(page.items.map((t) => t.name)).toEqual(['marketing-team', 'sales-team']);
  });

  describe('authorization', () => {
    const as = (token: string) => ({ authorization: `Bearer ${token}` });

    it('lets any principal read teams and members, but not create or delete teams', async () => {
      const consumer = as(await h.tokenFor({ id: 'someone', roles: ['consumer'], teamRoles: [] }));
      expect((await h.call('/v1/teams', { headers: consumer })).status).toBe(200);
      expect((await h.call('/v1/teams/billing-team/members', { headers: consumer })).status).toBe(200);
      expect((await h.call(`/v1/principals/${ada.id}/memberships`, { headers: consumer })).status).toBe(200);
      expect((await h.call('/v1/teams', { method: 'POST', ...jsonBody({ name: 'rogue-team', displayName: 'Rogue' }, consumer) })).status).toBe(403);
      expect((await h.call('/v1/teams/sales-team', { method: 'DELETE', headers: consumer })).status).toBe(403);
      expect((await h.call(`/v1/teams/billing-team/members/${alan.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }, consumer) })).status).toBe(403);
    });

    it("lets a team's owner manage its members and description, and no other team's", async () => {
      const owner = as(await h.tokenFor({ id: ada.id, roles: ['consumer'], teamRoles: [{ team: 'billing-team', role: 'domain-owner' }] }));
      const add = await h.call(`/v1/teams/billing-team/members/${alan.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }, owner) });
      expect(add.status).toBe(201);
      expect((await h.call('/v1/teams/billing-team', { method: 'PATCH', ...jsonBody({ description: 'Invoices' }, owner) })).status).toBe(200);
      expect((await h.call(`/v1/teams/billing-team/members/${alan.id}`, { method: 'DELETE', headers: owner })).status).toBe(204);

      const elsewhere = await h.call(`/v1/teams/sales-team/members/${alan.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }, owner) });
      expect(elsewhere.status).toBe(403);
      expect(await elsewhere.json()).toMatchObject({ code: 'FORBIDDEN', detail: `Principal '${ada.id}' may not update the members of team 'sales-team'.` });
      expect((await h.call('/v1/teams/sales-team', { method: 'PATCH', ...jsonBody({ description: 'Taken over' }, owner) })).status).toBe(403);
      expect((await h.call('/v1/teams/billing-team', { method: 'DELETE', headers: owner })).status).toBe(403);
    });

    it('refuses members of a team (not owners) any change to it', async () => {
      const member = as(await h.tokenFor({ id: alan.id, roles: ['consumer'], teamRoles: [{ team: 'billing-team', role: 'domain-member' }] }));
      expect((await h.call(`/v1/teams/billing-team/members/${alan.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }, member) })).status).toBe(403);
      expect((await h.call('/v1/teams/billing-team', { method: 'PATCH', ...jsonBody({ description: 'Mine' }, member) })).status).toBe(403);
    });
  });
});
