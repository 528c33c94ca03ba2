import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnforcer, createMeshClient, type Enforcer, type EnforcerOptions, httpEnforcerSources } from '@meshwork/sdk';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
const PORT = 'urn:meshwork:crm:customers:customers:v1';
const UNKNOWN_PORT = 'urn:meshwork:crm:nothing:here:v1';
const PRODUCT = 'urn:meshwork:crm:customers';
const PORTS = [PORT, UNKNOWN_PORT, PRODUCT];
const NOBODY = '00000000-0000-4000-8000-000000000000';

function envelope(): string {
  const indent = (text: string, prefix: string) => text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
  const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8');
  const product = readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8');
  return `product:\n${indent(product, '  ')}\ncontracts:\n  -\n${indent(contract, '    ')}\n`;
}

type Result = Schemas['DecisionResultDto'];
type AuditEvent = Schemas['AuditEventDto'];

describe('local decisions by the SDK enforcer (HTTP, real PostgreSQL, real catalog)', () => {
  let h: AccessHarness;
  let catalog: CatalogProcess;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const enforcers: Enforcer[] = [];
  /** Status of every bundle answer, by principal id. */
  const bundleStatuses: Record<string, number[]> = {};
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;

  const later = () => new Date(Date.now() + 86_400_000).toISOString();
  const grant = async (consumer: { principalId?: string; team?: string }, expiresAt: string): Promise<string> => {
    const rows = await h.changeInSql<{ id: string }[]>(
      `INSERT INTO access.grants (request_id, consumer_principal_id, consumer_team, port_urn, owner_team_id, purpose, expires_at, approved_by)
       VALUES (gen_random_uuid(), $1, $2, $3, 'crm-data-team', 'Churn analysis', $4, '{}') RETURNING id`,
      [consumer.principalId ?? null, consumer.team ?? null, PORT, expiresAt],
    );
    return rows[0].id;
  };
  const revoke = async (id: string) => {
    const res = await h.call(`/v1/grants/${id}/revoke`, { method: 'POST', ...jsonBody({ reason: 'Project over' }) });
    expect(res.status).toBe(200);
  };

  /** An enforcer for the principal, speaking with its own token (the admin's for principals that cannot sign in). */
  const enforcerFor = (who: string, options: Partial<EnforcerOptions> = {}): Enforcer => {
    const principalId = ids[who];
    const token = tokens[who] ?? h.token;
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('/bundle')) (bundleStatuses[principalId] ??= []).push(response.status);
      return response;
    };
    const sources = httpEnforcerSources(principalId, { accessUrl: h.baseUrl, catalogUrl: catalog.baseUrl, authorization: () => `Bearer ${token}`, fetch: counting });
    const enforcer = createEnforcer({ principalId, ...sources, auditIntervalMs: 60_000, ...options });
    enforcers.push(enforcer);
    return enforcer;
  };

  const decideOverHttp = async (principalId: string, resource: string, purpose?: string): Promise<Result> => {
    const res = await h.call('/v1/decisions', { method: 'POST', ...jsonBody({ principalId, action: 'read', resource, ...(purpose ? { purpose } : {}) }) });
    if (res.status !== 200) throw new Error(`deciding: ${res.status} ${await res.text()}`);
    return json(res);
  };
  const localEvents = async (principalId: string): Promise<AuditEvent[]> => {
    const res = await h.call(`/v1/audit/events?action=decision&limit=200`);
    expect(res.status).toBe(200);
    return (await json<Schemas['AuditEventPageDto']>(res)).items.filter((e) => e.details.source === 'local' && e.details.principalId === principalId);
  };
  const report = (who: string | null, decisions: unknown) =>
    h.call('/v1/audit/local-decisions', { method: 'POST', ...jsonBody({ decisions }, who === null ? {} : { authorization: `Bearer ${tokens[who]}` }) });

  beforeAll(async () => {
    h = await startAccess();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-data-team' }) })).status).toBe(201);
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);

    for (const name of ['owner', 'holder', 'teamer', 'expired', 'revoked', 'mute', 'stranger', 'fay']) ids[name] = (await createPrincipal(h, { name })).id;
    ids.root = (await createPrincipal(h, { name: 'root', globalRoles: ['platform-admin'] })).id;
    ids.nobody = NOBODY;
    for (const team of ['crm-data-team', 'billing-team']) await createTeam(h, team);
    for (const [team, who] of [['crm-data-team', 'owner'], ['billing-team', 'teamer']]) {
      expect((await h.call(`/v1/teams/${team}/members/${ids[who]}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) })).status).toBe(201);
    }
    await grant({ principalId: ids.holder }, later());
    await grant({ team: 'billing-team' }, later());
    await grant({ principalId: ids.expired }, new Date(Date.now() - 60_000).toISOString());
    await revoke(await grant({ principalId: ids.revoked }, later()));
    await grant({ principalId: ids.mute }, later());
    await h.changeInSql('UPDATE access.principals SET disabled = true WHERE id = $1', [ids.mute]);
    for (const name of ['owner', 'holder', 'teamer', 'expired', 'revoked', 'stranger', 'fay', 'root']) {
      tokens[name] = await h.tokenFor({ id: ids[name], roles: name === 'root' ? ['platform-admin'] : ['consumer'], teamRoles: [] });
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(enforcers.map((e) => e.close().catch(() => undefined)));
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    await h?.close();
    await catalog?.stop();
  });

  const MATRIX = ['root', 'owner', 'holder', 'teamer', 'expired', 'revoked', 'mute', 'stranger', 'nobody'];

  it.each(MATRIX)('decides for %s as POST /v1/decisions does, on every port', async (who) => {
    const enforcer = enforcerFor(who);
    await enforcer.prepare(...PORTS);
    for (const resource of PORTS) {
      for (const purpose of [undefined, 'Churn analysis']) {
        const remote = await decideOverHttp(ids[who], resource, purpose);
        const local = enforcer.decide('read', resource, purpose);
        expect({ who, resource, decision: local.decision, grantId: local.grantId }).toEqual({ who, resource, decision: remote.decision, grantId: remote.grantId });
        if (remote.decision === 'allow') expect(local.reasons).toEqual(remote.reasons);
      }
    }
  });

  it('covers both answers in the matrix: the expected allows and denies on the port', async () => {
    const answers: Record<string, string> = {};
    for (const who of MATRIX) answers[who] = (await decideOverHttp(ids[who], PORT)).decision;
    expect(answers).toEqual({ root: 'allow', owner: 'allow', holder: 'allow', teamer: 'allow', expired: 'deny', revoked: 'deny', mute: 'deny', stranger: 'deny', nobody: 'deny' });
  });

  it('sends local decisions to the audit log in batches, counted, with source local and the bundle ETag', async () => {
    const enforcer = enforcerFor('holder');
    await enforcer.prepare(PORT);
    for (let i = 0; i < 25; i++) expect(enforcer.can('read', PORT, 'Churn analysis')).toBe(true);
    expect(enforcer.can('read', UNKNOWN_PORT)).toBe(false);
    expect(enforcer.can('create', 'AccessRequest')).toBe(true);
    await enforcer.flush();
    const events = await localEvents(ids.holder);
    const allowed = events.find((e) => e.resource === PORT && e.details.purpose === 'Churn analysis');
    expect(allowed).toMatchObject({ actor: ids.holder, action: 'decision', outcome: 'allow', details: { source: 'local', action: 'read', bundleEtag: enforcer.etag, grantId: expect.any(String) } });
    const counted = events.filter((e) => e.resource === PORT && e.details.purpose === 'Churn analysis' && e.details.bundleEtag === enforcer.etag).reduce((n, e) => n + Number(e.details.count), 0);
    expect(counted).toBeGreaterThanOrEqual(25);
    expect(events.find((e) => e.resource === UNKNOWN_PORT)).toMatchObject({ outcome: 'deny' });
    expect(events.find((e) => e.resource === 'AccessRequest')).toMatchObject({ outcome: 'allow', details: { action: 'create' } });
    expect((await json<Schemas['AuditVerificationDto']>(await h.call('/v1/audit/verify'))).valid).toBe(true);
  });

  it('keeps the bundle on 304 while nothing changed, and sees a revocation at the next background refresh', async () => {
    const id = await grant({ principalId: ids.fay }, later());
    const enforcer = enforcerFor('fay', { refreshSeconds: 1 });
    await enforcer.prepare(PORT);
    const etag = enforcer.etag;
    expect(enforcer.decide('read', PORT)).toMatchObject({ decision: 'allow', grantId: id });
    await enforcer.refresh();
    // The first answer is the bundle; every later one, background refreshes included, is 304 while nothing changes.
    const [first, ...since] = bundleStatuses[ids.fay];
    expect([first, since.length > 0, new Set(since)]).toEqual([200, true, new Set([304])]);
    expect(enforcer.etag).toBe(etag);
    const answered = bundleStatuses[ids.fay].length;

    await revoke(id);
    expect((await decideOverHttp(ids.fay, PORT)).decision).toBe('deny');
    const deadline = Date.now() + 5_000;
    while (enforcer.can('read', PORT)) {
      if (Date.now() > deadline) throw new Error('the revocation did not reach the enforcer within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(enforcer.decide('read', PORT)).toEqual({ decision: 'deny', reasons: [`no grant on '${PORT}' for principal 'fay' or its teams`] });
    expect(bundleStatuses[ids.fay].slice(answered)).toContain(200);
    expect(enforcer.etag).not.toBe(etag);
  });

  it('is at hand as mesh.access.enforcer, speaking with the client’s token', async () => {
    const mesh = createMeshClient({ urls: { access: h.baseUrl, catalog: catalog.baseUrl }, token: tokens.teamer });
    const enforcer = mesh.access.enforcer(ids.teamer, { refreshSeconds: 60 });
    enforcers.push(enforcer);
    await enforcer.prepare(PORT, UNKNOWN_PORT);
    for (const resource of [PORT, UNKNOWN_PORT]) {
      const remote = await decideOverHttp(ids.teamer, resource, 'Mesh client');
      expect(enforcer.decide('read', resource, 'Mesh client')).toEqual(remote.decision === 'allow' ? remote : expect.objectContaining({ decision: 'deny' }));
    }
    await enforcer.refresh();
    await enforcer.flush();
    expect((await localEvents(ids.teamer)).filter((e) => e.details.purpose === 'Mesh client').map((e) => [e.actor, e.resource, e.outcome])).toEqual([
      [ids.teamer, PORT, 'allow'],
      [ids.teamer, UNKNOWN_PORT, 'deny'],
    ]);
    const stranger = createMeshClient({ urls: { access: h.baseUrl, catalog: catalog.baseUrl }, token: tokens.stranger }).access.enforcer(ids.teamer, { audit: false });
    enforcers.push(stranger);
    await expect(stranger.ready()).rejects.toMatchObject({ name: 'MeshError', status: 403 });
  });

  describe('POST /v1/audit/local-decisions', () => {
    const item = (fields: Record<string, unknown> = {}) => ({ principalId: ids.stranger, resource: PORT, action: 'read', decision: 'deny', decidedAt: new Date().toISOString(), bundleEtag: '"abc"', ...fields });

    it('takes a principal’s own decisions (202), coalescing alike ones and adding their counts', async () => {
      const at = '2026-11-26T09:00:00.000Z';
      const res = await report('stranger', [item({ purpose: 'Coalesce', decidedAt: at, count: 3, lastDecidedAt: '2026-11-26T09:00:02.000Z' }), item({ purpose: 'Coalesce', decidedAt: '2026-11-26T08:59:59.000Z' })]);
      expect([res.status, await json(res)]).toEqual([202, { accepted: 2 }]);
      const events = (await localEvents(ids.stranger)).filter((e) => e.details.purpose === 'Coalesce');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor: ids.stranger, outcome: 'deny', details: { source: 'local', count: 4, firstAt: '2026-11-26T08:59:59.000Z', lastAt: '2026-11-26T09:00:02.000Z', bundleEtag: '"abc"' } });
    });

    it('refuses decisions about someone else (403) but takes anyone’s from a platform admin', async () => {
      const refused = await report('stranger', [item(), item({ principalId: ids.holder })]);
      expect(refused.status).toBe(403);
      expect((await json<Problem>(refused)).detail).toContain('/decisions/1/principalId');
      expect((await report('root', [item({ principalId: ids.holder })])).status).toBe(202);
      expect((await report(null, [item({ principalId: ids.holder })])).status).toBe(202);
    });

    it('answers 400 with a pointer per invalid field of each item, and for an empty or oversized batch', async () => {
      const bad = await report('stranger', [item(), item({ resource: 'not a urn', decision: 'maybe', decidedAt: 'yesterday', count: 0, grantId: 'g', extra: 1 })]);
      expect(bad.status).toBe(400);
      expect(new Set((await json<Problem>(bad)).errors?.map((e) => e.pointer))).toEqual(
        new Set(['/decisions/1/resource', '/decisions/1/decision', '/decisions/1/decidedAt', '/decisions/1/count', '/decisions/1/grantId', '/decisions/1/extra']),
      );
      const empty = await report('stranger', []);
      expect([empty.status, (await json<Problem>(empty)).errors?.map((e) => e.pointer)]).toEqual([400, ['/decisions']]);
      const tooMany = await report('stranger', Array.from({ length: 1001 }, () => item()));
      expect([tooMany.status, (await json<Problem>(tooMany)).errors?.map((e) => e.pointer)]).toEqual([400, ['/decisions']]);
    });
  });
});
