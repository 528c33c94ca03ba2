/**
 * Scale-out: two replicas of each service, in production mode with docker-compose.yml's environment, against one
 * PostgreSQL. The scenario's writes go through both replicas in turn, and the same stale write through the other
 * replica: nothing is done twice (incidents, webhooks, grants, transitions, seeded policies, signing keys) and no
 * update is lost (If-Match on products, policies and grants answers 412 to the writer that came second).
 *   npm run e2e:replicas
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type FeedItem, readWholeFeed, type TestDatabase } from '@meshwork/testing';
import { Client } from 'pg';
import { parse } from 'yaml';
import { type Answer, bootstrapAdmin, call, eventually, Mesh, SERVICES, type ServiceName, startIncidentReceiver } from './mesh';

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
const OWNER_TEAM = 'crm-data-team';
/** Evaluator and dispatcher passes of both SLA replicas, often enough for a test. */
const LOOP_MS = '250';
const HOUR_MS = 3_600_000;

function envelope(version: string): Record<string, unknown> {
  const product = parse(readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8')) as Record<string, unknown>;
  const contract = parse(readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8')) as Record<string, unknown>;
  return { product: { ...product, version }, contracts: [contract] };
}

/** The two answers of one write sent through both replicas at once, by status. */
function statuses(answers: Answer[]): number[] {
  return answers.map((a) => a.status).sort();
}

describe('two replicas of every service against one database (production mode, docker-compose.yml environment)', () => {
  let db: TestDatabase;
  let sql: Client;
  let mesh: Mesh;
  let receiver: Awaited<ReturnType<typeof startIncidentReceiver>>;
  const tokens: Record<'admin' | 'owner' | 'consumer', string> = { admin: '', owner: '', consumer: '' };
  const ids: Record<'owner' | 'consumer', string> = { owner: '', consumer: '' };
  let grantId = '';

  const catalog = (rank: number) => mesh.url('catalog', rank);
  const governance = (rank: number) => mesh.url('governance', rank);
  const access = (rank: number) => mesh.url('access', rank);
  const sla = (rank: number) => mesh.url('sla', rank);
  const rows = async <T>(text: string, params: unknown[] = []) => (await sql.query(text, params)).rows as T[];

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    receiver = await startIncidentReceiver();
    mesh = await Mesh.create(db.url);
    await mesh.start(['access', 'catalog', 'governance']);
    // Production refuses dev tokens: the first admin comes from the bootstrap script, as in a compose deployment.
    const apiKey = await bootstrapAdmin(mesh.env('access', 0));
    expect(apiKey).toMatch(/^mwk_/);
    tokens.admin = await exchange(access(1), apiKey);
    // SLA monitoring reads the grants of a port with a service token, to notify the consumers holding one.
    const slaEnv = {
      MESHWORK_SERVICE_TOKEN: tokens.admin,
      SLA_ALLOW_HTTP_WEBHOOKS: 'true',
      SLA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      SLA_EVALUATOR_INTERVAL_MS: LOOP_MS,
      SLA_DISPATCHER_INTERVAL_MS: LOOP_MS,
      SLA_PROBER: 'off',
    };
    await mesh.start(['sla'], { sla: slaEnv });
  }, 400_000);

  afterAll(async () => {
    await mesh?.stop();
    await receiver?.close();
    await sql?.end();
    await db?.drop();
  }, 60_000);

  async function exchange(base: string, apiKey: string): Promise<string> {
    const answer = await call<{ accessToken: string }>(base, 'POST', '/v1/auth/token', { body: { apiKey } });
    if (answer.status !== 200) throw new Error(`token exchange: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.accessToken;
  }

  it('starts every replica in production mode against one database, with one signing key and one set of starter policies', async () => {
    for (const replica of mesh.replicas) expect([replica.service, replica.rank, replica.child.exitCode]).toEqual([replica.service, replica.rank, null]);
    expect(await rows('SELECT kid FROM access.signing_keys WHERE retired_at IS NULL')).toHaveLength(1);
    const [first, second] = await Promise.all([0, 1].map((rank) => call<{ items: { id: string }[]; total: number }>(governance(rank), 'GET', '/v1/policies?limit=100', { token: tokens.admin })));
    expect(first.status).toBe(200);
    expect(first.body.total).toBeGreaterThan(0);
    expect(second.body.items.map((p) => p.id)).toEqual(first.body.items.map((p) => p.id));
    expect(await rows('SELECT policy_id, version FROM governance.policy_versions GROUP BY 1, 2 HAVING count(*) > 1')).toEqual([]);
    // A token issued by one access replica is accepted by every replica of every service.
    const reads: Record<string, string> = { catalog: '/v1/domains', governance: '/v1/policies', access: '/v1/principals', sla: '/v1/slos' };
    for (const replica of mesh.replicas) {
      expect([replica.service, replica.rank, (await call(replica.base, 'GET', reads[replica.service], { token: tokens.admin })).status]).toEqual([replica.service, replica.rank, 200]);
      expect([replica.service, replica.rank, (await call(replica.base, 'GET', reads[replica.service])).status]).toEqual([replica.service, replica.rank, 401]);
    }
  });

  it('creates the team and its principals through both access replicas, each able to sign in at either', async () => {
    expect((await call(access(0), 'POST', '/v1/teams', { token: tokens.admin, body: { name: OWNER_TEAM, displayName: 'CRM data team' } })).status).toBe(201);
    for (const [who, rank] of [['owner', 1], ['consumer', 0]] as const) {
      const principal = await call<{ id: string }>(access(rank), 'POST', '/v1/principals', { token: tokens.admin, body: { kind: 'service-account', name: `replicas-${who}`, displayName: who, globalRoles: [] } });
      expect(principal.status).toBe(201);
      ids[who] = principal.body.id;
    }
    expect((await call(access(1), 'PUT', `/v1/teams/${OWNER_TEAM}/members/${ids.owner}`, { token: tokens.admin, body: { role: 'domain-owner' } })).status).toBe(201);
    for (const [who, rank] of [['owner', 0], ['consumer', 1]] as const) {
      const key = await call<{ secret: string }>(access(rank), 'POST', `/v1/principals/${ids[who]}/api-keys`, { token: tokens.admin, body: { name: 'replicas test' } });
      expect(key.status).toBe(201);
      tokens[who] = await exchange(access(1 - rank), key.body.secret);
    }
  });

  it('registers and publishes through both catalog replicas; a stale If-Match through the other replica answers 412', async () => {
    expect((await call(catalog(0), 'POST', '/v1/domains', { token: tokens.admin, body: { name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM } })).status).toBe(201);
    const registered = await call(catalog(1), 'PUT', '/v1/products/crm/customers', { token: tokens.owner, body: envelope('1.2.0') });
    expect([registered.status, registered.body]).toEqual([201, expect.objectContaining({ outcome: 'created' })]);
    const read = await call(catalog(0), 'GET', '/v1/products/crm/customers', { token: tokens.consumer });
    expect(read.etag).toBe(registered.etag);

    const published = await call(catalog(0), 'POST', '/v1/products/crm/customers/transitions', { token: tokens.owner, body: { to: 'published' }, headers: { 'if-match': registered.etag ?? '' } });
    expect([published.status, published.body]).toEqual([200, expect.objectContaining({ status: 'published' })]);
    const stale = await call(catalog(1), 'POST', '/v1/products/crm/customers/transitions', { token: tokens.owner, body: { to: 'deprecated' }, headers: { 'if-match': registered.etag ?? '' } });
    expect([stale.status, stale.body]).toEqual([412, expect.objectContaining({ code: 'PRECONDITION_FAILED' })]);

    // The same new version, from the same read, through both replicas at once: one is added, the other is refused.
    const racing = await Promise.all([0, 1].map((rank) => call(catalog(rank), 'PUT', '/v1/products/crm/customers', { token: tokens.owner, body: envelope('1.3.0'), headers: { 'if-match': published.etag ?? '' } })));
    expect(statuses(racing)).toEqual([200, 412]);
    const versions = await call<{ items: { version: string }[] }>(catalog(1), 'GET', '/v1/products/crm/customers/versions', { token: tokens.consumer });
    expect(versions.body.items.map((v) => v.version)).toEqual(['1.3.0', '1.2.0']);
    expect(await rows(`SELECT t.to_status FROM catalog.product_transitions t JOIN catalog.data_products p ON p.id = t.product_id WHERE p.name = 'customers' ORDER BY t.at`)).toEqual([{ to_status: 'draft' }, { to_status: 'published' }]);
  });

  it('moves a policy through both governance replicas; the writer that read before the other wrote gets 412', async () => {
    const body = { id: 'replicas-purpose', name: 'Products state their purpose', description: 'Checked by the replicas test.', severity: 'warning', target: 'product', scope: 'all', rule: { kind: 'cel', expression: 'has(product.description)', message: 'Describe the product.' } };
    const created = await call(governance(0), 'POST', '/v1/policies', { token: tokens.admin, body });
    expect(created.status).toBe(201);
    const enforced = await call(governance(1), 'POST', '/v1/policies/replicas-purpose/transitions', { token: tokens.admin, body: { to: 'enforced' }, headers: { 'if-match': created.etag ?? '' } });
    expect([enforced.status, enforced.body]).toEqual([200, expect.objectContaining({ state: 'enforced' })]);
    const stale = await call(governance(0), 'PATCH', '/v1/policies/replicas-purpose', { token: tokens.admin, body: { name: 'Stale edit' }, headers: { 'if-match': created.etag ?? '' } });
    expect(stale.status).toBe(412);

    const current = await call(governance(0), 'GET', '/v1/policies/replicas-purpose', { token: tokens.admin });
    const racing = await Promise.all([0, 1].map((rank) => call(governance(rank), 'PATCH', '/v1/policies/replicas-purpose', { token: tokens.admin, body: { name: `Edit through replica ${rank}` }, headers: { 'if-match': current.etag ?? '' } })));
    expect(statuses(racing)).toEqual([200, 412]);
    const winner = racing.find((a) => a.status === 200) as Answer<{ name: string }>;
    const stored = await call<{ name: string }>(governance(1), 'GET', '/v1/policies/replicas-purpose', { token: tokens.admin });
    expect(stored.body.name).toBe(winner.body.name);
  });

  it('requests and approves access through both access replicas, leaving one grant', async () => {
    const requested = await call<{ id: string; steps: unknown[] }>(access(0), 'POST', '/v1/access-requests', { token: tokens.consumer, body: { consumer: { principalId: ids.consumer }, portUrn: PORT_URN, purpose: 'Churn analysis' } });
    expect(requested.status).toBe(201);
    // The contract names a second-level approver: the owner's approval leaves the request waiting for it.
    expect(requested.body.steps).toHaveLength(2);
    const first = await call<{ state: string }>(access(1), 'POST', `/v1/access-requests/${requested.body.id}/approve`, { token: tokens.owner, body: {} });
    expect([first.status, first.body.state]).toEqual([200, 'awaiting-second-level']);
    // The last approval through both replicas at once: one decides and creates the grant, the other finds it decided.
    const racing = await Promise.all([0, 1].map((rank) => call<{ state: string; grantId: string | null }>(access(rank), 'POST', `/v1/access-requests/${requested.body.id}/approve`, { token: tokens.admin, body: {} })));
    expect(statuses(racing)).toEqual([200, 409]);
    const approved = racing.find((a) => a.status === 200) as Answer<{ state: string; grantId: string | null }>;
    expect(approved.body.state).toBe('approved');
    grantId = approved.body.grantId ?? '';
    const grants = await call<{ items: { id: string; active: boolean }[] }>(access(1), 'GET', `/v1/grants?portUrn=${encodeURIComponent(PORT_URN)}`, { token: tokens.admin });
    expect(grants.body.items).toEqual([expect.objectContaining({ id: grantId, active: true })]);
  });

  it('opens one incident for a late refresh and closes it once, with one webhook per recipient and event, though both SLA replicas evaluate and dispatch', async () => {
    // Both SLA replicas read the catalog's products at once (as each would after a restart): one set of SLOs.
    const synced = await Promise.all([0, 1].map((rank) => call(sla(rank), 'POST', '/v1/slos/sync', { token: tokens.admin })));
    expect(synced.map((a) => a.status)).toEqual([200, 200]);
    await eventually('the SLOs of the published port', async () => {
      const slos = await call<{ items: { property: string }[] }>(sla(1), 'GET', `/v1/ports/${encodeURIComponent(PORT_URN)}/slos`, { token: tokens.consumer });
      return slos.status === 200 && slos.body.items.some((s) => s.property === 'latency') ? true : undefined;
    });
    expect(await rows('SELECT port_urn, property, element FROM sla.slos GROUP BY 1, 2, 3 HAVING count(*) > 1')).toEqual([]);
    const owner = await call(sla(0), 'POST', '/v1/subscriptions', { token: tokens.owner, body: { url: `${receiver.url}/owner`, owner: `team:${OWNER_TEAM}`, portUrn: PORT_URN } });
    const consumer = await call(sla(1), 'POST', '/v1/subscriptions', { token: tokens.consumer, body: { url: `${receiver.url}/consumer` } });
    expect([owner.status, consumer.status]).toEqual([201, 201]);

    const latency = (path: string, type: string) => receiver.received.filter((d) => d.path === path && d.type === type && d.incident.property === 'latency');
    const observe = (rank: number, id: string, at: Date) => call(sla(rank), 'POST', '/v1/observations', { token: tokens.owner, body: { observations: [{ portUrn: PORT_URN, id, kind: 'refresh', at: at.toISOString() }] } });

    // The last refresh was five hours ago: past the contract's four-hour latency.
    expect((await observe(0, 'replicas-refresh-1', new Date(Date.now() - 5 * HOUR_MS))).status).toBe(200);
    await eventually('incident.opened for latency at both recipients', async () => (latency('/owner', 'incident.opened').length > 0 && latency('/consumer', 'incident.opened').length > 0 ? true : undefined));
    // The late refresh arrives through the other replica.
    expect((await observe(1, 'replicas-refresh-2', new Date())).status).toBe(200);
    await eventually('incident.closed for latency at both recipients', async () => (latency('/owner', 'incident.closed').length > 0 && latency('/consumer', 'incident.closed').length > 0 ? true : undefined));
    // Several more passes of both evaluators and dispatchers: a duplicate would arrive by now.
    await new Promise((resolve) => setTimeout(resolve, 8 * Number(LOOP_MS)));

    const incidents = await rows<{ id: string; closed_at: Date | null }>(`SELECT i.id, i.closed_at FROM sla.incidents i JOIN sla.slos s ON s.id = i.slo_id WHERE s.property = 'latency' AND s.port_urn = $1`, [PORT_URN]);
    expect(incidents).toEqual([{ id: expect.any(String), closed_at: expect.any(Date) }]);
    for (const path of ['/owner', '/consumer']) {
      for (const type of ['incident.opened', 'incident.closed']) expect([path, type, latency(path, type).map((d) => d.incident.id)]).toEqual([path, type, [incidents[0].id]]);
      const keys = receiver.received.filter((d) => d.path === path).map((d) => `${d.type} ${d.incident.id}`);
      expect([path, keys.length]).toEqual([path, new Set(keys).size]);
    }
    expect(await rows('SELECT subject, type FROM sla.events WHERE type LIKE $1 GROUP BY 1, 2 HAVING count(*) > 1', ['io.meshwork.sla.incident.%'])).toEqual([]);
    expect(await rows(`SELECT incident_id, subscription_id, type FROM sla.deliveries GROUP BY 1, 2, 3 HAVING count(*) > 1`)).toEqual([]);
  });

  it('revokes the grant once: the same revocation through both replicas at once answers 200 and 412', async () => {
    const read = await call(access(1), 'GET', `/v1/grants/${grantId}`, { token: tokens.owner });
    expect(read.status).toBe(200);
    const racing = await Promise.all([0, 1].map((rank) => call(access(rank), 'POST', `/v1/grants/${grantId}/revoke`, { token: tokens.owner, body: { reason: `revoked through replica ${rank}` }, headers: { 'if-match': read.etag ?? '' } })));
    expect(statuses(racing)).toEqual([200, 412]);
    expect(await rows(`SELECT sequence FROM access.audit_events WHERE action = 'grant.revoke' AND resource = $1`, [grantId])).toHaveLength(1);
    // Both replicas appended to one hash chain; it is whole.
    const chain = await call<{ valid: boolean; checked: number }>(access(0), 'GET', '/v1/audit/verify', { token: tokens.admin });
    expect(chain.body).toMatchObject({ valid: true });
    expect(await rows('SELECT request_id FROM access.grants GROUP BY 1 HAVING count(*) > 1')).toEqual([]);
  });

  describe('event feeds (outbox)', () => {
    /** A service's whole feed as one replica serves it, read page by page with a token of the admin. */
    const wholeFeed = (service: ServiceName, rank: number, after?: string) =>
      readWholeFeed((path, init) => fetch(`${mesh.url(service, rank)}${path}`, { ...init, headers: { authorization: `Bearer ${tokens.admin}` }, signal: AbortSignal.timeout(30_000) }), { after, limit: 50 });
    const ofType = (items: FeedItem[], service: ServiceName, fact: string) => items.filter((e) => e.type === `io.meshwork.${service}.${fact}.v1`);
    const feeds: Partial<Record<ServiceName, FeedItem[]>> = {};

    it('serves one sequence through both replicas of each service, without a duplicate event id', async () => {
      for (const service of SERVICES) {
        const first = await wholeFeed(service, 0);
        const second = await wholeFeed(service, 1);
        // The SLA evaluators keep running: the replica read second may already serve a later event, never another order.
        const seen = (items: FeedItem[]) => items.map((e) => `${e.id} ${e.type} ${e.cursor}`);
        expect([service, seen(second.items).slice(0, first.items.length)]).toEqual([service, seen(first.items)]);
        // Read on from the other replica's cursor: the replica read first continues the same sequence.
        const rest = await wholeFeed(service, 0, first.next);
        expect([service, seen([...first.items, ...rest.items]).slice(0, second.items.length)]).toEqual([service, seen(second.items)]);
        const items = [...first.items, ...rest.items];
        expect([service, [...new Set(items.map((e) => e.source))]]).toEqual([service, items.length > 0 ? [`/meshwork/${service}`] : []]);
        expect([service, new Set(items.map((e) => e.id)).size]).toEqual([service, items.length]);
        feeds[service] = items;
      }
    });

    it('publishes each committed change once on every service’s event feed, whichever replica wrote it', async () => {
      const { catalog: products = [], governance: policies = [], access: grants = [], sla: incidents = [] } = feeds;
      // Catalog: 1.2.0 published through replica 0, 1.3.0 added to the published product by one of the racing writes.
      const published = ofType(products, 'catalog', 'product.published').filter((e) => e.subject === 'urn:meshwork:crm:customers');
      expect(published.map((e) => e.data.version)).toEqual(['1.2.0', '1.3.0']);
      expect(ofType(products, 'catalog', 'product.deprecated')).toEqual([]);
      const contracts = ofType(products, 'catalog', 'contract.version-added').map((e) => `${String(e.data.contractId)} ${String(e.data.version)}`);
      expect(contracts.length).toBeGreaterThan(0);
      expect(new Set(contracts).size).toBe(contracts.length);
      // Governance: draft → enforced once; the racing edits and the stale one move no state.
      const moves = policies.filter((e) => e.subject === 'replicas-purpose').map((e) => [e.type, e.data.from, e.data.to]);
      expect(moves).toEqual([['io.meshwork.governance.policy.enforced.v1', 'draft', 'enforced']]);
      const versions = policies.map((e) => `${e.type} ${String(e.data.policyId)} ${String(e.data.version)}`);
      expect(new Set(versions).size).toBe(versions.length);
      // Access: the approval raced through both replicas and the revocation too; one fact each.
      expect(ofType(grants, 'access', 'grant.approved').map((e) => e.subject)).toEqual([grantId]);
      expect(ofType(grants, 'access', 'grant.revoked').map((e) => e.subject)).toEqual([grantId]);
      expect(ofType(grants, 'access', 'grant.expired')).toEqual([]);
      // SLA: both evaluators ran; the latency incident opened once and closed once, its SLO breached and recovered once.
      const latency = (fact: string) => ofType(incidents, 'sla', fact).filter((e) => (e.data.incident as { property?: string } | undefined)?.property === 'latency' || e.data.property === 'latency');
      const stored = await rows<{ id: string }>(`SELECT i.id FROM sla.incidents i JOIN sla.slos s ON s.id = i.slo_id WHERE s.property = 'latency' AND s.port_urn = $1`, [PORT_URN]);
      const [opened] = latency('incident.opened');
      expect(latency('incident.opened').map((e) => e.subject)).toEqual(stored.map((i) => i.id));
      expect(latency('incident.closed').map((e) => e.subject)).toEqual([opened.subject]);
      expect(latency('slo.breached').map((e) => e.subject)).toHaveLength(1);
      expect(latency('slo.recovered').map((e) => e.subject)).toEqual(latency('slo.breached').map((e) => e.subject));
      for (const fact of ['incident.opened', 'incident.closed']) {
        const subjects = ofType(incidents, 'sla', fact).map((e) => e.subject);
        expect([fact, new Set(subjects).size]).toEqual([fact, subjects.length]);
      }
    });
  });
});
