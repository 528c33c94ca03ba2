import { actorGroups, badAdminTokens, type CatalogProcess, escapeRegExp, expectMatrixCovers, expectRefusal, expectServedMatrixCovers, expectStatus, type HttpMethod, matrixCells, matrixLabel, restoreEnv, startCatalogProcess, type TestActor } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { json, jsonBody, type SlaHarness, startSla } from './support';

/**
 * Who may call what: every SLA operation against every kind of caller, with real JWTs verified against a JWKS, on
 * real PostgreSQL and a real catalog (which says who owns a domain). Objects belong to team A (its domain, port, SLOs,
 * probes, team subscriptions) unless a row says otherwise; rows that change state prepare fresh objects with the dev
 * token (a platform admin) for each call, so rows and actors run in any order. A new operation in
 * libs/sdk/openapi/sla.json fails the first test until it has a row here.
 */

const TEAM_A = 'team-a';
const TEAM_B = 'team-b';
const DOMAIN_A = 'domain-a';
const DOMAIN_B = 'domain-b';
const portOf = (domain: string) => `urn:meshwork:${domain}:orders:orders:v1`;
const PORT_A = portOf(DOMAIN_A);
const PORT_A_PATH = encodeURIComponent(PORT_A);

const ACTORS = {
  anonymous: null,
  'platform-admin': { id: 'pat-admin', roles: ['platform-admin'], teamRoles: [] },
  auditor: { id: 'otto-auditor', roles: ['auditor'], teamRoles: [] },
  'governance-officer': { id: 'gina-governance', roles: ['governance-officer'], teamRoles: [] },
  consumer: { id: 'carl-consumer', roles: [], teamRoles: [] },
  'owner-a': { id: 'olga-owner-a', roles: [], teamRoles: [{ team: TEAM_A, role: 'domain-owner' }] },
  'member-a': { id: 'max-member-a', roles: [], teamRoles: [{ team: TEAM_A, role: 'domain-member' }] },
  'owner-b': { id: 'oscar-owner-b', roles: [], teamRoles: [{ team: TEAM_B, role: 'domain-owner' }] },
} satisfies Record<string, TestActor | null>;

type ActorName = keyof typeof ACTORS;
type Caller = Exclude<ActorName, 'anonymous'>;
const { names: ACTOR_NAMES, everyone: EVERYONE, authenticated: AUTHENTICATED } = actorGroups(ACTORS);
const ADMIN: readonly ActorName[] = ['platform-admin'];
/** The members of team A, owners included, and the platform admin: who runs team A's SLOs, probes and subscriptions. */
const TEAM_A_MEMBERS: readonly ActorName[] = ['platform-admin', 'owner-a', 'member-a'];

interface Call {
  path: string;
  init?: RequestInit;
}

interface Endpoint {
  operationId: string;
  variant?: string;
  method: HttpMethod;
  template: string;
  permission?: string;
  allowed: readonly ActorName[];
  status: number;
  /** The refusal of a caller the route lets in but the object does not, after "Principal '<id>' may not ". */
  refusal?: RegExp;
  prepare: (actor: ActorName) => Promise<Call> | Call;
}

const SETTINGS = {
  SLA_PROBER: 'off',
  SLA_EVALUATOR: 'off',
  SLA_DISPATCHER: 'off',
  SLA_PROBE_ALLOW_PRIVATE: 'true',
  SLA_ALLOW_HTTP_WEBHOOKS: 'true',
  SLA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
};

describe('sla authorization matrix (real JWTs, real PostgreSQL, real catalog)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  const previous = Object.fromEntries([...Object.keys(SETTINGS), 'MESHWORK_CATALOG_URL'].map((key) => [key, process.env[key]]));
  const tokens = new Map<Caller, string>();
  let sloA: string;
  let probeA: string;
  let incidentA: string;
  let seq = 0;
  const unique = (prefix: string) => `${prefix}-${++seq}`;

  async function admin<T>(path: string, init: RequestInit, status: number): Promise<T> {
    const res = await h.call(path, init);
    if (res.status !== status) throw new Error(`${init.method ?? 'GET'} ${path} with the dev token: expected ${status}, got ${res.status} ${await res.text()}`);
    return res.status === 204 ? (undefined as T) : json<T>(res);
  }

  const post = (path: string, body: unknown): Call => ({ path, init: { method: 'POST', ...jsonBody(body) } });
  const publication = (domain: string, team: string, version = '1.0.0') => ({ domain, name: 'orders', version, ownerTeamId: team, ports: [{ urn: portOf(domain), name: 'orders', contract: null }] });
  /**
   * The syncSlos row retires the ports the catalog does not list (its products are not published there): a new
   * version of team A's product lists its port again before a row needs it.
   */
  const republish = async () => admin('/v1/products/published', { method: 'POST', ...jsonBody(publication(DOMAIN_A, TEAM_A, `1.0.${++seq}`)) }, 200);
  const sloBody = () => ({ portUrn: PORT_A, property: 'latency', value: 4, unit: 'hours' });
  const probeBody = () => ({ portUrn: PORT_A, url: 'http://127.0.0.1:9/health' });
  const subscriptionBody = (owner?: string) => ({ url: `http://127.0.0.1:9/hooks/${unique('hook')}`, ...(owner ? { owner } : {}) });
  const observation = () => ({ portUrn: PORT_A, kind: 'refresh', at: new Date(Date.now() - 60_000).toISOString(), id: unique('obs') });

  const freshSlo = async () => (await republish(), await admin<{ id: string }>('/v1/slos', { method: 'POST', ...jsonBody(sloBody()) }, 201)).id;
  const freshProbe = async () => (await republish(), await admin<{ id: string }>('/v1/probes', { method: 'POST', ...jsonBody(probeBody()) }, 201)).id;
  const freshSubscription = async (owner: string) => (await admin<{ id: string }>('/v1/subscriptions', { method: 'POST', ...jsonBody(subscriptionBody(owner)) }, 201)).id;

  const SUBSCRIPTIONS_OF_A = new RegExp(`^update the subscriptions of team '${TEAM_A}'|^delete the subscriptions of team '${TEAM_A}'`);

  const ENDPOINTS: Endpoint[] = [
    { operationId: 'getLiveness', method: 'GET', template: '/health/live', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/health/live' }) },
    { operationId: 'getReadiness', method: 'GET', template: '/health/ready', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/health/ready' }) },
    { operationId: 'listEvents', method: 'GET', template: '/v1/events', permission: 'read:Event', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/events?limit=1' }) },

    // Whether a product keeps its promises is public inside the mesh: every principal reads SLOs, observations,
    // incidents, KPIs and probes.
    { operationId: 'listSlos', method: 'GET', template: '/v1/slos', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/slos' }) },
    { operationId: 'getSlo', method: 'GET', template: '/v1/slos/{id}', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/slos/${sloA}` }) },
    { operationId: 'getSloBudget', method: 'GET', template: '/v1/slos/{id}/budget', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/slos/${sloA}/budget` }) },
    { operationId: 'getSloHistory', method: 'GET', template: '/v1/slos/{id}/history', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/slos/${sloA}/history` }) },
    { operationId: 'listPortSlos', method: 'GET', template: '/v1/ports/{urn}/slos', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/ports/${PORT_A_PATH}/slos` }) },
    { operationId: 'getKpis', method: 'GET', template: '/v1/kpis/{urn}', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/kpis/${PORT_A_PATH}` }) },
    { operationId: 'listObservations', method: 'GET', template: '/v1/observations', permission: 'read:Observation', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/observations?portUrn=${PORT_A_PATH}` }) },
    {
      operationId: 'getPortObservationSummary',
      method: 'GET',
      template: '/v1/ports/{urn}/observations/summary',
      permission: 'read:Observation',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: () => ({ path: `/v1/ports/${PORT_A_PATH}/observations/summary` }),
    },
    { operationId: 'listIncidents', method: 'GET', template: '/v1/incidents', permission: 'read:Incident', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/incidents' }) },
    { operationId: 'getIncident', method: 'GET', template: '/v1/incidents/{id}', permission: 'read:Incident', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/incidents/${incidentA}` }) },
    { operationId: 'listProbes', method: 'GET', template: '/v1/probes', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/probes' }) },
    { operationId: 'getProbe', method: 'GET', template: '/v1/probes/{id}', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/probes/${probeA}` }) },
    { operationId: 'listProbeResults', method: 'GET', template: '/v1/probes/{id}/results', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/probes/${probeA}/results` }) },

    // A team's members run its SLOs and probes and report its observations; nobody else below the platform admin.
    { operationId: 'createSlo', method: 'POST', template: '/v1/slos', permission: 'create:Slo', allowed: TEAM_A_MEMBERS, status: 201, refusal: new RegExp(`^create SLOs of port '${escapeRegExp(PORT_A)}'`), prepare: async () => (await republish(), post('/v1/slos', sloBody())) },
    {
      operationId: 'updateSlo',
      method: 'PATCH',
      template: '/v1/slos/{id}',
      permission: 'update:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: /^update SLO '[0-9a-f-]{36}' of port /,
      prepare: async () => ({ path: `/v1/slos/${await freshSlo()}`, init: { method: 'PATCH', ...jsonBody({ value: 6, unit: 'hours' }) } }),
    },
    {
      operationId: 'deleteSlo',
      method: 'DELETE',
      template: '/v1/slos/{id}',
      permission: 'delete:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 204,
      refusal: /^delete SLO '[0-9a-f-]{36}' of port /,
      prepare: async () => ({ path: `/v1/slos/${await freshSlo()}`, init: { method: 'DELETE' } }),
    },
    {
      operationId: 'applyPublishedProduct',
      method: 'POST',
      template: '/v1/products/published',
      permission: 'update:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: new RegExp(`^update the SLOs of team '${TEAM_A}'`),
      prepare: () => post('/v1/products/published', publication(DOMAIN_A, TEAM_A)),
    },
    { operationId: 'syncSlos', method: 'POST', template: '/v1/slos/sync', permission: 'manage:all', allowed: ADMIN, status: 200, prepare: () => post('/v1/slos/sync', {}) },
    {
      operationId: 'reportObservations',
      method: 'POST',
      template: '/v1/observations',
      permission: 'create:Observation',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: new RegExp(`^create observations of ports in domain '${DOMAIN_A}'`),
      prepare: async () => (await republish(), post('/v1/observations', { observations: [observation()] })),
    },
    {
      operationId: 'reportOpenLineageRun',
      method: 'POST',
      template: '/v1/observations/openlineage',
      permission: 'create:Observation',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: new RegExp(`^create observations of ports in domain '${DOMAIN_A}'`),
      prepare: () => post('/v1/observations/openlineage', { portUrn: PORT_A, eventType: 'COMPLETE', eventTime: new Date(Date.now() - 60_000).toISOString(), runId: unique('run') }),
    },
    { operationId: 'createProbe', method: 'POST', template: '/v1/probes', permission: 'create:Slo', allowed: TEAM_A_MEMBERS, status: 201, refusal: new RegExp(`^create probes of port '${escapeRegExp(PORT_A)}'`), prepare: async () => (await republish(), post('/v1/probes', probeBody())) },
    {
      operationId: 'updateProbe',
      method: 'PATCH',
      template: '/v1/probes/{id}',
      permission: 'update:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: new RegExp(`^update probes of port '${escapeRegExp(PORT_A)}'`),
      prepare: async () => ({ path: `/v1/probes/${await freshProbe()}`, init: { method: 'PATCH', ...jsonBody({ enabled: false }) } }),
    },
    {
      operationId: 'deleteProbe',
      method: 'DELETE',
      template: '/v1/probes/{id}',
      permission: 'delete:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 204,
      refusal: new RegExp(`^delete probes of port '${escapeRegExp(PORT_A)}'`),
      prepare: async () => ({ path: `/v1/probes/${await freshProbe()}`, init: { method: 'DELETE' } }),
    },
    {
      operationId: 'runProbe',
      method: 'POST',
      template: '/v1/probes/{id}/run',
      permission: 'update:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: new RegExp(`^update probes of port '${escapeRegExp(PORT_A)}'`),
      prepare: async () => post(`/v1/probes/${await freshProbe()}/run`, {}),
    },

    // Subscriptions: a principal runs its own, a team's members the team's; the route is open to every principal.
    { operationId: 'listSubscriptions', method: 'GET', template: '/v1/subscriptions', permission: 'read:Slo', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/subscriptions' }) },
    { operationId: 'createSubscription', variant: 'its own', method: 'POST', template: '/v1/subscriptions', permission: 'read:Slo', allowed: AUTHENTICATED, status: 201, prepare: () => post('/v1/subscriptions', subscriptionBody()) },
    {
      operationId: 'createSubscription',
      variant: 'for team A',
      method: 'POST',
      template: '/v1/subscriptions',
      permission: 'read:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 201,
      refusal: new RegExp(`^create the subscriptions of team '${TEAM_A}'`),
      prepare: () => post('/v1/subscriptions', subscriptionBody(`team:${TEAM_A}`)),
    },
    {
      operationId: 'createSubscription',
      variant: 'for another principal',
      method: 'POST',
      template: '/v1/subscriptions',
      permission: 'read:Slo',
      allowed: ['platform-admin', 'consumer'],
      status: 201,
      refusal: /^manage the subscriptions of 'principal:carl-consumer'/,
      prepare: () => post('/v1/subscriptions', subscriptionBody('principal:carl-consumer')),
    },
    {
      operationId: 'getSubscription',
      variant: 'of team A',
      method: 'GET',
      template: '/v1/subscriptions/{id}',
      permission: 'read:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: SUBSCRIPTIONS_OF_A,
      prepare: async () => ({ path: `/v1/subscriptions/${await freshSubscription(`team:${TEAM_A}`)}` }),
    },
    {
      operationId: 'getSubscription',
      variant: 'of another principal',
      method: 'GET',
      template: '/v1/subscriptions/{id}',
      permission: 'read:Slo',
      allowed: ['platform-admin', 'consumer'],
      status: 200,
      refusal: /^manage the subscriptions of 'principal:carl-consumer'/,
      prepare: async () => ({ path: `/v1/subscriptions/${await freshSubscription('principal:carl-consumer')}` }),
    },
    {
      operationId: 'updateSubscription',
      method: 'PATCH',
      template: '/v1/subscriptions/{id}',
      permission: 'read:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: SUBSCRIPTIONS_OF_A,
      prepare: async () => ({ path: `/v1/subscriptions/${await freshSubscription(`team:${TEAM_A}`)}`, init: { method: 'PATCH', ...jsonBody({ active: false }) } }),
    },
    {
      operationId: 'deleteSubscription',
      method: 'DELETE',
      template: '/v1/subscriptions/{id}',
      permission: 'read:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 204,
      refusal: SUBSCRIPTIONS_OF_A,
      prepare: async () => ({ path: `/v1/subscriptions/${await freshSubscription(`team:${TEAM_A}`)}`, init: { method: 'DELETE' } }),
    },
    {
      operationId: 'listSubscriptionDeliveries',
      method: 'GET',
      template: '/v1/subscriptions/{id}/deliveries',
      permission: 'read:Slo',
      allowed: TEAM_A_MEMBERS,
      status: 200,
      refusal: SUBSCRIPTIONS_OF_A,
      prepare: async () => ({ path: `/v1/subscriptions/${await freshSubscription(`team:${TEAM_A}`)}/deliveries` }),
    },
  ];

  async function tokenOf(actor: Caller): Promise<string> {
    const known = tokens.get(actor);
    if (known) return known;
    const token = await h.tokenFor(ACTORS[actor]);
    tokens.set(actor, token);
    return token;
  }

  async function send(endpoint: Endpoint, actor: ActorName, authorization?: string): Promise<Response> {
    const call = await endpoint.prepare(actor);
    const init = call.init ?? {};
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    if (authorization !== undefined) headers.authorization = authorization;
    else if (actor !== 'anonymous') headers.authorization = `Bearer ${await tokenOf(actor)}`;
    return fetch(`${h.baseUrl}${call.path}`, { ...init, method: endpoint.method, headers });
  }

  beforeAll(async () => {
    Object.assign(process.env, SETTINGS);
    h = await startSla();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    for (const [domain, team] of [
      [DOMAIN_A, TEAM_A],
      [DOMAIN_B, TEAM_B],
    ]) {
      const res = await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: domain, title: domain, ownerTeamId: team }) });
      await expectStatus(res, 201, `creating domain ${domain}`);
      await admin('/v1/products/published', { method: 'POST', ...jsonBody(publication(domain, team)) }, 200);
    }
    sloA = await freshSlo();
    probeA = await freshProbe();
    const [row] = (await h.app.get(DataSource).query(
      `INSERT INTO "sla"."incidents" ("slo_id", "port_urn", "property", "opened_at", "detected_at", "observed_value", "observed_unit", "target", "time_to_detect_seconds")
       VALUES ($1, $2, 'latency', now(), now(), '5'::jsonb, 'hours', '4'::jsonb, 0) RETURNING "id"::text AS "id"`,
      [sloA, PORT_A],
    )) as { id: string }[];
    incidentA = row.id;
  }, 120_000);

  afterAll(async () => {
    restoreEnv(previous);
    await h?.close();
    await catalog?.stop();
  });

  describe('the table lists every operation', () => {
    it('of the committed OpenAPI document, with its permission', () => {
      expectMatrixCovers('sla', ENDPOINTS, 'apps/sla/test/authz-matrix.e2e-spec.ts');
    });

    it('of the document the running service serves, with its permission', async () => {
      await expectServedMatrixCovers('sla', ENDPOINTS, 'apps/sla/test/authz-matrix.e2e-spec.ts', await h.call('/docs/openapi.json'));
    });
  });

  const cells = matrixCells(ENDPOINTS, ACTOR_NAMES);

  it.each(cells)('%s as %s', async (_operation, actor, endpoint) => {
    const what = `${endpoint.method} ${endpoint.template} as ${actor}`;
    const res = await send(endpoint, actor);
    if (endpoint.allowed.includes(actor)) return expectStatus(res, endpoint.status, what);
    if (actor === 'anonymous') return void (await expectRefusal(res, 401, what));
    const problem = await expectRefusal(res, 403, what);
    const prefix = `Principal '${ACTORS[actor].id}' may not `;
    const [action, subject] = (endpoint.permission ?? '').split(':');
    if (problem.detail === `${prefix}${action} ${subject}.`) return;
    if (problem.detail.startsWith(prefix) && endpoint.refusal?.test(problem.detail.slice(prefix.length))) return;
    throw new Error(`${what}: refused with an unexpected detail: ${problem.detail}`);
  });

  const guarded = ENDPOINTS.filter((e) => e.permission !== undefined);
  it.each(badAdminTokens(() => h.idp, ACTORS['platform-admin']).flatMap(([kind, token]) => guarded.map((e) => [matrixLabel(e), kind, token, e] as const)))('%s with %s answers 401', async (_operation, kind, token, endpoint) => {
    await expectRefusal(await send(endpoint, 'platform-admin', `Bearer ${await token()}`), 401, `${endpoint.method} ${endpoint.template} with ${kind}`);
  });

  describe('another team\'s objects, by id (BOLA)', () => {
    const as = async (actor: Caller, path: string, init: RequestInit = {}) =>
      h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${await tokenOf(actor)}` } });

    it("the owner of team B cannot change or delete team A's SLO nor redirect or run its probe, and they stay as they were", async () => {
      const slo = await freshSlo();
      const probe = await freshProbe();
      await expectRefusal(await as('owner-b', `/v1/slos/${slo}`, { method: 'PATCH', ...jsonBody({ value: 99 }) }), 403, 'owner-b changing an SLO');
      await expectRefusal(await as('owner-b', `/v1/slos/${slo}`, { method: 'DELETE' }), 403, 'owner-b deleting an SLO');
      await expectRefusal(await as('owner-b', `/v1/probes/${probe}`, { method: 'PATCH', ...jsonBody({ url: 'http://127.0.0.1:9/mine' }) }), 403, 'owner-b redirecting a probe');
      await expectRefusal(await as('owner-b', `/v1/probes/${probe}/run`, { method: 'POST', ...jsonBody({}) }), 403, 'owner-b running a probe');
      expect((await json<{ items: unknown[] }>(await h.call(`/v1/probes/${probe}/results`))).items).toEqual([]);
      expect(await json<{ target: unknown }>(await h.call(`/v1/slos/${slo}`))).toMatchObject({ target: { value: 4, unit: 'h' }, retiredAt: null });
      expect(await json<{ url: string; enabled: boolean }>(await h.call(`/v1/probes/${probe}`))).toMatchObject({ url: 'http://127.0.0.1:9/health', enabled: true });
    });

    it("the owner of team B neither sees nor changes team A's subscriptions, in the list or by id", async () => {
      const id = await freshSubscription(`team:${TEAM_A}`);
      const page = await json<{ items: { id: string }[] }>(await as('owner-b', '/v1/subscriptions?limit=200'));
      expect(page.items.map((s) => s.id)).not.toContain(id);
      await expectRefusal(await as('owner-b', `/v1/subscriptions/${id}`, { method: 'PATCH', ...jsonBody({ url: 'http://127.0.0.1:9/stolen' }) }), 403, 'owner-b redirecting a subscription');
      expect(await json<{ url: string; active: boolean }>(await h.call(`/v1/subscriptions/${id}`))).toMatchObject({ active: true, url: expect.not.stringContaining('stolen') });
    });

    it("the owner of team B cannot report observations on team A's port, and none is stored", async () => {
      const before = await json<{ observationCount: number }>(await h.call(`/v1/ports/${PORT_A_PATH}/observations/summary`));
      await expectRefusal(await as('owner-b', '/v1/observations', { method: 'POST', ...jsonBody({ observations: [observation()] }) }), 403, 'owner-b reporting');
      expect(await json<{ observationCount: number }>(await h.call(`/v1/ports/${PORT_A_PATH}/observations/summary`))).toEqual(before);
    });
  });
});
