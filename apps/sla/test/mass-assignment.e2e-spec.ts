import { expectFieldRefused, type MassAssignmentCase } from '@meshwork/testing';
import { json, jsonBody, type SlaHarness, startSla } from './support';

/** Server-owned fields sent by a client (here the platform admin, who may call every route) are refused by name. */
describe('sla: server-owned fields cannot be set by clients (real PostgreSQL)', () => {
  let h: SlaHarness;
  const PORT = 'urn:meshwork:crm:customers:customers:v1';
  const slo = { portUrn: PORT, property: 'latency', value: 4, unit: 'hours' };
  const subscription = { url: 'https://hooks.example.com/meshwork' };
  const probe = { portUrn: PORT, url: 'https://crm.example.com/health' };
  const observation = { portUrn: PORT, id: 'run-1', kind: 'refresh', at: '2026-01-01T00:00:00Z' };

  const CASES: MassAssignmentCase[] = [
    { operationId: 'createSlo', method: 'POST', path: '/v1/slos', body: { ...slo, id: '00000000-0000-4000-8000-000000000000' }, pointer: '/id' },
    { operationId: 'createSlo', method: 'POST', path: '/v1/slos', body: { ...slo, status: 'met' }, pointer: '/status' },
    { operationId: 'createSlo', method: 'POST', path: '/v1/slos', body: { ...slo, source: 'contract' }, pointer: '/source' },
    { operationId: 'createSlo', method: 'POST', path: '/v1/slos', body: { ...slo, retiredAt: null }, pointer: '/retiredAt' },
    { operationId: 'updateSlo', method: 'PATCH', path: '/v1/slos/00000000-0000-4000-8000-000000000000', body: { value: 5, portUrn: 'urn:meshwork:x:y:z:v1' }, pointer: '/portUrn' },
    { operationId: 'createSubscription', method: 'POST', path: '/v1/subscriptions', body: { ...subscription, secretHint: 'abcd' }, pointer: '/secretHint' },
    { operationId: 'createSubscription', method: 'POST', path: '/v1/subscriptions', body: { ...subscription, createdBy: 'mallory' }, pointer: '/createdBy' },
    { operationId: 'createSubscription', method: 'POST', path: '/v1/subscriptions', body: { ...subscription, version: 9 }, pointer: '/version' },
    { operationId: 'updateSubscription', method: 'PATCH', path: '/v1/subscriptions/00000000-0000-4000-8000-000000000000', body: { active: false, owner: 'team:other' }, pointer: '/owner' },
    { operationId: 'createProbe', method: 'POST', path: '/v1/probes', body: { ...probe, createdAt: '2020-01-01T00:00:00Z' }, pointer: '/createdAt' },
    { operationId: 'updateProbe', method: 'PATCH', path: '/v1/probes/00000000-0000-4000-8000-000000000000', body: { enabled: false, portUrn: PORT }, pointer: '/portUrn' },
    { operationId: 'reportObservations', method: 'POST', path: '/v1/observations', body: { observations: [{ ...observation, receivedAt: '2020-01-01T00:00:00Z' }] }, pointer: '/observations/0/receivedAt' },
  ];

  beforeAll(async () => {
    h = await startSla({ SLA_PROBER: 'off', SLA_EVALUATOR: 'off', SLA_DISPATCHER: 'off' });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it.each(CASES.map((c) => [c.operationId, c.pointer, c] as const))('%s refuses %s with 400 naming it', async (_operation, pointer, c) => {
    await expectFieldRefused(await h.call(c.path, { method: c.method, ...jsonBody(c.body) }), pointer, `${c.method} ${c.path}`, c.refusal);
  });

  it('and stored nothing', async () => {
    for (const path of ['/v1/slos', '/v1/subscriptions', '/v1/probes', `/v1/observations?portUrn=${encodeURIComponent(PORT)}`]) {
      expect([path, (await json<{ total: number }>(await h.call(path))).total]).toEqual([path, 0]);
    }
  });
});
