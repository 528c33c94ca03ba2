import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Schemas, startAccess } from './support';

type AuditEvent = Schemas['AuditEventDto'];
type Verification = Schemas['AuditVerificationDto'];

describe('access audit log (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;
  let sql: Client;
  let ada: Schemas['PrincipalDto'];
  let root: Schemas['PrincipalDto'];

  beforeAll(async () => {
    h = await startAccess();
    sql = new Client({ connectionString: h.db.url });
    await sql.connect();
    ada = await createPrincipal(h, { name: 'ada' });
    await createTeam(h, 'crm-data-team');
  });

  afterAll(async () => {
    await sql.end();
    await h.close();
  });

  const events = async (query: string) => {
    const res = await h.call(`/v1/audit/events${query}`);
    expect(res.status).toBe(200);
    return json<Schemas['AuditEventPageDto']>(res);
  };
  const verify = async () => json<Verification>(await h.call('/v1/audit/verify'));

  it('records a membership change with its actor, outcome, source and chain', async () => {
    const res = await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }, { 'x-request-id': 'audit-req-1' }) });
    expect(res.status).toBe(201);
    const page = await events('?action=team.member.set');
    expect(page.total).toBe(1);
    const [event] = page.items;
    expect(event).toMatchObject({
      actor: 'dev-admin',
      action: 'team.member.set',
      resource: 'team:crm-data-team',
      outcome: 'success',
      details: { principalId: ada.id, role: 'domain-owner', created: true },
      sourceIp: '127.0.0.1',
      requestId: 'audit-req-1',
    });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records nothing for a change that fails', async () => {
    const before = (await events('')).total;
    const res = await h.call(`/v1/teams/no-such-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) });
    expect(res.status).toBe(404);
    expect((await events('')).total).toBe(before);
  });

  it('records principal and team changes with their actor', async () => {
    const temp = await createPrincipal(h, { name: 'temp', kind: 'service-account' });
    expect((await h.call(`/v1/principals/${temp.id}`, { method: 'PATCH', ...jsonBody({ displayName: 'Temporary' }) })).status).toBe(200);
    expect((await h.call(`/v1/principals/${temp.id}`, { method: 'DELETE' })).status).toBe(204);
    const principalTrail = await events(`?resource=${temp.id}`);
    expect(principalTrail.items.map((e) => [e.action, e.actor, e.outcome])).toEqual([
      ['principal.create', 'dev-admin', 'success'],
      ['principal.update', 'dev-admin', 'success'],
      ['principal.delete', 'dev-admin', 'success'],
    ]);
    expect(principalTrail.items[0].details).toMatchObject({ name: 'temp', kind: 'service-account' });
    expect(principalTrail.items[1].details).toMatchObject({ changed: ['displayName'] });

    await createTeam(h, 'short-lived');
    expect((await h.call('/v1/teams/short-lived', { method: 'PATCH', ...jsonBody({ description: 'Soon gone' }) })).status).toBe(200);
    expect((await h.call('/v1/teams/short-lived', { method: 'DELETE' })).status).toBe(204);
    expect((await events('?resource=team:short-lived')).items.map((e) => e.action)).toEqual(['team.create', 'team.update', 'team.delete']);
  });

  it('records API keys, token exchanges (without secrets) and key rotation', async () => {
    const robot = await createPrincipal(h, { name: 'robot', kind: 'service-account' });
    const created = await json<Schemas['CreatedApiKeyDto']>(await h.call(`/v1/principals/${robot.id}/api-keys`, { method: 'POST', ...jsonBody({ name: 'nightly' }) }));
    const issued = await fetch(`${h.baseUrl}/v1/auth/token`, { method: 'POST', ...jsonBody({ apiKey: created.secret }) });
    expect(issued.status).toBe(200);
    const wrongSecret = created.secret.slice(0, -4) + 'AAAA';
    expect((await fetch(`${h.baseUrl}/v1/auth/token`, { method: 'POST', ...jsonBody({ apiKey: wrongSecret }) })).status).toBe(401);
    expect((await fetch(`${h.baseUrl}/v1/auth/token`, { method: 'POST', ...jsonBody({ apiKey: 'not-a-key' }) })).status).toBe(401);
    expect((await h.call(`/v1/principals/${robot.id}/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.call(`/v1/principals/${robot.id}/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(204);

    const keyTrail = await events(`?resource=${created.id}`);
    expect(keyTrail.items.map((e) => [e.action, e.actor, e.outcome])).toEqual([
      ['api-key.create', 'dev-admin', 'success'],
      ['token.issue', robot.id, 'success'],
      ['token.issue', 'anonymous', 'denied'],
      ['api-key.revoke', 'dev-admin', 'success'],
    ]);
    expect((await events('?resource=api-key:unrecognised')).items.map((e) => [e.action, e.actor, e.outcome])).toEqual([['token.issue', 'anonymous', 'denied']]);
    const exported = await (await h.call('/v1/audit/events/export?action=token.issue')).text();
    // The random part follows `mwk_<key id>_`; it may itself hold underscores.
    expect(exported).not.toContain(created.secret.slice(created.secret.indexOf('_', 'mwk_'.length) + 1));
    expect(exported).not.toContain('AAAA');

    const rotated = await json<Schemas['SigningKeyDto']>(await h.call('/v1/keys/rotate', { method: 'POST' }));
    expect((await events('?action=signing-key.rotate')).items.map((e) => [e.resource, e.actor])).toEqual([[rotated.kid, 'dev-admin']]);
  });

  it('records decisions with the asking principal and the answer', async () => {
    root = await createPrincipal(h, { name: 'root', globalRoles: ['platform-admin'] });
    const token = await h.tokenFor({ id: root.id, roles: [], teamRoles: [] });
    const unknown = randomUUID();
    const denied = await h.call('/v1/decisions', { method: 'POST', ...jsonBody({ principalId: unknown, action: 'read', resource: 'urn:meshwork:port:crm:customers:v1' }) });
    expect(denied.status).toBe(200);
    const self = await fetch(`${h.baseUrl}/v1/decisions/batch`, {
      method: 'POST',
      ...jsonBody({ checks: [{ principalId: root.id, action: 'read', resource: 'urn:meshwork:port:crm:orders:v1' }] }, { authorization: `Bearer ${token}` }),
    });
    expect(self.status).toBe(200);
    const page = await events('?action=decision');
    expect(page.items.map((e) => [e.actor, e.resource, e.outcome, e.details.principalId])).toEqual([
      ['dev-admin', 'urn:meshwork:port:crm:customers:v1', 'deny', unknown],
      [root.id, 'urn:meshwork:port:crm:orders:v1', 'allow', root.id],
    ]);
  });

  it('records alike decisions made within a second as one entry with their count', async () => {
    const resource = 'urn:meshwork:port:crm:coalesced:v1';
    const nobody = randomUUID();
    const ask = (purpose: string) => h.call('/v1/decisions', { method: 'POST', ...jsonBody({ principalId: nobody, action: 'read', resource, purpose }) });
    const answers = await Promise.all([...Array.from({ length: 5 }, () => ask('Churn analysis')), ask('Fraud detection')]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const page = await events(`?resource=${encodeURIComponent(resource)}`);
    expect(page.items.map((e) => [e.details.purpose, e.details.count])).toEqual(
      expect.arrayContaining([
        ['Churn analysis', 5],
        ['Fraud detection', 1],
      ]),
    );
    expect(page.total).toBe(2);
    expect(page.items.every((e) => Date.parse(String(e.details.lastAt)) >= Date.parse(e.occurredAt))).toBe(true);
  });

  it('filters by principal, resource, action and time, and pages', async () => {
    const byRoot = await events(`?principal=${root.id}`);
    expect(byRoot.items.map((e) => [e.actor, e.action])).toEqual([[root.id, 'decision']]);
    const byTeam = await events('?resource=team:crm-data-team');
    expect(byTeam.total).toBeGreaterThan(0);
    expect(byTeam.items.every((e) => e.resource === 'team:crm-data-team')).toBe(true);
    expect((await events('?resource=team:crm-data-team&action=decision')).total).toBe(0);
    expect((await events('?from=2099-01-01T00:00:00Z')).total).toBe(0);
    expect((await events('?to=2000-01-01T00:00:00Z')).total).toBe(0);
    const all = await events('');
    const second = await events('?limit=1&offset=1');
    expect(second.items).toEqual([all.items[1]]);
    const bad = await h.call('/v1/audit/events?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('exports NDJSON, one entry per line, with the same filters', async () => {
    const res = await h.call('/v1/audit/events/export?action=decision');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const text = await res.text();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as AuditEvent);
    expect(lines).toEqual((await events('?action=decision')).items);
  });

  it('keeps one unforked chain under 20 concurrent membership changes', async () => {
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => createPrincipal(h, { name: `member-${i}` })));
    const answers = await Promise.all(
      people.map((p, i) => h.call(`/v1/teams/crm-data-team/members/${p.id}`, { method: 'PUT', ...jsonBody({ role: i % 2 === 0 ? 'domain-member' : 'domain-owner' }) })),
    );
    expect(answers.map((r) => r.status)).toEqual(people.map(() => 201));
    const all = await events('?limit=200');
    expect(all.items.map((e) => e.sequence)).toEqual(all.items.map((_, i) => i + 1));
    for (let i = 1; i < all.items.length; i++) expect(all.items[i].prevHash).toBe(all.items[i - 1].hash);
    expect(await verify()).toEqual({ valid: true, checked: all.total });
  });

  it('forbids the log to principals who are not auditors, governance officers or admins (403)', async () => {
    const consumer = await h.tokenFor({ id: ada.id, roles: [], teamRoles: [{ team: 'crm-data-team', role: 'domain-owner' }] });
    for (const path of ['/v1/audit/events', '/v1/audit/events/export', '/v1/audit/verify']) {
      const res = await fetch(`${h.baseUrl}${path}`, { headers: { authorization: `Bearer ${consumer}` } });
      expect(res.status).toBe(403);
    }
    for (const role of ['auditor', 'governance-officer'] as const) {
      const token = await h.tokenFor({ id: randomUUID(), roles: [role], teamRoles: [] });
      const res = await fetch(`${h.baseUrl}/v1/audit/verify`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
    }
  });

  it('records a refused change (403) with who tried, where and how', async () => {
    const consumer = await h.tokenFor({ id: ada.id, roles: [], teamRoles: [] });
    const res = await fetch(`${h.baseUrl}/v1/teams`, { method: 'POST', ...jsonBody({ name: 'intruders', displayName: 'Intruders' }, { authorization: `Bearer ${consumer}`, 'x-request-id': 'refused-1' }) });
    expect(res.status).toBe(403);
    const page = await events('?action=' + encodeURIComponent('refused POST /v1/teams'));
    expect(page.items).toEqual([expect.objectContaining({ actor: ada.id, resource: '/v1/teams', outcome: 'denied', requestId: 'refused-1' })]);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(sql.query(`UPDATE access.audit_events SET actor = 'someone-else' WHERE sequence = 1`)).rejects.toThrow(/append-only/);
    await expect(sql.query('DELETE FROM access.audit_events WHERE sequence = 1')).rejects.toThrow(/append-only/);
    await expect(sql.query('TRUNCATE access.audit_events')).rejects.toThrow(/append-only/);
  });

  describe('tampering by a superuser who bypasses the triggers', () => {
    beforeAll(async () => {
      await sql.query('SET session_replication_role = replica');
    });

    it('detects the newest entries deleted, through the sealed head', async () => {
      const before = await verify();
      expect(before.valid).toBe(true);
      const last = before.checked;
      await sql.query('DELETE FROM access.audit_events WHERE sequence >= $1', [last - 1]);
      expect(await verify()).toEqual({ valid: false, checked: last - 2, firstBrokenSequence: last - 1, reason: `entries ${last - 1} to ${last} are missing: the sealed head names entry ${last}` });
      // The next change continues the chain from what is left and seals it again.
      await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
      expect(await verify()).toEqual({ valid: true, checked: last - 1 });
    });

    it('detects a head rewritten to hide deleted entries', async () => {
      const { checked } = await verify();
      const [previous] = (await sql.query('SELECT sequence, hash FROM access.audit_events WHERE sequence = $1', [checked - 1])).rows as { sequence: string; hash: string }[];
      await sql.query('DELETE FROM access.audit_events WHERE sequence = $1', [checked]);
      await sql.query('UPDATE access.audit_head SET sequence = $1, hash = $2', [previous.sequence, previous.hash]);
      expect(await verify()).toMatchObject({ valid: false, reason: 'the head of the chain was rewritten: its seal does not match' });
      await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) });
      expect((await verify()).valid).toBe(true);
    });

    it('detects a row changed in SQL, naming the first broken sequence', async () => {
      expect((await verify()).valid).toBe(true);
      await sql.query(`UPDATE access.audit_events SET details = '{"role":"domain-owner"}' WHERE sequence = 3`);
      expect(await verify()).toEqual({ valid: false, checked: 2, firstBrokenSequence: 3, reason: 'entry 3 was changed after it was written' });
    });

    it('detects a middle row deleted in SQL', async () => {
      await sql.query('DELETE FROM access.audit_events WHERE sequence >= 3');
      await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'DELETE' });
      await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
      await h.call(`/v1/teams/crm-data-team/members/${ada.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) });
      expect(await verify()).toEqual({ valid: true, checked: 5 });
      await sql.query('DELETE FROM access.audit_events WHERE sequence = 4');
      expect(await verify()).toMatchObject({ valid: false, checked: 3, firstBrokenSequence: 4 });
    });

    it('detects a reordered chain', async () => {
      await sql.query('UPDATE access.audit_events SET sequence = 4 WHERE sequence = 5');
      const result = await verify();
      expect(result).toMatchObject({ valid: false, firstBrokenSequence: 4 });
      expect(result.reason).toContain('entry 4');
    });
  });
});
