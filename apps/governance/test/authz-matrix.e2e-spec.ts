import { actorGroups, badAdminTokens, type CatalogProcess, escapeRegExp, expectMatrixCovers, expectRefusal, expectServedMatrixCovers, expectStatus, type HttpMethod, matrixCells, matrixLabel, restoreEnv, startCatalogProcess, type TestActor } from '@meshwork/testing';
import { fixtureInput, policyBody } from './policies-support';
import { type GovernanceHarness, json, jsonBody, startGovernance } from './support';

/**
 * Who may call what: every governance operation against every kind of caller, with real JWTs verified against a
 * JWKS, on real PostgreSQL (and a real catalog for the dry runs). Glossary terms belong to team A unless a row says
 * otherwise; rows that change state prepare fresh objects with the dev token (a platform admin) for each call, so
 * rows and actors run in any order. A new operation in libs/sdk/openapi/governance.json fails the first test until
 * it has a row here.
 */

const TEAM_A = 'team-a';
const TEAM_B = 'team-b';

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
/** The thin central function: policies, glossary and master data are theirs to define. */
const CENTRAL: readonly ActorName[] = ['platform-admin', 'governance-officer'];

interface Call {
  path: string;
  init?: RequestInit;
}

interface Endpoint {
  operationId: string;
  /** Which object or variant the row is about, when an operation has several rows. */
  variant?: string;
  method: HttpMethod;
  template: string;
  permission?: string;
  /** Who is let through; a caller without a token gets 401, every other caller 403. */
  allowed: readonly ActorName[];
  /** The exact status an allowed call answers. */
  status: number;
  /** The refusal of a caller the route lets in but the object does not. */
  refusal?: (actorId: string) => RegExp;
  prepare: (actor: ActorName) => Promise<Call> | Call;
}

describe('governance authorization matrix (real JWTs, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let catalog: CatalogProcess;
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;
  const tokens = new Map<Caller, string>();
  let seq = 0;
  const unique = (prefix: string) => `${prefix}-${++seq}`;

  async function admin(path: string, init: RequestInit, status: number): Promise<void> {
    await expectStatus(await h.call(path, init), status, `${init.method ?? 'GET'} ${path} with the dev token`);
  }

  const post = (path: string, body: unknown): Call => ({ path, init: { method: 'POST', ...jsonBody(body) } });
  const term = (name: string, ownerTeamId = TEAM_A) => ({ name, title: `Term ${name}`, definition: 'A word the mesh agrees on.', ownerTeamId });
  const entity = (title: string) => ({ title, ownerTeamId: TEAM_A, attributes: [{ name: 'id', title: 'Identifier', logicalType: 'string', required: true }] });
  const codeList = (name: string) => ({ name, title: `List ${name}`, codes: [{ code: 'a', label: 'A' }] });

  async function freshTerm(ownerTeamId = TEAM_A): Promise<string> {
    const name = unique('term');
    await admin('/v1/glossary/terms', { method: 'POST', ...jsonBody(term(name, ownerTeamId)) }, 201);
    return name;
  }

  async function freshEntity(): Promise<string> {
    const name = unique('entity');
    await admin('/v1/master-data/entities', { method: 'POST', ...jsonBody({ name, ...entity('Entity') }) }, 201);
    return name;
  }

  async function freshPolicy(): Promise<string> {
    const id = unique('policy');
    await admin('/v1/policies', { method: 'POST', ...jsonBody(policyBody(id)) }, 201);
    return id;
  }

  const ENDPOINTS: Endpoint[] = [
    // Health: open to anyone.
    { operationId: 'getLiveness', method: 'GET', template: '/health/live', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/health/live' }) },
    { operationId: 'getReadiness', method: 'GET', template: '/health/ready', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/health/ready' }) },

    // The standards are public inside the mesh: every principal reads them and checks a descriptor against them.
    { operationId: 'getPolicyBundle', method: 'GET', template: '/v1/bundle', permission: 'read:Policy', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/bundle' }) },
    { operationId: 'getCompliance', method: 'GET', template: '/v1/compliance', permission: 'read:Compliance', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/compliance' }) },
    { operationId: 'evaluatePolicies', method: 'POST', template: '/v1/evaluations', permission: 'create:Evaluation', allowed: AUTHENTICATED, status: 200, prepare: () => post('/v1/evaluations', fixtureInput()) },
    { operationId: 'listEvents', method: 'GET', template: '/v1/events', permission: 'read:Event', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/events?limit=1' }) },

    // Glossary: everyone reads; the central function defines; the owner team of a term keeps it up to date.
    { operationId: 'listGlossaryTerms', method: 'GET', template: '/v1/glossary/terms', permission: 'read:GlossaryTerm', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/glossary/terms' }) },
    { operationId: 'getGlossaryTerm', method: 'GET', template: '/v1/glossary/terms/{name}', permission: 'read:GlossaryTerm', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/glossary/terms/matrix-term' }) },
    { operationId: 'createGlossaryTerm', method: 'POST', template: '/v1/glossary/terms', permission: 'create:GlossaryTerm', allowed: CENTRAL, status: 201, prepare: () => post('/v1/glossary/terms', term(unique('made'))) },
    {
      operationId: 'updateGlossaryTerm',
      variant: "a term of team A",
      method: 'PATCH',
      template: '/v1/glossary/terms/{name}',
      permission: 'update:GlossaryTerm',
      allowed: [...CENTRAL, 'owner-a'],
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not update glossary term 'term-\\d+'`),
      prepare: async () => ({ path: `/v1/glossary/terms/${await freshTerm()}`, init: { method: 'PATCH', ...jsonBody({ definition: 'Changed by the matrix.' }) } }),
    },
    {
      operationId: 'updateGlossaryTerm',
      variant: 'handing a term of team A to team B',
      method: 'PATCH',
      template: '/v1/glossary/terms/{name}',
      permission: 'update:GlossaryTerm',
      allowed: [...CENTRAL],
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not (update glossary term 'term-\\d+'|.*team '${TEAM_B}')`),
      prepare: async () => ({ path: `/v1/glossary/terms/${await freshTerm()}`, init: { method: 'PATCH', ...jsonBody({ ownerTeamId: TEAM_B }) } }),
    },
    {
      operationId: 'deleteGlossaryTerm',
      method: 'DELETE',
      template: '/v1/glossary/terms/{name}',
      permission: 'delete:GlossaryTerm',
      allowed: CENTRAL,
      status: 204,
      prepare: async () => ({ path: `/v1/glossary/terms/${await freshTerm()}`, init: { method: 'DELETE' } }),
    },

    // Master data and code lists: everyone reads and checks conformance; the central function defines.
    { operationId: 'listCodeLists', method: 'GET', template: '/v1/master-data/code-lists', permission: 'read:MasterData', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/master-data/code-lists' }) },
    { operationId: 'getCodeList', method: 'GET', template: '/v1/master-data/code-lists/{name}', permission: 'read:MasterData', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/master-data/code-lists/iso-3166-1-alpha-2' }) },
    { operationId: 'createCodeList', method: 'POST', template: '/v1/master-data/code-lists', permission: 'create:MasterData', allowed: CENTRAL, status: 201, prepare: () => post('/v1/master-data/code-lists', codeList(unique('list'))) },
    { operationId: 'checkConformance', method: 'POST', template: '/v1/master-data/conformance', permission: 'read:MasterData', allowed: AUTHENTICATED, status: 200, prepare: () => post('/v1/master-data/conformance', { contracts: fixtureInput().contracts }) },
    { operationId: 'listMasterDataEntities', method: 'GET', template: '/v1/master-data/entities', permission: 'read:MasterData', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/master-data/entities' }) },
    { operationId: 'getMasterDataEntity', method: 'GET', template: '/v1/master-data/entities/{name}', permission: 'read:MasterData', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/master-data/entities/matrix-entity' }) },
    { operationId: 'createMasterDataEntity', method: 'POST', template: '/v1/master-data/entities', permission: 'create:MasterData', allowed: CENTRAL, status: 201, prepare: () => post('/v1/master-data/entities', { name: unique('made'), ...entity('Made') }) },
    {
      operationId: 'replaceMasterDataEntity',
      method: 'PUT',
      template: '/v1/master-data/entities/{name}',
      permission: 'update:MasterData',
      allowed: CENTRAL,
      status: 200,
      prepare: async () => ({ path: `/v1/master-data/entities/${await freshEntity()}`, init: { method: 'PUT', ...jsonBody(entity('Replaced')) } }),
    },
    {
      operationId: 'deleteMasterDataEntity',
      method: 'DELETE',
      template: '/v1/master-data/entities/{name}',
      permission: 'delete:MasterData',
      allowed: CENTRAL,
      status: 204,
      prepare: async () => ({ path: `/v1/master-data/entities/${await freshEntity()}`, init: { method: 'DELETE' } }),
    },

    // Policies: everyone reads; the central function writes them and moves their lifecycle.
    { operationId: 'listPolicies', method: 'GET', template: '/v1/policies', permission: 'read:Policy', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/policies' }) },
    { operationId: 'getPolicy', method: 'GET', template: '/v1/policies/{id}', permission: 'read:Policy', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/policies/matrix-policy' }) },
    { operationId: 'listPolicyVersions', method: 'GET', template: '/v1/policies/{id}/versions', permission: 'read:Policy', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/policies/matrix-policy/versions' }) },
    { operationId: 'createPolicy', method: 'POST', template: '/v1/policies', permission: 'create:Policy', allowed: CENTRAL, status: 201, prepare: () => post('/v1/policies', policyBody(unique('made'))) },
    {
      operationId: 'updatePolicy',
      method: 'PATCH',
      template: '/v1/policies/{id}',
      permission: 'update:Policy',
      allowed: CENTRAL,
      status: 200,
      prepare: async () => ({ path: `/v1/policies/${await freshPolicy()}`, init: { method: 'PATCH', ...jsonBody({ name: 'Renamed by the matrix' }) } }),
    },
    { operationId: 'dryRunPolicy', method: 'POST', template: '/v1/policies/{id}/dry-run', permission: 'update:Policy', allowed: CENTRAL, status: 200, prepare: () => post('/v1/policies/matrix-policy/dry-run', {}) },
    {
      operationId: 'transitionPolicy',
      method: 'POST',
      template: '/v1/policies/{id}/transitions',
      permission: 'transition:Policy',
      allowed: CENTRAL,
      status: 200,
      prepare: async () => post(`/v1/policies/${await freshPolicy()}/transitions`, { to: 'enforced' }),
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
    h = await startGovernance();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    await admin('/v1/glossary/terms', { method: 'POST', ...jsonBody(term('matrix-term')) }, 201);
    await admin('/v1/master-data/entities', { method: 'POST', ...jsonBody({ name: 'matrix-entity', ...entity('Matrix') }) }, 201);
    await admin('/v1/policies', { method: 'POST', ...jsonBody(policyBody('matrix-policy')) }, 201);
  }, 120_000);

  afterAll(async () => {
    restoreEnv({ MESHWORK_CATALOG_URL: previousCatalogUrl });
    await h?.close();
    await catalog?.stop();
  });

  describe('the table lists every operation', () => {
    it('of the committed OpenAPI document, with its permission', () => {
      expectMatrixCovers('governance', ENDPOINTS, 'apps/governance/test/authz-matrix.e2e-spec.ts');
    });

    it('of the document the running service serves, with its permission', async () => {
      await expectServedMatrixCovers('governance', ENDPOINTS, 'apps/governance/test/authz-matrix.e2e-spec.ts', await h.call('/docs/openapi.json'));
    });
  });

  const cells = matrixCells(ENDPOINTS, ACTOR_NAMES);

  it.each(cells)('%s as %s', async (_operation, actor, endpoint) => {
    const what = `${endpoint.method} ${endpoint.template} as ${actor}`;
    const res = await send(endpoint, actor);
    if (endpoint.allowed.includes(actor)) return expectStatus(res, endpoint.status, what);
    if (actor === 'anonymous') return void (await expectRefusal(res, 401, what));
    const problem = await expectRefusal(res, 403, what);
    const id = escapeRegExp(ACTORS[actor].id);
    const [action, subject] = (endpoint.permission ?? '').split(':');
    const atRoute = new RegExp(`^Principal '${id}' may not ${action} ${subject}\\.$`);
    const atObject = endpoint.refusal?.(id);
    if (!atRoute.test(problem.detail) && !atObject?.test(problem.detail)) throw new Error(`${what}: refused with an unexpected detail: ${problem.detail}`);
  });

  const guarded = ENDPOINTS.filter((e) => e.permission !== undefined);
  it.each(badAdminTokens(() => h.idp, ACTORS['platform-admin']).flatMap(([kind, token]) => guarded.map((e) => [matrixLabel(e), kind, token, e] as const)))('%s with %s answers 401', async (_operation, kind, token, endpoint) => {
    await expectRefusal(await send(endpoint, 'platform-admin', `Bearer ${await token()}`), 401, `${endpoint.method} ${endpoint.template} with ${kind}`);
  });

  describe('beyond the status codes', () => {
    const as = async (actor: Caller, path: string, init: RequestInit = {}) =>
      h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${await tokenOf(actor)}` } });

    it("the owner of team B cannot change or take over a term of team A, and the term is unchanged", async () => {
      const name = await freshTerm();
      await expectRefusal(await as('owner-b', `/v1/glossary/terms/${name}`, { method: 'PATCH', ...jsonBody({ definition: 'Mine now.' }) }), 403, 'owner-b editing');
      await expectRefusal(await as('owner-b', `/v1/glossary/terms/${name}`, { method: 'PATCH', ...jsonBody({ ownerTeamId: TEAM_B }) }), 403, 'owner-b taking over');
      expect(await json<{ definition: string; ownerTeamId: string }>(await h.call(`/v1/glossary/terms/${name}`))).toMatchObject({ definition: 'A word the mesh agrees on.', ownerTeamId: TEAM_A });
    });

    it('the owner of team B keeps its own terms up to date', async () => {
      const name = await freshTerm(TEAM_B);
      await expectStatus(await as('owner-b', `/v1/glossary/terms/${name}`, { method: 'PATCH', ...jsonBody({ definition: 'Kept by team B.' }) }), 200, 'owner-b editing its own term');
    });

    it('a refused policy transition leaves the policy a draft', async () => {
      const id = await freshPolicy();
      await expectRefusal(await as('owner-a', `/v1/policies/${id}/transitions`, { method: 'POST', ...jsonBody({ to: 'enforced' }) }), 403, 'owner-a enforcing');
      expect(await json<{ state: string }>(await h.call(`/v1/policies/${id}`))).toMatchObject({ state: 'draft' });
    });
  });
});
