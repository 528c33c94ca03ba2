import { expectFieldRefused, type MassAssignmentCase } from '@meshwork/testing';
import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Schemas, startAccess } from './support';

/** Server-owned fields sent by a client (here the platform admin, who may call every route) are refused by name. */
describe('access: server-owned fields cannot be set by clients (real PostgreSQL)', () => {
  let h: AccessHarness;
  let service: Schemas['PrincipalDto'];
  const PORT = 'urn:meshwork:crm:customers:customers:v1';
  const ZERO = '00000000-0000-4000-8000-000000000000';
  const cases = (): MassAssignmentCase[] => [
    { operationId: 'createPrincipal', method: 'POST', path: '/v1/principals', body: { kind: 'user', name: 'eve', displayName: 'Eve', id: ZERO }, pointer: '/id' },
    { operationId: 'createPrincipal', method: 'POST', path: '/v1/principals', body: { kind: 'user', name: 'eve', displayName: 'Eve', createdAt: '2020-01-01T00:00:00Z' }, pointer: '/createdAt' },
    { operationId: 'updatePrincipal', method: 'PATCH', path: `/v1/principals/${service.id}`, body: { displayName: 'Renamed', kind: 'user' }, pointer: '/kind' },
    { operationId: 'createTeam', method: 'POST', path: '/v1/teams', body: { name: 'red', displayName: 'Red', createdAt: '2020-01-01T00:00:00Z' }, pointer: '/createdAt' },
    { operationId: 'createApiKey', method: 'POST', path: `/v1/principals/${service.id}/api-keys`, body: { name: 'ci', secret: 'mwk_chosen_by_the_client' }, pointer: '/secret' },
    { operationId: 'createApiKey', method: 'POST', path: `/v1/principals/${service.id}/api-keys`, body: { name: 'ci', keyHash: 'abc' }, pointer: '/keyHash' },
    { operationId: 'createApiKey', method: 'POST', path: `/v1/principals/${service.id}/api-keys`, body: { name: 'ci', revokedAt: null }, pointer: '/revokedAt' },
    { operationId: 'createAccessRequest', method: 'POST', path: '/v1/access-requests', body: { consumer: { principalId: service.id }, portUrn: PORT, purpose: 'Analytics', state: 'approved' }, pointer: '/state' },
    { operationId: 'createAccessRequest', method: 'POST', path: '/v1/access-requests', body: { consumer: { principalId: service.id }, portUrn: PORT, purpose: 'Analytics', decidedBy: 'mallory' }, pointer: '/decidedBy' },
    { operationId: 'createAccessRequest', method: 'POST', path: '/v1/access-requests', body: { consumer: { principalId: service.id }, portUrn: PORT, purpose: 'Analytics', ownerTeamId: 'mine' }, pointer: '/ownerTeamId' },
    { operationId: 'createAccessRequest', method: 'POST', path: '/v1/access-requests', body: { consumer: { principalId: service.id }, portUrn: PORT, purpose: 'Analytics', requesterId: ZERO }, pointer: '/requesterId' },
    { operationId: 'approveAccessRequest', method: 'POST', path: `/v1/access-requests/${ZERO}/approve`, body: { decidedBy: 'someone-else' }, pointer: '/decidedBy' },
    { operationId: 'revokeGrant', method: 'POST', path: `/v1/grants/${ZERO}/revoke`, body: { reason: 'done', revokedBy: 'someone-else' }, pointer: '/revokedBy' },
    { operationId: 'updateTeam', method: 'PATCH', path: '/v1/teams/blue', body: { description: 'Blue', name: 'green' }, pointer: '/name' },
  ];

  beforeAll(async () => {
    h = await startAccess();
    service = await createPrincipal(h, { name: 'pipeline', kind: 'service-account' });
    await createTeam(h, 'blue');
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('refuses each server-owned field with 400 naming it', async () => {
    for (const c of cases()) await expectFieldRefused(await h.call(c.path, { method: c.method, ...jsonBody(c.body) }), c.pointer, `${c.operationId}: ${c.method} ${c.path}`);
  });

  it('and stored nothing', async () => {
    const principals = await json<Schemas['PrincipalPageDto']>(await h.call('/v1/principals?limit=200'));
    expect(principals.items.map((p) => p.name)).not.toContain('eve');
    expect((await h.call('/v1/teams/red')).status).toBe(404);
    expect(await json<unknown[]>(await h.call(`/v1/principals/${service.id}/api-keys`))).toEqual([]);
    expect((await json<{ total: number }>(await h.call('/v1/access-requests'))).total).toBe(0);
  });
});
