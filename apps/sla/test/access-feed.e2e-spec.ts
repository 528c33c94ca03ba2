import { type CatalogProcess, type PeerProcess, startAccessProcess, startCatalogProcess } from '@meshwork/testing';
import { stringify } from 'yaml';
import type { WebhookBody } from '../src/notifications/notification-dispatcher';
import { EvaluationHarness } from './evaluation-support';
import { dispatcherOf, type Receiver, startReceiver, subscribe, useNotificationEnv } from './notifications-support';
import { demoContract, demoProduct, OWNER_TEAM, PORT, until } from './slos-support';
import { json, jsonBody, startSla } from './support';

interface Kpis {
  activeConsumers: number | null;
  accessRequests: { pending: number; approvedInWindow: number; rejectedInWindow: number; meanDecisionSeconds: number | null } | null;
  sources: { access: { status: string; readAt: string | null; lastEventAt: string | null; lagSeconds: number | null } };
}

/** The demo product with its contract, without second-level approvers: the port's domain owner grants access alone. */
function envelope(): string {
  const contract = demoContract();
  const product = demoProduct();
  delete contract.roles;
  return stringify({ product, contracts: [contract] });
}

describe('SLA monitoring follows the access service’s event feed (real access and catalog processes, real PostgreSQL)', () => {
  let e: EvaluationHarness;
  let catalog: CatalogProcess;
  let access: PeerProcess;
  let receiver: Receiver;
  let restoreEnv: () => void;
  const previousAccessUrl = process.env.MESHWORK_ACCESS_URL;
  const tokens = { consumer: '', owner: '' };
  let consumerId = '';
  let grantId = '';

  const callAccess = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${access.baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
  const kpis = async () => json<Kpis>(await e.h.call(`/v1/kpis/${encodeURIComponent(PORT)}`));

  beforeAll(async () => {
    restoreEnv = useNotificationEnv({ SLA_WEBHOOK_FEEDS: 'off', SLA_WEBHOOK_FEEDS_IDLE_MS: '100', SLA_WEBHOOK_FEEDS_BACKOFF_MS: '200' });
    e = new EvaluationHarness(await startSla(), '2026-03-02T03:00:00Z');
    // The access service and the catalog take the SLA harness's dev token as an admin's: the service token SLA monitoring reads with.
    process.env.MESHWORK_SERVICE_TOKEN = e.h.token;
    catalog = await startCatalogProcess({ token: e.h.token, jwksUrl: e.h.jwksUrl });
    access = await startAccessProcess({ token: e.h.token, jwksUrl: e.h.jwksUrl, catalogUrl: catalog.baseUrl });
    process.env.MESHWORK_ACCESS_URL = access.baseUrl;
    receiver = await startReceiver();

    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM }) })).status).toBe(201);
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);
    await e.publishDemo();

    const admin = e.h.token;
    expect((await callAccess('/v1/teams', admin, { method: 'POST', ...jsonBody({ name: OWNER_TEAM, displayName: 'CRM data team' }) })).status).toBe(201);
    const principal = async (name: string) => {
      const res = await callAccess('/v1/principals', admin, { method: 'POST', ...jsonBody({ kind: 'user', name, displayName: name }) });
      if (res.status !== 201) throw new Error(`creating principal ${name}: ${res.status} ${await res.text()}`);
      return (await json<{ id: string }>(res)).id;
    };
    consumerId = await principal('ada');
    const ownerId = await principal('olivia');
    tokens.consumer = await e.h.tokenFor({ id: consumerId, roles: ['consumer'], teamRoles: [] });
    tokens.owner = await e.h.tokenFor({ id: ownerId, roles: ['consumer'], teamRoles: [{ team: OWNER_TEAM, role: 'domain-owner' }] });
  }, 300_000);

  afterAll(async () => {
    if (previousAccessUrl === undefined) delete process.env.MESHWORK_ACCESS_URL;
    else process.env.MESHWORK_ACCESS_URL = previousAccessUrl;
    await e?.h.close();
    await access?.stop();
    await catalog?.stop();
    await receiver?.close();
    restoreEnv?.();
  }, 60_000);

  it('counts an access request once made and its grant once approved, with the decision time and how fresh the figures are', async () => {
    const created = await callAccess('/v1/access-requests', tokens.consumer, { method: 'POST', ...jsonBody({ consumer: { principalId: consumerId }, portUrn: PORT, purpose: 'Churn analysis' }) });
    expect([created.status, created.status === 201 ? '' : await created.text()]).toEqual([201, '']);
    const request = await json<{ id: string }>(created);
    await until(async () => ((await kpis()).accessRequests?.pending === 1 ? true : undefined), 'the pending request in the KPIs');

    const approved = await callAccess(`/v1/access-requests/${request.id}/approve`, tokens.owner, { method: 'POST', ...jsonBody({}) });
    expect([approved.status, approved.status === 200 ? '' : await approved.text()]).toEqual([200, '']);
    grantId = String((await json<{ grantId: string }>(approved)).grantId);
    const counted = await until(async () => {
      const k = await kpis();
      return k.activeConsumers === 1 ? k : undefined;
    }, 'the grant in the KPIs');
    expect(counted.accessRequests).toMatchObject({ pending: 0, approvedInWindow: 1, rejectedInWindow: 0, meanDecisionSeconds: expect.any(Number) });
    expect(counted.sources.access).toMatchObject({ status: 'ok', readAt: expect.any(String), lastEventAt: expect.any(String), lagSeconds: expect.any(Number) });
  });

  it('notifies the grant holder of a breach from what it read of the feed', async () => {
    await subscribe(e.h, { url: `${receiver.url}/consumer` }, tokens.consumer);
    await subscribe(e.h, { owner: `team:${OWNER_TEAM}`, portUrn: PORT, url: `${receiver.url}/owner` });
    await e.observe([{ id: 'r1', kind: 'refresh', at: '2026-03-02T03:00:00Z' }]);
    await e.evaluate();
    e.at('2026-03-02T07:00:30Z');
    await e.evaluate();
    expect((await e.incidents('?open=true')).items.map((i) => i.property)).toEqual(['latency']);
    await dispatcherOf(e.h).runOnce();
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/consumer', '/owner']);
    expect((JSON.parse(receiver.on('/consumer')[0].body) as WebhookBody).type).toBe('incident.opened');
  });

  it('no longer counts the grant once revoked', async () => {
    const revoked = await callAccess(`/v1/grants/${grantId}/revoke`, tokens.owner, { method: 'POST', ...jsonBody({ reason: 'Project ended' }) });
    expect([revoked.status, revoked.status === 200 ? '' : await revoked.text()]).toEqual([200, '']);
    await until(async () => ((await kpis()).activeConsumers === 0 ? true : undefined), 'the revocation in the KPIs');
  });
});
