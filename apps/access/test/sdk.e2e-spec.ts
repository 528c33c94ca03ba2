import { createMeshwork, MeshworkProblemError, unwrap } from '@meshwork/sdk';
import { type AccessHarness, startAccess } from './support';

describe('the SDK against a running access service', () => {
  let h: AccessHarness;
  let mesh: ReturnType<typeof createMeshwork>;

  beforeAll(async () => {
    h = await startAccess();
    mesh = createMeshwork({ accessUrl: h.baseUrl, token: () => h.token });
  });

  afterAll(async () => {
    await h.close();
  });

  it('creates a principal and a team, and makes the principal an owner, through typed operations', async () => {
    const ada = await unwrap(mesh.access.createPrincipal({ body: { kind: 'user', name: 'ada', displayName: 'Ada', email: 'ada@example.com' } }));
    await unwrap(mesh.access.createTeam({ body: { name: 'crm-data-team', displayName: 'CRM data team' } }));
    const membership = await unwrap(mesh.access.putTeamMember({ params: { path: { name: 'crm-data-team', principalId: ada.id } }, body: { role: 'domain-owner' } }));
    expect(membership).toMatchObject({ team: 'crm-data-team', principalName: 'ada', role: 'domain-owner' });
    const memberships = await unwrap(mesh.access.listPrincipalMemberships({ params: { path: { id: ada.id } } }));
    expect(memberships.items.map((m) => m.team)).toEqual(['crm-data-team']);
    const users = await unwrap(mesh.access.listPrincipals({ params: { query: { kind: 'user', q: 'ad' } } }));
    expect(users.items.map((p) => p.name)).toEqual(['ada']);
  });

  it('surfaces problem documents as typed errors', async () => {
    const failure = unwrap(mesh.access.getTeam({ params: { path: { name: 'nowhere' } } }));
    await expect(failure).rejects.toBeInstanceOf(MeshworkProblemError);
    await expect(failure).rejects.toMatchObject({ status: 404, problem: { code: 'TEAM_NOT_FOUND' } });
  });
});
