import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessRequestClosedError, createMeshClient, type MeshClient, MeshError } from '@meshwork/sdk';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { type AccessHarness, startAccess } from './support';

describe('the SDK against a running access service', () => {
  let h: AccessHarness;
  let mesh: MeshClient;

  beforeAll(async () => {
    h = await startAccess();
    mesh = createMeshClient({ urls: { access: h.baseUrl }, tokenProvider: () => h.token });
  });

  afterAll(async () => {
    await h.close();
  });

  it('creates a principal and a team, and makes the principal an owner, through typed operations', async () => {
    const ada = await mesh.access.createPrincipal({ body: { kind: 'user', name: 'ada', displayName: 'Ada', email: 'ada@example.com' } });
    await mesh.access.createTeam({ body: { name: 'crm-data-team', displayName: 'CRM data team' } });
    const membership = await mesh.access.putTeamMember({ params: { path: { name: 'crm-data-team', principalId: ada.id } }, body: { role: 'domain-owner' } });
    expect(membership).toMatchObject({ team: 'crm-data-team', principalName: 'ada', role: 'domain-owner' });
    const memberships = await mesh.access.listPrincipalMemberships({ params: { path: { id: ada.id } } });
    expect(memberships.items.map((m) => m.team)).toEqual(['crm-data-team']);
    const users = await mesh.access.listPrincipals({ params: { query: { kind: 'user', q: 'ad' } } });
    expect(users.items.map((p) => p.name)).toEqual(['ada']);
  });

  it('exchanges a service account API key for a token, once for concurrent calls, and sends it', async () => {
    const robot = await mesh.access.createPrincipal({ body: { kind: 'service-account', name: 'sdk-pipeline', displayName: 'SDK pipeline' } });
    const key = await mesh.access.createApiKey({ params: { path: { id: robot.id } }, body: { name: 'pipeline' } });
    const sent: { path: string; authorization: string | null }[] = [];
    const recording = (async (input: Request) => {
      sent.push({ path: new URL(input.url).pathname, authorization: input.headers.get('authorization') });
      return fetch(input);
    }) as typeof fetch;
    const pipeline = createMeshClient({ urls: { access: h.baseUrl }, apiKey: key.secret, fetch: recording });
    // The key set is public: this harness trusts only its test identity provider's tokens, not the ones it issues.
    await Promise.all([pipeline.access.getJwks(), pipeline.access.getJwks()]);
    expect(sent.map((s) => s.path).sort()).toEqual(['/.well-known/jwks.json', '/.well-known/jwks.json', '/v1/auth/token']);
    const bearers = sent.filter((s) => s.path !== '/v1/auth/token').map((s) => s.authorization ?? '');
    expect(new Set(bearers).size).toBe(1);
    const claims = JSON.parse(Buffer.from(bearers[0].replace(/^Bearer /, '').split('.')[1], 'base64url').toString()) as { sub: string; iss: string };
    expect(claims).toMatchObject({ sub: robot.id, iss: h.settings.issuer });
  });

  it('answers a refused API key with the problem of the exchange', async () => {
    const refused = createMeshClient({ urls: { access: h.baseUrl }, apiKey: 'mwk_not-a-key' });
    await expect(refused.access.listTeams()).rejects.toMatchObject({ kind: 'http', status: 401, operation: 'issueToken' });
  });

  it('surfaces problem documents as typed errors', async () => {
    const failure = mesh.access.getTeam({ params: { path: { name: 'nowhere' } } });
    await expect(failure).rejects.toBeInstanceOf(MeshError);
    await expect(failure).rejects.toMatchObject({ status: 404, problem: { code: 'TEAM_NOT_FOUND' } });
  });

  describe('with a real catalog', () => {
    const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
    const PORT_URN = 'urn:meshwork:crm:customers:customers:v1';
    const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;
    let catalog: CatalogProcess;
    let consumer: MeshClient;
    let consumerId: string;
    let secondAdmin: MeshClient;

    beforeAll(async () => {
      catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
      process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
      const admin = createMeshClient({ urls: { catalog: catalog.baseUrl, access: h.baseUrl }, token: h.token });
      await admin.catalog.createDomain({ body: { name: 'crm', title: 'CRM', ownerTeamId: 'crm-data-team' } });
      const product = await admin.publish(readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8'), [readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8')], { name: 'customers' });
      expect(product).toMatchObject({ outcome: 'created', status: 'published' });
      const ada = await admin.access.createPrincipal({ body: { kind: 'user', name: 'ada-consumer', displayName: 'Ada' } });
      consumerId = ada.id;
      consumer = createMeshClient({ urls: { catalog: catalog.baseUrl, access: h.baseUrl }, token: await h.tokenFor({ id: ada.id, roles: ['consumer'], teamRoles: [] }) });
      // The contract asks for two approval levels by two different approvers.
      secondAdmin = createMeshClient({ urls: { access: h.baseUrl }, token: await h.tokenFor({ id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', roles: ['platform-admin'], teamRoles: [] }) });
    });

    afterAll(async () => {
      process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
      await catalog?.stop();
    });

    it('requests access, waits while it is approved in two steps, and gets the active grant', async () => {
      const request = await consumer.requestAccess({ portUrn: PORT_URN, purpose: 'churn model', consumer: { principalId: consumerId } });
      expect(request.state).toBe('pending');
      const waiting = consumer.waitForGrant(request.id, { intervalMs: 50, timeoutMs: 20_000 });
      await mesh.access.approveAccessRequest({ params: { path: { id: request.id } }, body: { reason: 'first level' } });
      await secondAdmin.access.approveAccessRequest({ params: { path: { id: request.id } }, body: { reason: 'second level' } });
      const grant = await waiting;
      expect(grant).toMatchObject({ active: true, portUrn: PORT_URN, requestId: request.id, consumer: { principalId: consumerId } });
      await expect(consumer.waitForGrant(PORT_URN, { consumer: consumerId, timeoutMs: 1000 })).resolves.toMatchObject({ id: grant.id });
    });

    it('fails the wait when the request is rejected', async () => {
      const request = await consumer.requestAccess({ portUrn: PORT_URN, purpose: 'marketing mailing', consumer: { principalId: consumerId } });
      const waiting = consumer.waitForGrant(request.id, { intervalMs: 50, timeoutMs: 20_000 });
      await mesh.access.rejectAccessRequest({ params: { path: { id: request.id } }, body: { reason: 'not a purpose we share customers for' } });
      await expect(waiting).rejects.toBeInstanceOf(AccessRequestClosedError);
      await expect(waiting).rejects.toThrow('was rejected: not a purpose we share customers for');
    });
  });
});
