import type { WebhookBody } from '../src/notifications/notification-dispatcher';
import { verifyWebhook } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/migrations';
import {
  clockMover,
  type CreatedSubscription,
  dispatcherOf,
  type FakeAccess,
  feedSettled,
  accessFed,
  grant,
  grantFacts,
  insertEvent,
  type InsertedEvent,
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
      access.publish(
        ...[grant(PORT, { principalId: CONSUMER.id }), grant(PORT, { team: 'billing-team' }), grant(PORT, { team: 'former-team' }, false), grant(OTHER_PORT, { principalId: OTHER_CONSUMER.id })].flatMap(grantFacts),
      );
      await accessFed(h, access);
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

      // Read from the access service's feed with the service token, not asked per event.
      expect(access.queries.length).toBeGreaterThan(0);
      expect(access.queries.every((q) => !q.has('portUrn'))).toBe(true);
      const [cursor] = await query<{ cursor: string }>(h, `SELECT "cursor" FROM "sla"."feed_cursors" WHERE "feed" = 'sla:incident-notifications'`);
      expect(cursor.cursor).not.toBe('');

      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 0, attempts: 0 });
      expect(receiver.received).toHaveLength(3);
      for (const subscription of [owner, consumer, billing]) {
        expect((await deliveries(subscription)).items).toEqual([expect.objectContaining({ status: 'delivered', attempts: 1, lastStatus: 200, nextAttemptAt: null })]);
      }
      expect((await deliveries(otherConsumer)).total).toBe(0);
      expect((await deliveries(ownerOfOtherPort)).total).toBe(0);
    });

    it('notifies the grant holders it knows from the access feed while the access service is down', async () => {
      access.down = true;
      await insertEvent(h, PORT, 'closed');
      expect(await dispatcherOf(h).runOnce()).toEqual({ events: 1, attempts: 3 });
      expect(receiver.received.map((r) => r.path).sort()).toEqual(['/billing', '/consumer', '/owner']);
      expect(verified(receiver.on('/owner')[0], owner.secret).type).toBe('incident.closed');
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
    it('after the migration from sla.incident_events, notifies what was not dispatched yet and nothing twice', async () => {
      const migration = MIGRATIONS.find((m) => m.name.startsWith('IncidentNotificationsFeed'));
      if (!migration) throw new Error('no IncidentNotificationsFeed migration');
      const runner = h.app.get(DataSource).createQueryRunner();
      try {
        await new migration().down(runner);
        // Ids of the old queue, apart from those of the feed.
        await runner.query('ALTER SEQUENCE sla.incident_events_id_seq RESTART WITH 1000000');
        const copy = async (event: InsertedEvent, kind: string, dispatched: boolean) =>
          (
            (await runner.query(
              `INSERT INTO sla.incident_events (incident_id, kind, port_urn, slo_id, payload, created_at, dispatched_at)
               SELECT $1::uuid, $2, $3, gen_random_uuid(), data->'incident', now(), CASE WHEN $4 THEN now() END FROM sla.events WHERE id = $5 RETURNING id::text AS id`,
              [event.incidentId, kind, PORT, dispatched, event.id],
            )) as { id: string }[]
          )[0].id;
        const ownerDelivered = (oldId: string, incidentId: string) =>
          runner.query(
            `INSERT INTO sla.deliveries (origin, event_id, subscription_id, type, incident_id, status, attempts, next_attempt_at, attempt_log, created_at, delivered_at, last_status)
             VALUES ('incident', $1, $2, 'incident.opened', $3, 'delivered', 1, now(), '[]', now(), now(), 200)`,
            [oldId, owner.id, incidentId],
          );
        // Dispatched: its fact is in the feed, every delivery made.
        const done = await insertEvent(h, PORT, 'opened');
        await ownerDelivered(await copy(done, 'opened', true), done.incidentId);
        // Not dispatched: the owner was notified, the consumers not yet (the access service was down).
        const half = await insertEvent(h, PORT, 'opened');
        await ownerDelivered(await copy(half, 'opened', false), half.incidentId);
        // Not dispatched, and older than the feed: no fact in sla.events.
        const legacy = await insertEvent(h, PORT, 'opened');
        await copy(legacy, 'opened', false);
        await runner.query('DELETE FROM sla.events WHERE id = $1', [legacy.id]);

        await new migration().up(runner);
        await feedSettled(h);
        expect(await dispatcherOf(h).runOnce()).toEqual({ events: 2, attempts: 5 });
        const got = receiver.received.map((r) => `${r.path} ${(JSON.parse(r.body) as WebhookBody).incident.id as string}`).sort();
        expect(got).toEqual(
          [`/billing ${half.incidentId}`, `/consumer ${half.incidentId}`, `/billing ${legacy.incidentId}`, `/consumer ${legacy.incidentId}`, `/owner ${legacy.incidentId}`].sort(),
        );
        expect(verified(receiver.on('/owner')[0], owner.secret)).toMatchObject({ type: 'incident.opened', port: { urn: PORT, name: 'customers' } });
        expect(await dispatcherOf(h).runOnce()).toEqual({ events: 0, attempts: 0 });
        const ownerLog = (await deliveries(owner)).items.filter((d) => d.status === 'delivered');
        expect(ownerLog.length).toBeGreaterThanOrEqual(3);
      } finally {
        await runner.release();
      }
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
