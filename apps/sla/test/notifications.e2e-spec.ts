import type { WebhookBody } from '../src/notifications/notification-dispatcher';
import { verifyWebhook } from '@meshwork/platform';
import {
  clockMover,
  type CreatedSubscription,
  dispatcherOf,
  type FakeAccess,
  grant,
  insertEvent,
  insertPort,
  NOTIFICATION_ENV,
  query,
  type Received,
  type Receiver,
  startFakeAccess,
  startReceiver,
  subscribe,
  useNotificationEnv,
} from './notifications-support';
import { json, type SlaHarness, startSla } from './support';

const PORT = 'urn:meshwork:crm:customers:customers:v1';
const OTHER_PORT = 'urn:meshwork:crm:orders:orders:v1';
const CONSUMER = { id: '2d7c1a44-5e0b-4f6a-9b3c-8d1e2f3a4b5c', roles: ['consumer'], teamRoles: [] };
const OTHER_CONSUMER = { id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', roles: ['consumer'], teamRoles: [] };
const CRM_MEMBER = { id: 'crm-engineer-1', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] };
const BILLING_MEMBER = { id: 'billing-analyst-1', roles: ['consumer'], teamRoles: [{ team: 'billing-team', role: 'domain-member' }] };

interface DeliveryPage {
  items: { status: string; attempts: number; nextAttemptAt: string | null; lastStatus: number | null; lastError: string | null; deliveredAt: string | null; attemptLog: { status: number | null; error: string | null }[] }[];
  total: number;
}

function verified(received: Received, secret: string): WebhookBody {
  const timestamp = Number(received.headers['x-meshwork-timestamp']);
  expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(3600);
  expect(verifyWebhook(secret, timestamp, received.body, String(received.headers['x-meshwork-signature']))).toBe(true);
  expect(received.headers['content-type']).toBe('application/json');
  return JSON.parse(received.body) as WebhookBody;
}

describe('incident notifications (receivers and the access service answered by local HTTP servers)', () => {
  let h: SlaHarness;
  let access: FakeAccess;
  let receiver: Receiver;
  let restoreEnv: () => void;
  let moveClock: (ms: number) => void;

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    access = await startFakeAccess(NOTIFICATION_ENV.MESHWORK_SERVICE_TOKEN);
    receiver = await startReceiver();
    h = await startSla({ MESHWORK_ACCESS_URL: access.url });
    moveClock = clockMover(h);
    await insertPort(h, PORT, 'crm-data-team');
    await insertPort(h, OTHER_PORT, 'crm-data-team');
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await receiver?.close();
    await access?.close();
    restoreEnv?.();
  });

  beforeEach(() => {
    receiver.received.length = 0;
    receiver.answer = () => 200;
    access.down = false;
  });

  const deliveries = async (subscription: CreatedSubscription) => json<DeliveryPage>(await h.call(`/v1/subscriptions/${subscription.id}/deliveries`));

  describe('recipients of an event', () => {
    let owner: CreatedSubscription;
    let consumer: CreatedSubscription;
    let billing: CreatedSubscription;
    let otherConsumer: CreatedSubscription;
    let ownerOfOtherPort: CreatedSubscription;

    beforeAll(async () => {
      access.grants.push(
        grant(PORT, { principalId: CONSUMER.id }),
        grant(PORT, { team: 'billing-team' }),
        grant(PORT, { team: 'former-team' }, false),
        grant(OTHER_PORT, { principalId: OTHER_CONSUMER.id }),
      );
      owner = await subscribe(h, { owner: 'team:crm-data-team', portUrn: PORT, url: `${receiver.url}/owner` }, await h.tokenFor(CRM_MEMBER));
      ownerOfOtherPort = await subscribe(h, { owner: 'team:crm-data-team', portUrn: OTHER_PORT, url: `${receiver.url}/owner-other-port` }, await h.tokenFor(CRM_MEMBER));
      consumer = await subscribe(h, { url: `${receiver.url}/consumer` }, await h.tokenFor(CONSUMER));
      billing = await subscribe(h, { owner: 'team:billing-team', portUrn: PORT, url: `${receiver.url}/billing`, secret: 'billing-secret-0123456789' }, await h.tokenFor(BILLING_MEMBER));
      otherConsumer = await subscribe(h, { url: `${receiver.url}/other-consumer` }, await h.tokenFor(OTHER_CONSUMER));
      await subscribe(h, { owner: 'team:former-team', url: `${receiver.url}/former` });
    });

    it('sends one signed webhook to the owner team and one to each consumer holding a grant, and none to others', async () => {
      const event = await insertEvent(h, PORT, 'opened');
      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 1, attempts: 3 });

      expect(receiver.received.map((r) => r.path).sort()).toEqual(['/billing', '/consumer', '/owner']);
      const bodies = [verified(receiver.on('/owner')[0], owner.secret), verified(receiver.on('/consumer')[0], consumer.secret), verified(receiver.on('/billing')[0], 'billing-secret-0123456789')];
      for (const body of bodies) {
        expect(body).toEqual({
          type: 'incident.opened',
          incident: expect.objectContaining({ id: event.incidentId, portUrn: PORT, property: 'freshness' }) as unknown,
          port: { urn: PORT, name: 'customers', ownerTeamId: 'crm-data-team' },
          product: { domain: 'crm', name: 'customers', version: '1.2.0' },
        });
      }
      // A signature made with another subscription's secret does not verify.
      const foreign = receiver.on('/owner')[0];
      expect(verifyWebhook(consumer.secret, Number(foreign.headers['x-meshwork-timestamp']), foreign.body, String(foreign.headers['x-meshwork-signature']))).toBe(false);

      expect(access.queries.at(-1)?.get('portUrn')).toBe(PORT);
      expect(access.queries.at(-1)?.get('active')).toBe('true');
      const [stored] = await query<{ dispatched_at: Date | null }>(h, `SELECT "dispatched_at" FROM "sla"."incident_events" WHERE "id" = $1`, [event.id]);
      expect(stored.dispatched_at).not.toBeNull();

      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 0, attempts: 0 });
      expect(receiver.received).toHaveLength(3);
      for (const subscription of [owner, consumer, billing]) {
        expect((await deliveries(subscription)).items).toEqual([expect.objectContaining({ status: 'delivered', attempts: 1, lastStatus: 200, nextAttemptAt: null })]);
      }
      expect((await deliveries(otherConsumer)).total).toBe(0);
      expect((await deliveries(ownerOfOtherPort)).total).toBe(0);
    });

    it('notifies the owners at once when the access service is down, and the consumers once it answers again', async () => {
      access.down = true;
      const event = await insertEvent(h, PORT, 'closed');
      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 0, attempts: 1 });
      expect(receiver.received.map((r) => r.path)).toEqual(['/owner']);
      expect(verified(receiver.received[0], owner.secret).type).toBe('incident.closed');
      const [pending] = await query<{ dispatched_at: Date | null }>(h, `SELECT "dispatched_at" FROM "sla"."incident_events" WHERE "id" = $1`, [event.id]);
      expect(pending.dispatched_at).toBeNull();

      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 0, attempts: 0 });
      access.down = false;
      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 1, attempts: 2 });
      expect(receiver.received.map((r) => r.path).sort()).toEqual(['/billing', '/consumer', '/owner']);
    });

    it('sends each delivery once when two dispatchers run at the same time', async () => {
      const events = await Promise.all([insertEvent(h, PORT), insertEvent(h, PORT), insertEvent(h, OTHER_PORT)]);
      const runs = await Promise.all([dispatcherOf(h).runOnce(), dispatcherOf(h).runOnce(), dispatcherOf(h).runOnce()]);
      const more = await dispatcherOf(h).runOnce();
      expect(runs.reduce((sum, run) => sum + run.events, more.events)).toBe(3);
      // Two events on PORT to three subscriptions, one on OTHER_PORT to the owner and the consumer holding a grant there.
      expect(receiver.received).toHaveLength(8);
      const keys = receiver.received.map((r) => `${r.path} ${(JSON.parse(r.body) as WebhookBody).incident.id as string}`);
      expect(new Set(keys).size).toBe(8);
      expect(keys.filter((k) => k.endsWith(events[2].incidentId)).map((k) => k.split(' ')[0]).sort()).toEqual(['/other-consumer', '/owner-other-port']);
    });
  });

  describe('retries', () => {
    const RETRY_PORT = 'urn:meshwork:ops:jobs:runs:v1';

    beforeAll(async () => {
      await insertPort(h, RETRY_PORT, 'ops-team');
    });

    it('retries a receiver that fails after 1 s then 2 s, logging every attempt, until it accepts', async () => {
      const flaky = await subscribe(h, { owner: 'team:ops-team', portUrn: RETRY_PORT, url: `${receiver.url}/flaky` });
      receiver.answer = (_path, attempt) => (attempt <= 2 ? 503 : 200);
      await insertEvent(h, RETRY_PORT);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(1);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(0);
      moveClock(1000);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(1);
      moveClock(1000);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(0);
      moveClock(1000);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(1);

      expect(receiver.on('/flaky')).toHaveLength(3);
      const [delivery] = (await deliveries(flaky)).items;
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200, lastError: null, nextAttemptAt: null });
      expect(delivery.attemptLog.map((a) => a.status)).toEqual([503, 503, 200]);
      expect(delivery.attemptLog[0].error).toContain('answered 503');
      await h.call(`/v1/subscriptions/${flaky.id}`, { method: 'DELETE' });
    });

    it('does not follow a redirect: the attempt fails and is retried', async () => {
      const moved = await subscribe(h, { owner: 'team:ops-team', portUrn: RETRY_PORT, url: `${receiver.url}/moved` });
      receiver.answer = (path) => (path === '/moved' ? 302 : 200);
      await insertEvent(h, RETRY_PORT);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(1);
      expect(receiver.received.map((r) => r.path)).toEqual(['/moved']);
      const [delivery] = (await deliveries(moved)).items;
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 302 });
      expect(delivery.lastError).toContain('redirects are not followed');
      await h.call(`/v1/subscriptions/${moved.id}`, { method: 'DELETE' });
    });

    it('marks a delivery failed after 10 attempts to a receiver that is down, without holding back the others', async () => {
      const dead = await subscribe(h, { owner: 'team:ops-team', portUrn: RETRY_PORT, url: 'http://127.0.0.1:9/down' });
      const alive = await subscribe(h, { owner: 'team:ops-team', portUrn: RETRY_PORT, url: `${receiver.url}/alive` });
      await insertEvent(h, RETRY_PORT);
      await dispatcherOf(h).runOnce();
      expect(receiver.on('/alive')).toHaveLength(1);
      expect((await deliveries(alive)).items[0].status).toBe('delivered');

      let [delivery] = (await deliveries(dead)).items;
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null });
      expect(delivery.lastError).toMatch(/ECONNREFUSED/);
      for (let attempt = 1; attempt < 10; attempt++) {
        moveClock(2 ** (attempt - 1) * 1000);
        expect((await dispatcherOf(h).runOnce()).attempts).toBe(1);
      }
      [delivery] = (await deliveries(dead)).items;
      expect(delivery).toMatchObject({ status: 'failed', attempts: 10, nextAttemptAt: null, deliveredAt: null });
      expect(delivery.attemptLog).toHaveLength(10);
      moveClock(600_000);
      expect((await dispatcherOf(h).runOnce()).attempts).toBe(0);
      expect(receiver.on('/alive')).toHaveLength(1);
    });
  });
});
