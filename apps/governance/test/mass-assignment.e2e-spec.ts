import { expectFieldRefused, type MassAssignmentCase } from '@meshwork/testing';
import { policyBody } from './policies-support';
import { type GovernanceHarness, json, jsonBody, startGovernance } from './support';

/** Server-owned fields sent by a client (here the platform admin, who may call every route) are refused by name. */
describe('governance: server-owned fields cannot be set by clients (real PostgreSQL)', () => {
  let h: GovernanceHarness;
  const term = { name: 'churn', title: 'Churn', definition: 'A customer who ended every contract.', ownerTeamId: 'crm-team' };

  const CASES: MassAssignmentCase[] = [
    { operationId: 'createPolicy', method: 'POST', path: '/v1/policies', body: policyBody('p1', { state: 'enforced' }), pointer: '/state' },
    { operationId: 'createPolicy', method: 'POST', path: '/v1/policies', body: policyBody('p2', { latestVersion: 7 }), pointer: '/latestVersion' },
    { operationId: 'createPolicy', method: 'POST', path: '/v1/policies', body: policyBody('p3', { createdAt: '2020-01-01T00:00:00Z' }), pointer: '/createdAt' },
    { operationId: 'createPolicy', method: 'POST', path: '/v1/policies', body: policyBody('p4', { approvedBy: 'mallory' }), pointer: '/approvedBy' },
    { operationId: 'updatePolicy', method: 'PATCH', path: '/v1/policies/matrix', body: { name: 'Renamed', state: 'enforced' }, pointer: '/state' },
    { operationId: 'updatePolicy', method: 'PATCH', path: '/v1/policies/matrix', body: { name: 'Renamed', id: 'another' }, pointer: '/id' },
    { operationId: 'updatePolicy', method: 'PATCH', path: '/v1/policies/matrix', body: { name: 'Renamed', activeVersion: 1 }, pointer: '/activeVersion' },
    { operationId: 'transitionPolicy', method: 'POST', path: '/v1/policies/matrix/transitions', body: { to: 'enforced', approvedBy: 'mallory' }, pointer: '/approvedBy' },
    { operationId: 'createGlossaryTerm', method: 'POST', path: '/v1/glossary/terms', body: { ...term, createdAt: '2020-01-01T00:00:00Z' }, pointer: '/createdAt' },
    { operationId: 'createGlossaryTerm', method: 'POST', path: '/v1/glossary/terms', body: { ...term, updatedBy: 'mallory' }, pointer: '/updatedBy' },
    { operationId: 'updateGlossaryTerm', method: 'PATCH', path: '/v1/glossary/terms/matrix-term', body: { title: 'New', name: 'renamed' }, pointer: '/name' },
    { operationId: 'createCodeList', method: 'POST', path: '/v1/master-data/code-lists', body: { name: 'l1', title: 'L', codes: [{ code: 'a', label: 'A' }], shipped: true }, pointer: '/shipped' },
  ];

  beforeAll(async () => {
    h = await startGovernance();
    expect((await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody('matrix')) })).status).toBe(201);
    expect((await h.call('/v1/glossary/terms', { method: 'POST', ...jsonBody({ ...term, name: 'matrix-term' }) })).status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it.each(CASES.map((c) => [c.operationId, c.pointer, c] as const))('%s refuses %s with 400 naming it', async (_operation, pointer, c) => {
    await expectFieldRefused(await h.call(c.path, { method: c.method, ...jsonBody(c.body) }), pointer, `${c.method} ${c.path}`, c.refusal);
  });

  it('and nothing changed: the policy is still a draft at version 1, the refused ones do not exist', async () => {
    expect(await json<{ state: string; latestVersion: number; name: string }>(await h.call('/v1/policies/matrix'))).toMatchObject({ state: 'draft', latestVersion: 1, name: 'Policy matrix' });
    for (const id of ['p1', 'p2', 'p3', 'p4']) expect((await h.call(`/v1/policies/${id}`)).status).toBe(404);
  });
});
