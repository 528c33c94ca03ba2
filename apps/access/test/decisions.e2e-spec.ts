import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subject } from '@casl/ability';
import { type PackedRules, unpackAbility } from '@meshwork/authz';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const OTHER_URN = 'urn:meshwork:crm:customers:customers:v2';

function envelope(): string {
  const indent = (text: string, prefix: string) => text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
  const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8');
  const product = readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8');
  return `product:\n${indent(product, '  ')}\ncontracts:\n  -\n${indent(contract, '    ')}\n`;
}

type Result = Schemas['DecisionResultDto'];

describe('runtime access decisions (HTTP, real PostgreSQL, real catalog)', () => {
  let h: AccessHarness;
  let catalog: CatalogProcess;
  const people: Record<string, Schemas['PrincipalDto']> = {};
  const tokens: Record<string, string> = {};
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;

  const post = (who: string | null, path: string, body: unknown) =>
    h.call(path, { method: 'POST', ...jsonBody(body, who === null ? {} : { authorization: `Bearer ${tokens[who]}` }) });
  const decide = async (who: string | null, body: Record<string, unknown>): Promise<Result> => {
    const res = await post(who, '/v1/decisions', { action: 'read', resource: PORT_URN, ...body });
    if (res.status !== 200) throw new Error(`deciding: ${res.status} ${await res.text()}`);
    return json(res);
  };
  const grant = async (consumer: { principalId?: string; team?: string }, expiresAt: string, purpose = 'Churn analysis'): Promise<string> => {
    const rows = await h.changeInSql<{ id: string }[]>(
      `INSERT INTO access.grants (request_id, consumer_principal_id, consumer_team, port_urn, owner_team_id, purpose, expires_at, approved_by)
       VALUES (gen_random_uuid(), $1, $2, $3, 'crm-data-team', $4, $5, '{}') RETURNING id`,
      [consumer.principalId ?? null, consumer.team ?? null, PORT_URN, purpose, expiresAt],
    );
    return rows[0].id;
  };
  const later = () => new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    h = await startAccess();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-data-team' }) })).status).toBe(201);
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);

    for (const name of ['ada', 'bob', 'carl', 'dora', 'eve', 'olivia']) people[name] = await createPrincipal(h, { name });
    people.root = await createPrincipal(h, { name: 'root', globalRoles: ['platform-admin'] });
    for (const team of ['crm-data-team', 'billing-team']) await createTeam(h, team);
    const join = async (team: string, who: string) => {
      const res = await h.call(`/v1/teams/${team}/members/${people[who].id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) });
      expect(res.status).toBe(201);
    };
    await join('billing-team', 'bob');
    await join('crm-data-team', 'olivia');
    for (const name of Object.keys(people)) {
      tokens[name] = await h.tokenFor({ id: people[name].id, roles: name === 'root' ? ['platform-admin'] : ['consumer'], teamRoles: [] });
    }
  }, 120_000);

  afterAll(async () => {
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    await h?.close();
    await catalog?.stop();
  });

  it('allows through a grant to the principal, naming the grant and comparing purposes without denying', async () => {
    const id = await grant({ principalId: people.ada.id }, later());
    expect(await decide('ada', { principalId: people.ada.id, purpose: 'churn analysis' })).toEqual({
      decision: 'allow',
      grantId: id,
      reasons: [expect.stringContaining(`active grant '${id}' held by principal 'ada'`), 'purpose matches the grant'],
    });
    const other = await decide('ada', { principalId: people.ada.id, purpose: 'Marketing' });
    expect(other).toMatchObject({ decision: 'allow', grantId: id });
    expect(other.reasons[1]).toContain('purpose differs');
  });

  it('allows through a grant to a team the principal belongs to', async () => {
    const id = await grant({ team: 'billing-team' }, later());
    expect(await decide('bob', { principalId: people.bob.id })).toMatchObject({ decision: 'allow', grantId: id, reasons: [expect.stringContaining("team 'billing-team'")] });
  });

  it('denies without a grant, and on another port', async () => {
    const res = await decide('carl', { principalId: people.carl.id });
    expect(res).toEqual({ decision: 'deny', reasons: [expect.stringContaining('no grant')] });
    expect((await decide('ada', { principalId: people.ada.id, resource: OTHER_URN })).decision).toBe('deny');
  });

  it('denies at once after revocation', async () => {
    const id = await grant({ principalId: people.dora.id }, later());
    expect((await decide('dora', { principalId: people.dora.id })).decision).toBe('allow');
    const revoked = await post(null, `/v1/grants/${id}/revoke`, { reason: 'Project over' });
    expect(revoked.status).toBe(200);
    const res = await decide('dora', { principalId: people.dora.id });
    expect(res).toEqual({ decision: 'deny', reasons: [expect.stringMatching(new RegExp(`grant '${id}' .* revoked at \\d{4}-`))] });
  });

  it('denies when the grant has expired, computed at decision time', async () => {
    const id = await grant({ principalId: people.eve.id }, new Date(Date.now() - 60_000).toISOString());
    const res = await decide('eve', { principalId: people.eve.id });
    expect(res).toEqual({ decision: 'deny', reasons: [expect.stringMatching(new RegExp(`grant '${id}' .* expired at \\d{4}-`))] });
  });

  it('allows a member of the team owning the port, and a platform admin', async () => {
    expect(await decide('olivia', { principalId: people.olivia.id })).toEqual({ decision: 'allow', reasons: [expect.stringContaining("member of team 'crm-data-team'")] });
    expect(await decide('root', { principalId: people.root.id })).toEqual({ decision: 'allow', reasons: [expect.stringContaining('platform admin')] });
  });

  it('denies unknown and disabled principals, and unknown ports', async () => {
    expect(await decide(null, { principalId: '00000000-0000-4000-8000-000000000000' })).toEqual({ decision: 'deny', reasons: [expect.stringContaining('unknown principal')] });
    const mute = await createPrincipal(h, { name: 'mute' });
    await grant({ principalId: mute.id }, later());
    await h.changeInSql('UPDATE access.principals SET disabled = true WHERE id = $1', [mute.id]);
    expect(await decide(null, { principalId: mute.id })).toEqual({ decision: 'deny', reasons: [expect.stringContaining('disabled')] });
    expect(await decide(null, { principalId: people.ada.id, resource: 'urn:meshwork:crm:nothing:here:v1' })).toMatchObject({ decision: 'deny' });
  });

  it('answers a batch in order, with mixed results', async () => {
    const checks = [
      { principalId: people.carl.id, action: 'read', resource: PORT_URN },
      { principalId: people.olivia.id, action: 'read', resource: PORT_URN },
      { principalId: people.eve.id, action: 'read', resource: PORT_URN },
      { principalId: people.root.id, action: 'read', resource: PORT_URN },
      { principalId: people.bob.id, action: 'read', resource: PORT_URN },
    ];
    const res = await post('root', '/v1/decisions/batch', { checks });
    expect(res.status).toBe(200);
    const body = await json<Schemas['DecisionBatchResultDto']>(res);
    expect(body.results.map((r) => r.decision)).toEqual(['deny', 'allow', 'deny', 'allow', 'allow']);
  });

  it('answers 403 when a principal asks about someone else, alone or in a batch', async () => {
    const single = await post('ada', '/v1/decisions', { principalId: people.bob.id, action: 'read', resource: PORT_URN });
    expect(single.status).toBe(403);
    const batch = await post('ada', '/v1/decisions/batch', { checks: [{ principalId: people.ada.id, action: 'read', resource: PORT_URN }, { principalId: people.bob.id, action: 'read', resource: PORT_URN }] });
    expect(batch.status).toBe(403);
    expect((await json<Problem>(batch)).detail).toContain(people.bob.id);
  });

  it('answers 400 with pointers for bad input', async () => {
    const single = await post('ada', '/v1/decisions', { principalId: 'nope', action: 'write', resource: 'x' });
    expect(single.status).toBe(400);
    expect(new Set((await json<Problem>(single)).errors?.map((e) => e.pointer))).toEqual(new Set(['/principalId', '/action', '/resource']));
    const empty = await post('ada', '/v1/decisions/batch', { checks: [] });
    expect(empty.status).toBe(400);
    expect((await json<Problem>(empty)).errors?.map((e) => e.pointer)).toEqual(['/checks']);
    const tooMany = await post('root', '/v1/decisions/batch', { checks: Array.from({ length: 501 }, () => ({ principalId: people.ada.id, action: 'read', resource: PORT_URN })) });
    expect(tooMany.status).toBe(400);
    const nested = await post('ada', '/v1/decisions/batch', { checks: [{ principalId: people.ada.id, action: 'read', resource: PORT_URN }, { principalId: people.ada.id, action: 'read' }] });
    expect(nested.status).toBe(400);
    expect(new Set((await json<Problem>(nested)).errors?.map((e) => e.pointer))).toEqual(new Set(['/checks/1/resource']));
  });
  describe('bundles for local decisions', () => {
    const bundleOf = (who: string, id: string, headers: Record<string, string> = {}) => h.call(`/v1/principals/${id}/bundle`, { headers: { authorization: `Bearer ${tokens[who]}`, ...headers } });

    it('packs the rules, memberships and grants in force, with an ETag that changes with them', async () => {
      const res = await bundleOf('bob', people.bob.id);
      expect(res.status).toBe(200);
      const etag = res.headers.get('etag');
      expect(res.headers.get('cache-control')).toMatch(/^private, max-age=(29\d|300)$/);
      const bundle = await json<Schemas['PrincipalBundleDto']>(res);
      expect(bundle).toMatchObject({ principalId: people.bob.id, principalName: 'bob', disabled: false, roles: [], memberships: [{ team: 'billing-team', role: 'domain-member' }] });
      expect(bundle.grants).toEqual([expect.objectContaining({ portUrn: PORT_URN, heldBy: 'team:billing-team', purpose: 'Churn analysis', fields: null })]);
      expect(Date.parse(bundle.expiresAt) - Date.parse(bundle.issuedAt)).toBeLessThanOrEqual(300_000);
      const ability = unpackAbility(bundle.rules as PackedRules);
      expect([ability.can('read', 'DataProduct'), ability.can('create', 'AccessRequest'), ability.can('manage', 'all'), ability.can('create', subject('Decision', { principalId: people.bob.id })), ability.can('create', subject('Decision', { principalId: people.ada.id }))]).toEqual([true, true, false, true, false]);

      const unchanged = await bundleOf('bob', people.bob.id, { 'if-none-match': etag ?? '' });
      expect([unchanged.status, await unchanged.text()]).toEqual([304, '']);
      const extra = await grant({ principalId: people.bob.id }, later(), 'Invoicing');
      const changed = await bundleOf('bob', people.bob.id, { 'if-none-match': etag ?? '' });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect((await json<Schemas['PrincipalBundleDto']>(changed)).grants.map((g) => g.id)).toContain(extra);
    });

    it('leaves out revoked and expired grants, and is empty for a disabled principal', async () => {
      expect((await json<Schemas['PrincipalBundleDto']>(await bundleOf('dora', people.dora.id))).grants).toEqual([]);
      expect((await json<Schemas['PrincipalBundleDto']>(await bundleOf('eve', people.eve.id))).grants).toEqual([]);
      const mute = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?q=mute'));
      const bundle = await json<Schemas['PrincipalBundleDto']>(await bundleOf('root', mute.items[0].id));
      expect(bundle).toMatchObject({ disabled: true, rules: [], grants: [], memberships: [] });
    });

    it('is for the principal itself and for admins: 403 for others, 404 for no one, 400 for a bad id', async () => {
      expect((await bundleOf('carl', people.ada.id)).status).toBe(403);
      expect((await bundleOf('root', people.ada.id)).status).toBe(200);
      expect((await bundleOf('root', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await bundleOf('root', 'nope')).status).toBe(400);
    });
  });
});
