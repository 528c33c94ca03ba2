import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorGroups, matrixCells, type TokenSubject } from '@meshwork/testing';
import { type CatalogHarness, createDomain, fixture, json, jsonBody, type Problem, type Schemas, startCatalog, yamlBody } from './support';

/**
 * Who may call what: every catalog operation against every kind of caller, with real JWTs verified against a JWKS.
 * Objects belong to domain A (owned by team-a) unless a row says otherwise.
 */

const DOMAIN_A = 'domain-a';
const DOMAIN_B = 'domain-b';
const TEAM_A = 'team-a';
const TEAM_B = 'team-b';
const PRODUCT = 'orders';
const contractOf = (domain: string) => `${domain}-orders`;
const productUrn = (domain: string) => `urn:meshwork:${domain}:${PRODUCT}`;

const ACTORS = {
  'platform-admin': { sub: 'pat-admin', roles: ['platform-admin'] },
  'governance-officer': { sub: 'gina-governance', roles: ['governance-officer'] },
  auditor: { sub: 'otto-auditor', roles: ['auditor'] },
  consumer: { sub: 'carl-consumer' },
  'owner-a': { sub: 'olga-owner-a', teams: [{ team: TEAM_A, role: 'domain-owner' }] },
  'member-a': { sub: 'max-member-a', teams: [`${TEAM_A}:domain-member`] },
  'owner-b': { sub: 'oscar-owner-b', teams: [{ team: TEAM_B, role: 'domain-owner' }] },
} satisfies Record<string, TokenSubject>;

type ActorName = keyof typeof ACTORS;
const { names: ACTOR_NAMES, everyone: EVERYONE } = actorGroups(ACTORS);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Endpoint {
  operationId: string;
  method: Method;
  /** The path as the OpenAPI document spells it. */
  template: string;
  /** x-meshwork-permission of the operation; undefined for public routes. */
  permission?: string;
  /** The concrete path called, on domain A's objects. */
  path: string;
  /** Who is let through; every other authenticated caller gets 403. */
  allowed: readonly ActorName[];
  /** The exact status an allowed call answers. */
  status: number;
  /** The request to send; may read the catalog's state first (with the admin token) to stay repeatable. */
  request?: (h: CatalogHarness, actor: ActorName) => Promise<RequestInit> | RequestInit;
}

function productEnvelope(domain: string, version: string) {
  const contractId = contractOf(domain);
  return {
    product: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: `${domain}-${PRODUCT}`,
      name: `Orders of ${domain}`,
      version,
      status: 'active',
      domain,
      outputPorts: [{ name: PRODUCT, version: '1.0.0', contractId }],
    },
    contracts: [
      {
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: contractId,
        version: '1.0.0',
        status: 'active',
        servers: [{ id: 'prod', server: `${domain}-prod`, type: 'postgres', host: `${domain}-db.example.com`, port: 5432, database: domain.replace('-', '_'), schema: 'orders_v1' }],
        schema: [{ name: 'orders', physicalName: 'orders', properties: [{ name: 'id', logicalType: 'string' }] }],
      },
    ],
  };
}

const runEvent = () => JSON.parse(fixture('event_simple.json')) as Record<string, unknown>;
const portUrn = (domain: string) => `urn:meshwork:${domain}:${PRODUCT}:${PRODUCT}:v1`;
/** The table behind the output port of a domain's product, as OpenLineage names it. */
const portDataset = (domain: string) => ({ namespace: `postgres://${domain}-db.example.com:5432`, name: `${domain.replace('-', '_')}.orders_v1.orders` });

/** A legal move from the product's current state that keeps it out of `retired`. */
async function nextTransition(h: CatalogHarness): Promise<RequestInit> {
  const res = await h.call(`/v1/products/${DOMAIN_A}/${PRODUCT}`);
  const { status } = await json<Schemas['ProductDto']>(res);
  return { method: 'POST', ...jsonBody({ to: status === 'published' ? 'deprecated' : 'published', reason: 'authorization matrix' }) };
}

/** Makes sure the product or port at `base` has documentation (written with the admin token), then answers `init`. */
async function withDocumentation(h: CatalogHarness, base: string, init: RequestInit): Promise<RequestInit> {
  const res = await h.call(`${base}/documentation`, { method: 'PUT', body: '# Orders\n', headers: { 'content-type': 'text/markdown' } });
  if (res.status !== 200) throw new Error(`documenting ${base}: ${res.status} ${await res.text()}`);
  return init;
}

const SAMPLE_ROWS = [{ id: 'o-1' }, { id: 'o-2' }];

/** Makes sure domain A's port has a sample (`present`) or none, with the admin token, then answers `init`. */
async function withSample(h: CatalogHarness, present: boolean, init: RequestInit): Promise<RequestInit> {
  const path = `/v1/ports/${portUrn(DOMAIN_A)}/sample`;
  const res = present ? await h.call(path, { method: 'PUT', ...jsonBody(SAMPLE_ROWS) }) : await h.call(path, { method: 'DELETE' });
  if (![200, 201, 204, 404].includes(res.status)) throw new Error(`preparing the sample: ${res.status} ${await res.text()}`);
  return init;
}

const A = DOMAIN_A;
const CONTRACT = `/v1/contracts/${A}/${contractOf(A)}/versions`;

const ENDPOINTS: Endpoint[] = [
  // Health: open to anyone, with or without a token.
  { operationId: 'getLiveness', method: 'GET', template: '/health/live', path: '/health/live', allowed: EVERYONE, status: 200 },
  { operationId: 'getReadiness', method: 'GET', template: '/health/ready', path: '/health/ready', allowed: EVERYONE, status: 200 },

  // Domains: everyone reads; only the platform admin creates; the owner team updates its own.
  { operationId: 'listDomains', method: 'GET', template: '/v1/domains', permission: 'read:Domain', path: '/v1/domains', allowed: EVERYONE, status: 200 },
  { operationId: 'getDomain', method: 'GET', template: '/v1/domains/{domain}', permission: 'read:Domain', path: `/v1/domains/${A}`, allowed: EVERYONE, status: 200 },
  { operationId: 'listEvents', method: 'GET', template: '/v1/events', permission: 'read:Event', path: '/v1/events?limit=1', allowed: EVERYONE, status: 200 },
  {
    operationId: 'createDomain',
    method: 'POST',
    template: '/v1/domains',
    permission: 'create:Domain',
    path: '/v1/domains',
    allowed: ['platform-admin'],
    status: 201,
    request: (_h, actor) => ({ method: 'POST', ...jsonBody({ name: `made-by-${actor}`, title: 'Made', ownerTeamId: TEAM_A }) }),
  },
  {
    operationId: 'updateDomain',
    method: 'PATCH',
    template: '/v1/domains/{domain}',
    permission: 'update:Domain',
    path: `/v1/domains/${A}`,
    allowed: ['platform-admin', 'owner-a'],
    status: 200,
    request: (_h, actor) => ({ method: 'PATCH', ...jsonBody({ description: `Touched by ${actor}.` }) }),
  },

  // Data products: everyone reads; members of the owner team register; the owner team moves the lifecycle.
  { operationId: 'listProducts', method: 'GET', template: '/v1/products', permission: 'read:DataProduct', path: `/v1/products?domain=${A}`, allowed: EVERYONE, status: 200 },
  { operationId: 'getProduct', method: 'GET', template: '/v1/products/{domain}/{name}', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}`, allowed: EVERYONE, status: 200 },
  {
    operationId: 'registerProduct',
    method: 'PUT',
    template: '/v1/products/{domain}/{name}',
    permission: 'update:DataProduct',
    path: `/v1/products/${A}/${PRODUCT}`,
    allowed: ['platform-admin', 'owner-a', 'member-a'],
    // The current version again: authorized callers get `unchanged`.
    status: 200,
    request: () => ({ method: 'PUT', ...jsonBody(productEnvelope(A, '1.1.0')) }),
  },
  {
    operationId: 'exportProduct',
    method: 'GET',
    template: '/v1/products/{domain}/{name}/document',
    permission: 'read:DataProduct',
    path: `/v1/products/${A}/${PRODUCT}/document`,
    allowed: EVERYONE,
    status: 200,
    request: () => ({ headers: { accept: 'application/json' } }),
  },
  // SLA monitoring is not configured here: whoever may read gets past authorization to the 503 that says so.
  { operationId: 'getProductSla', method: 'GET', template: '/v1/products/{domain}/{name}/sla', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}/sla`, allowed: EVERYONE, status: 503 },
  { operationId: 'listProductVersions', method: 'GET', template: '/v1/products/{domain}/{name}/versions', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}/versions`, allowed: EVERYONE, status: 200 },
  { operationId: 'listProductChanges', method: 'GET', template: '/v1/products/{domain}/{name}/changes', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}/changes`, allowed: EVERYONE, status: 200 },
  { operationId: 'listProductTransitions', method: 'GET', template: '/v1/products/{domain}/{name}/transitions', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}/transitions`, allowed: EVERYONE, status: 200 },
  {
    operationId: 'transitionProduct',
    method: 'POST',
    template: '/v1/products/{domain}/{name}/transitions',
    permission: 'transition:DataProduct',
    path: `/v1/products/${A}/${PRODUCT}/transitions`,
    allowed: ['platform-admin', 'owner-a'],
    status: 200,
    request: (h) => nextTransition(h),
  },
  { operationId: 'resolveUrn', method: 'GET', template: '/v1/resolve/{urn}', permission: 'read:DataProduct', path: `/v1/resolve/${productUrn(A)}`, allowed: EVERYONE, status: 200 },
  { operationId: 'searchProducts', method: 'GET', template: '/v1/search', permission: 'read:DataProduct', path: '/v1/search?q=orders', allowed: EVERYONE, status: 200 },

  // Contracts: everyone reads; converting a document stores nothing, so it needs no more than reading.
  { operationId: 'listContractVersions', method: 'GET', template: '/v1/contracts/{domain}/{contractId}/versions', permission: 'read:Contract', path: CONTRACT, allowed: EVERYONE, status: 200 },
  { operationId: 'getContractVersion', method: 'GET', template: '/v1/contracts/{domain}/{contractId}/versions/{version}', permission: 'read:Contract', path: `${CONTRACT}/1.0.0`, allowed: EVERYONE, status: 200 },
  {
    operationId: 'exportContract',
    method: 'GET',
    template: '/v1/contracts/{domain}/{contractId}/versions/{version}/document',
    permission: 'read:Contract',
    path: `${CONTRACT}/1.0.0/document`,
    allowed: EVERYONE,
    status: 200,
    request: () => ({ headers: { accept: 'application/yaml' } }),
  },
  {
    operationId: 'importContract',
    method: 'POST',
    template: '/v1/contract-imports',
    permission: 'read:Contract',
    path: '/v1/contract-imports',
    allowed: EVERYONE,
    status: 200,
    request: () => ({ method: 'POST', ...yamlBody(fixture('orders.dcs.yaml')) }),
  },

  // Lineage: everyone reads; pipelines of any domain team report runs.
  { operationId: 'getLineage', method: 'GET', template: '/v1/lineage/{urn}', permission: 'read:Lineage', path: `/v1/lineage/${productUrn(A)}`, allowed: EVERYONE, status: 200 },
  {
    operationId: 'ingestRunEvent',
    method: 'POST',
    template: '/api/v1/lineage',
    permission: 'create:Lineage',
    path: '/api/v1/lineage',
    allowed: ['platform-admin', 'owner-a', 'member-a', 'owner-b'],
    status: 201,
    request: () => ({ method: 'POST', ...jsonBody(runEvent()) }),
  },
  {
    operationId: 'ingestRunEvents',
    method: 'POST',
    template: '/api/v1/lineage/batch',
    permission: 'create:Lineage',
    path: '/api/v1/lineage/batch',
    allowed: ['platform-admin', 'owner-a', 'member-a', 'owner-b'],
    status: 201,
    request: () => ({ method: 'POST', ...jsonBody([runEvent()]) }),
  },

  // Profiles and quality results: everyone reads; those who may update the product record them.
  {
    operationId: 'putPortProfile',
    method: 'PUT',
    template: '/v1/ports/{urn}/profile',
    permission: 'update:DataProduct',
    path: `/v1/ports/${portUrn(A)}/profile`,
    allowed: ['platform-admin', 'owner-a', 'member-a'],
    status: 200,
    request: () => ({ method: 'PUT', ...jsonBody({ rowCount: 10 }) }),
  },
  {
    operationId: 'getPortProfile',
    method: 'GET',
    template: '/v1/ports/{urn}/profile',
    permission: 'read:DataProduct',
    path: `/v1/ports/${portUrn(A)}/profile`,
    allowed: EVERYONE,
    status: 200,
    request: async (h) => {
      await h.call(`/v1/ports/${portUrn(A)}/profile`, { method: 'PUT', ...jsonBody({ rowCount: 10 }) });
      return {};
    },
  },
  { operationId: 'listPortProfiles', method: 'GET', template: '/v1/ports/{urn}/profiles', permission: 'read:DataProduct', path: `/v1/ports/${portUrn(A)}/profiles`, allowed: EVERYONE, status: 200 },
  { operationId: 'getPortQuality', method: 'GET', template: '/v1/ports/{urn}/quality', permission: 'read:DataProduct', path: `/v1/ports/${portUrn(A)}/quality`, allowed: EVERYONE, status: 200 },
  { operationId: 'listQualityResults', method: 'GET', template: '/v1/ports/{urn}/quality/results', permission: 'read:DataProduct', path: `/v1/ports/${portUrn(A)}/quality/results`, allowed: EVERYONE, status: 200 },
  {
    operationId: 'reportQualityResults',
    method: 'POST',
    template: '/v1/ports/{urn}/quality-results',
    permission: 'update:DataProduct',
    path: `/v1/ports/${portUrn(A)}/quality-results`,
    allowed: ['platform-admin', 'owner-a', 'member-a'],
    // The matrix's contract states no quality rule: authorized callers get past authorization to the 422 that says so.
    status: 422,
    request: () => ({ method: 'POST', ...jsonBody({ results: [{ rule: 'id_not_null', passed: true }] }) }),
  },
  // Documentation: everyone reads; the owner team writes (the product's Markdown, and each output port's).
  { operationId: 'getProductDocumentation', method: 'GET', template: '/v1/products/{domain}/{name}/documentation', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}/documentation`, allowed: EVERYONE, status: 200, request: (h) => withDocumentation(h, `/v1/products/${A}/${PRODUCT}`, {}) },
  { operationId: 'getProductDocumentationLinks', method: 'GET', template: '/v1/products/{domain}/{name}/documentation/links', permission: 'read:DataProduct', path: `/v1/products/${A}/${PRODUCT}/documentation/links`, allowed: EVERYONE, status: 200 },
  { operationId: 'setProductDocumentation', method: 'PUT', template: '/v1/products/{domain}/{name}/documentation', permission: 'update:DataProduct', path: `/v1/products/${A}/${PRODUCT}/documentation`, allowed: ['platform-admin', 'owner-a', 'member-a'], status: 200, request: (_h, actor) => ({ method: 'PUT', body: `# Orders\n\nWritten by ${actor}.\n`, headers: { 'content-type': 'text/markdown' } }) },
  { operationId: 'deleteProductDocumentation', method: 'DELETE', template: '/v1/products/{domain}/{name}/documentation', permission: 'update:DataProduct', path: `/v1/products/${A}/${PRODUCT}/documentation`, allowed: ['platform-admin', 'owner-a', 'member-a'], status: 204, request: (h) => withDocumentation(h, `/v1/products/${A}/${PRODUCT}`, { method: 'DELETE' }) },
  { operationId: 'getPortDocumentation', method: 'GET', template: '/v1/ports/{urn}/documentation', permission: 'read:DataProduct', path: `/v1/ports/${portUrn(A)}/documentation`, allowed: EVERYONE, status: 200, request: (h) => withDocumentation(h, `/v1/ports/${portUrn(A)}`, {}) },
  { operationId: 'getPortDocumentationLinks', method: 'GET', template: '/v1/ports/{urn}/documentation/links', permission: 'read:DataProduct', path: `/v1/ports/${portUrn(A)}/documentation/links`, allowed: EVERYONE, status: 200 },
  { operationId: 'setPortDocumentation', method: 'PUT', template: '/v1/ports/{urn}/documentation', permission: 'update:DataProduct', path: `/v1/ports/${portUrn(A)}/documentation`, allowed: ['platform-admin', 'owner-a', 'member-a'], status: 200, request: (_h, actor) => ({ method: 'PUT', body: `# orders port\n\nWritten by ${actor}.\n`, headers: { 'content-type': 'text/markdown' } }) },
  { operationId: 'deletePortDocumentation', method: 'DELETE', template: '/v1/ports/{urn}/documentation', permission: 'update:DataProduct', path: `/v1/ports/${portUrn(A)}/documentation`, allowed: ['platform-admin', 'owner-a', 'member-a'], status: 204, request: (h) => withDocumentation(h, `/v1/ports/${portUrn(A)}`, { method: 'DELETE' }) },

  // Sandbox samples: everyone reads (masked where it must be); the owner team uploads and removes.
  { operationId: 'getPortSample', method: 'GET', template: '/v1/ports/{urn}/sample', permission: 'read:DataProduct', path: `/v1/ports/${portUrn(A)}/sample`, allowed: EVERYONE, status: 200, request: (h) => withSample(h, true, {}) },
  { operationId: 'uploadPortSample', method: 'PUT', template: '/v1/ports/{urn}/sample', permission: 'update:DataProduct', path: `/v1/ports/${portUrn(A)}/sample`, allowed: ['platform-admin', 'owner-a', 'member-a'], status: 201, request: (h) => withSample(h, false, { method: 'PUT', ...jsonBody(SAMPLE_ROWS) }) },
  { operationId: 'deletePortSample', method: 'DELETE', template: '/v1/ports/{urn}/sample', permission: 'update:DataProduct', path: `/v1/ports/${portUrn(A)}/sample`, allowed: ['platform-admin', 'owner-a', 'member-a'], status: 204, request: (h) => withSample(h, true, { method: 'DELETE' }) },
];

const OPENAPI_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; 'x-meshwork-permission'?: string }>>;
}

function operationsOf(document: OpenApiDocument): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => OPENAPI_METHODS.includes(method))
      .map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId ?? '?'} ${op['x-meshwork-permission'] ?? 'public'}`),
  );
}

const listed = ENDPOINTS.map((e) => `${e.method} ${e.template} ${e.operationId} ${e.permission ?? 'public'}`);

async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const problem = await json<Problem>(res);
  expect(problem.status).toBe(status);
  return problem;
}

describe('catalog authorization matrix (real JWTs, real PostgreSQL)', () => {
  let h: CatalogHarness;
  const tokens = {} as Record<ActorName, string>;

  const send = async (endpoint: Endpoint, actor: ActorName | undefined, authorization?: string): Promise<Response> => {
    const init = (await endpoint.request?.(h, actor ?? 'consumer')) ?? {};
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    if (authorization !== undefined) headers.authorization = authorization;
    else if (actor !== undefined) headers.authorization = `Bearer ${tokens[actor]}`;
    return fetch(`${h.baseUrl}${endpoint.path}`, { ...init, method: endpoint.method, headers });
  };

  beforeAll(async () => {
    h = await startCatalog();
    for (const name of ACTOR_NAMES) tokens[name] = await h.idp.mint(ACTORS[name]);
    // Fixtures, with the dev token (the platform admin): two domains of two teams, a product with a contract in each.
    await createDomain(h, DOMAIN_A, TEAM_A);
    await createDomain(h, DOMAIN_B, TEAM_B);
    for (const domain of [DOMAIN_A, DOMAIN_B]) {
      for (const version of ['1.0.0', '1.1.0']) {
        const res = await h.call(`/v1/products/${domain}/${PRODUCT}`, { method: 'PUT', ...jsonBody(productEnvelope(domain, version)) });
        if (res.status >= 300) throw new Error(`registering ${domain}/${PRODUCT} ${version}: ${res.status} ${await res.text()}`);
      }
      const published = await h.call(`/v1/products/${domain}/${PRODUCT}/transitions`, { method: 'POST', ...jsonBody({ to: 'published' }) });
      if (published.status !== 200) throw new Error(`publishing ${domain}/${PRODUCT}: ${published.status} ${await published.text()}`);
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('the table lists every operation', () => {
    it('of the committed OpenAPI document, with its permission', () => {
      const document = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'libs', 'sdk', 'openapi', 'catalog.json'), 'utf8')) as OpenApiDocument;
      expect(operationsOf(document).sort()).toEqual([...listed].sort());
    });

    it('of the document the running catalog serves, with its permission', async () => {
      const res = await h.call('/docs/openapi.json');
      expect(res.status).toBe(200);
      expect(operationsOf(await json<OpenApiDocument>(res)).sort()).toEqual([...listed].sort());
    });
  });

  const cells = matrixCells(ENDPOINTS, ACTOR_NAMES);

  it.each(cells)('%s as %s', async (_operation, actor, endpoint) => {
    const res = await send(endpoint, actor);
    if (endpoint.allowed.includes(actor)) {
      if (res.status !== endpoint.status) throw new Error(`${endpoint.method} ${endpoint.path} as ${actor}: expected ${endpoint.status}, got ${res.status} ${await res.text()}`);
      expect(res.status).toBe(endpoint.status);
      return;
    }
    const problem = await expectProblem(res, 403);
    expect(problem.code).toBe('FORBIDDEN');
    const [action, subject] = (endpoint.permission ?? '').split(':');
    // Refused at the route (the permission on any object) or at the object (named with its domain).
    expect(problem.detail).toMatch(new RegExp(`^Principal '${ACTORS[actor].sub}' may not ${action} (${subject}\\.|.*${DOMAIN_A})`));
  });

  const guarded = ENDPOINTS.filter((e) => e.permission !== undefined);

  it.each(guarded.map((e) => [e.operationId, e] as const))('%s without a token answers 401', async (_operation, endpoint) => {
    const res = await send(endpoint, undefined);
    await expectProblem(res, 401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="meshwork"');
  });

  it.each(guarded.map((e) => [e.operationId, e] as const))('%s with a forged platform-admin token answers 401', async (_operation, endpoint) => {
    const forged = await h.idp.mintForeign(ACTORS['platform-admin']);
    const res = await send(endpoint, undefined, `Bearer ${forged}`);
    expect((await expectProblem(res, 401)).code).toBe('UNAUTHENTICATED');
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="meshwork"');
  });

  it.each(ENDPOINTS.filter((e) => e.permission === undefined).map((e) => [e.operationId, e] as const))('%s answers without a token', async (_operation, endpoint) => {
    expect((await send(endpoint, undefined)).status).toBe(endpoint.status);
  });

  describe('the owner of another team, on its own domain', () => {
    const ownerB = () => ({ authorization: `Bearer ${tokens['owner-b']}` });

    it('updates domain B', async () => {
      const res = await h.call(`/v1/domains/${DOMAIN_B}`, { method: 'PATCH', ...jsonBody({ description: 'Owned by team B.' }), headers: { 'content-type': 'application/json', ...ownerB() } });
      expect(res.status).toBe(200);
    });

    it('cannot hand domain B over to a team it does not own (403), and the domain keeps its owner', async () => {
      const res = await h.call(`/v1/domains/${DOMAIN_B}`, { method: 'PATCH', ...jsonBody({ ownerTeamId: TEAM_A }), headers: { 'content-type': 'application/json', ...ownerB() } });
      expect(res.status).toBe(403);
      expect((await json<Problem>(res)).detail).toContain(`as team '${TEAM_A}'`);
      expect((await json<Schemas['DomainDto']>(await h.call(`/v1/domains/${DOMAIN_B}`))).ownerTeamId).not.toBe(TEAM_A);
    });

    it('is refused (403) before its document is read when it registers into domain A, however bad the document', async () => {
      const res = await h.call(`/v1/products/${DOMAIN_A}/${PRODUCT}`, { method: 'PUT', body: 'not: [valid', headers: { 'content-type': 'application/yaml', ...ownerB() } });
      expect(res.status).toBe(403);
    });

    it('registers and moves the lifecycle of domain B products', async () => {
      const put = await h.call(`/v1/products/${DOMAIN_B}/${PRODUCT}`, { method: 'PUT', ...jsonBody(productEnvelope(DOMAIN_B, '1.1.0')), headers: { 'content-type': 'application/json', ...ownerB() } });
      expect(put.status).toBe(200);
      const moved = await h.call(`/v1/products/${DOMAIN_B}/${PRODUCT}/transitions`, { method: 'POST', ...jsonBody({ to: 'deprecated' }), headers: { 'content-type': 'application/json', ...ownerB() } });
      expect(moved.status).toBe(200);
    });
  });

  describe('run events that write the datasets of a port', () => {
    const lastRun = async () => (await json<Schemas['ResolutionDto']>(await h.call(`/v1/resolve/${portUrn(DOMAIN_A)}`))).port?.lastSuccessfulRunAt;
    const report = (actor: ActorName, event: Record<string, unknown>, path = '/api/v1/lineage') =>
      h.call(path, { method: 'POST', ...jsonBody(event), headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[actor]}` } });
    const writing = (domain: string, eventTime: string) => ({ ...runEvent(), eventTime, outputs: [portDataset(domain)] });

    it('are accepted from a member of the team that owns the port', async () => {
      const res = await report('member-a', writing(DOMAIN_A, '2026-01-02T03:04:05.000Z'));
      expect(res.status).toBe(201);
      expect((await json<Schemas['LineageIntakeResultDto']>(res)).linkedPorts).toEqual([portUrn(DOMAIN_A)]);
      expect(await lastRun()).toBe('2026-01-02T03:04:05.000Z');
    });

    it('are refused from the owner of another team, and nothing is stored', async () => {
      const actor = 'owner-b';
      const single = await report(actor, writing(DOMAIN_A, '2026-02-01T00:00:00.000Z'));
      const problem = await expectProblem(single, 403);
      expect(problem.detail).toMatch(new RegExp(`^Principal '${ACTORS[actor].sub}' may not update data product ${DOMAIN_A}/${PRODUCT}`));
      // A batch is all or nothing: its harmless events are not stored either.
      const batch = await report(actor, { events: [writing(DOMAIN_B, '2026-02-02T00:00:00.000Z'), writing(DOMAIN_A, '2026-02-03T00:00:00.000Z')] }, '/api/v1/lineage/batch');
      await expectProblem(batch, 403);
      expect(await lastRun()).toBe('2026-01-02T03:04:05.000Z');
    });

    it('that only read them are accepted from another team', async () => {
      const res = await report('owner-b', { ...writing(DOMAIN_B, '2026-03-01T00:00:00.000Z'), inputs: [portDataset(DOMAIN_A)] });
      expect(res.status).toBe(201);
      expect((await json<Schemas['LineageIntakeResultDto']>(res)).linkedPorts).toEqual([portUrn(DOMAIN_A), portUrn(DOMAIN_B)]);
      expect(await lastRun()).toBe('2026-01-02T03:04:05.000Z');
    });
  });

  describe('names that a port of another domain already claims', () => {
    const asMemberA = { 'content-type': 'application/json', authorization: () => `Bearer ${tokens['member-a']}` };
    const register = (name: string, contract: Record<string, unknown>) => {
      const envelope = productEnvelope(DOMAIN_A, '1.0.0');
      const body = { product: { ...envelope.product, id: `${DOMAIN_A}-${name}`, outputPorts: [{ name: PRODUCT, version: '1.0.0', contractId: contract.id }] }, contracts: [contract] };
      return h.call(`/v1/products/${DOMAIN_A}/${name}`, { method: 'PUT', ...jsonBody(body), headers: { 'content-type': asMemberA['content-type'], authorization: asMemberA.authorization() } });
    };
    const bContract = () => productEnvelope(DOMAIN_B, '1.0.0').contracts[0];
    const upstreamOfB = async () => (await json<Schemas['LineageGraphDto']>(await h.call(`/v1/lineage/${portUrn(DOMAIN_B)}?direction=up&depth=1`))).edges.map((e) => `${e.from} -> ${e.to}`).sort();

    it('are not taken over by a port whose contract declares the same dataset', async () => {
      const before = await upstreamOfB();
      const res = await register('copy-of-b', { ...bContract(), id: `${DOMAIN_A}-copy` });
      const problem = await expectProblem(res, 403);
      expect(problem.detail).toMatch(new RegExp(`^Principal '${ACTORS['member-a'].sub}' may not update data product ${DOMAIN_B}/${PRODUCT}`));
      expect((await h.call(`/v1/products/${DOMAIN_A}/copy-of-b`)).status).toBe(404);
      expect(await upstreamOfB()).toEqual(before);
    });

    it('are not taken over by a port that names the same contract id', async () => {
      const res = await register('same-contract-id', { ...bContract(), servers: [] });
      await expectProblem(res, 403);
      expect((await h.call(`/v1/products/${DOMAIN_A}/same-contract-id`)).status).toBe(404);
    });

    it('do not stop a port of the same domain from declaring its own names', async () => {
      const res = await register('own-names', { ...bContract(), id: `${DOMAIN_A}-own`, servers: [] });
      expect(res.status).toBe(201);
    });
  });

  describe('token attacks on a read and a write', () => {
    const attacker = { sub: 'mallory', roles: ['platform-admin'] };
    const attacks: [string, () => Promise<string>][] = [
      ['an expired token', () => h.idp.mint(attacker, { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
      ['a token signed by a foreign key under a known kid', () => h.idp.mintForeign(attacker)],
      ['an unsigned token (alg none)', async () => h.idp.unsigned(attacker)],
      ['a token for another audience', () => h.idp.mint(attacker, { aud: 'another-service' })],
      ['a token from another issuer', () => h.idp.mint(attacker, { iss: 'https://evil.example.com/' })],
      ['a string that is no JWT', async () => 'not-a-jwt'],
    ];
    const targets = ENDPOINTS.filter((e) => e.operationId === 'listDomains' || e.operationId === 'createDomain');

    it.each(attacks.flatMap(([label, token]) => targets.map((e) => [label, e.operationId, token, e] as const)))('refuses %s on %s with 401', async (_label, _operation, token, endpoint) => {
      const res = await send(endpoint, 'platform-admin', `Bearer ${await token()}`);
      const problem = await expectProblem(res, 401);
      expect(problem.code).toBe('UNAUTHENTICATED');
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="meshwork"');
    });

    it('refuses a scheme other than Bearer with 401', async () => {
      const res = await send(targets[0], undefined, `Basic ${Buffer.from('admin:admin').toString('base64')}`);
      await expectProblem(res, 401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="meshwork"');
    });
  });
});
