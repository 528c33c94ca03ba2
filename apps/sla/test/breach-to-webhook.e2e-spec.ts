import type { WebhookBody } from '../src/notifications/notification-dispatcher';
import { verifyWebhook } from '@meshwork/platform';
import { EvaluationHarness } from './evaluation-support';
import { accessFed, type CreatedSubscription, dispatcherOf, type FakeAccess, grant, grantFacts, NOTIFICATION_ENV, type Receiver, startFakeAccess, startReceiver, subscribe, useNotificationEnv } from './notifications-support';
import { PORT } from './slos-support';
import { startSla } from './support';

const CONSUMER = { id: '2d7c1a44-5e0b-4f6a-9b3c-8d1e2f3a4b5c', roles: ['consumer'], teamRoles: [] };
const STRANGER = { id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', roles: ['consumer'], teamRoles: [] };
const CRM_MEMBER = { id: 'crm-engineer-1', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] };

describe('a late refresh, from observation to signed webhooks (real PostgreSQL, moved clock, local receivers)', () => {
  let e: EvaluationHarness;
  let access: FakeAccess;
  let receiver: Receiver;
  let restoreEnv: () => void;
  let owner: CreatedSubscription;
  let consumer: CreatedSubscription;

  const bodies = (path: string, secret: string): WebhookBody[] =>
    receiver.on(path).map((received) => {
      expect(verifyWebhook(secret, Number(received.headers['x-meshwork-timestamp']), received.body, String(received.headers['x-meshwork-signature']))).toBe(true);
      return JSON.parse(received.body) as WebhookBody;
    });

  beforeAll(async () => {
    restoreEnv = useNotificationEnv({ SLA_EVALUATOR: 'off' });
    access = await startFakeAccess(NOTIFICATION_ENV.MESHWORK_SERVICE_TOKEN);
    receiver = await startReceiver();
    e = new EvaluationHarness(await startSla({ MESHWORK_ACCESS_URL: access.url }), '2026-03-02T03:00:00Z');
    await e.publishDemo();
    access.publish(...grantFacts(grant(PORT, { principalId: CONSUMER.id })));
    await accessFed(e.h, access);
    owner = await subscribe(e.h, { owner: 'team:crm-data-team', portUrn: PORT, url: `${receiver.url}/owner` }, await e.h.tokenFor(CRM_MEMBER));
    consumer = await subscribe(e.h, { url: `${receiver.url}/consumer` }, await e.h.tokenFor(CONSUMER));
    await subscribe(e.h, { url: `${receiver.url}/stranger` }, await e.h.tokenFor(STRANGER));
  }, 60_000);

  afterAll(async () => {
    await e?.h.close();
    await receiver?.close();
    await access?.close();
    restoreEnv?.();
  });

  it('breaches latency when the next refresh is late, notifying the owner team and the consumer holding a grant exactly once each', async () => {
    await e.observe([{ id: 'r1', kind: 'refresh', at: '2026-03-02T03:00:00Z' }]);
    await e.evaluate();
    e.at('2026-03-02T07:00:30Z');
    await e.evaluate();
    expect((await e.slo('latency')).status).toBe('breached');
    expect((await e.incidents('?open=true')).items.map((i) => i.property)).toEqual(['latency']);

    await dispatcherOf(e.h).runOnce();
    await dispatcherOf(e.h).runOnce();
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/consumer', '/owner']);
    for (const [path, secret] of [['/owner', owner.secret], ['/consumer', consumer.secret]] as const) {
      expect(bodies(path, secret)).toEqual([expect.objectContaining({ type: 'incident.opened', incident: expect.objectContaining({ portUrn: PORT, property: 'latency', openedAt: '2026-03-02T07:00:00.000Z' }) as unknown })]);
    }
  });

  it('recovers with the next refresh, closing the incident and telling the same two subscribers', async () => {
    receiver.received.length = 0;
    e.at('2026-03-02T08:00:00Z');
    await e.observe([{ id: 'r2', kind: 'refresh', at: '2026-03-02T08:00:00Z' }]);
    await e.evaluate();
    expect((await e.slo('latency')).status).toBe('ok');
    expect((await e.incidents('?open=true')).total).toBe(0);
    await dispatcherOf(e.h).runOnce();
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/consumer', '/owner']);
    expect(bodies('/owner', owner.secret)).toEqual([expect.objectContaining({ type: 'incident.closed', incident: expect.objectContaining({ property: 'latency', closedAt: '2026-03-02T08:00:00.000Z', timeToRecoverSeconds: 3600 }) as unknown })]);
  });
});
