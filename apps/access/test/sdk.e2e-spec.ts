import { createMeshClient, type MeshClient, MeshError } from '@meshwork/sdk';
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
});
