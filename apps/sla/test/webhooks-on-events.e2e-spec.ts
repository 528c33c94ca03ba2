import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CloudEvent, verifyWebhook } from '@meshwork/platform';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { parse, stringify } from 'yaml';
import type { BreakingChangeBody } from '../src/notifications/breaking-change';
import { webhookFeedName } from '../src/notifications/webhook-feeds';
import { type CreatedSubscription, dispatcherOf, type FakeAccess, accessFed, grant, grantFacts, query, type Received, type Receiver, startFakeAccess, startReceiver, subscribe, useNotificationEnv } from './notifications-support';
import { FIXTURES, OWNER_TEAM } from './slos-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';

const PUBLISHED = 'io.meshwork.catalog.product.published.v1';
const PORT_V1 = 'urn:meshwork:crm:customers:customers:v1';
const PORT_V2 = 'urn:meshwork:crm:customers:customers:v2';
const HOLDER = { id: '2d7c1a44-5e0b-4f6a-9b3c-8d1e2f3a4b5c', roles: ['consumer'], teamRoles: [] };
const STRANGER = { id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', roles: ['consumer'], teamRoles: [] };
const BILLING_MEMBER = { id: 'billing-analyst-1', roles: ['consumer'], teamRoles: [{ team: 'billing-team', role: 'domain-member' }] };
const DEPRECATION_DAYS = 30;

interface Delivery {
  origin: string;
  type: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  nextAttemptAt: string | null;
  attemptLog: { at: string; status: number | null; error: string | null }[];
}

/** The demo product at `version` (its port at the same version), with its contract at `version` less the customers fields named. */
function envelope(version: string, removedFields: string[] = []): string {
  const contract = parse(readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8')) as { schema: { name: string; properties: { name: string }[] }[] } & Record<string, unknown>;
  const product = parse(readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8')) as Record<string, unknown>;
  const schema = contract.schema.map((object) => ({ ...object, properties: object.properties.filter((p) => !removedFields.includes(`${object.name}.${p.name}`)) }));
  const ports = (product.outputPorts as Record<string, unknown>[]).map((p) => ({ ...p, version }));
  return stringify({ product: { ...product, version, outputPorts: ports }, contracts: [{ ...contract, version, schema }] });
}

function verified<T>(received: Received, secret: string): T {
  const timestamp = Number(received.headers['x-meshwork-timestamp']);
  expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(300);
  expect(verifyWebhook(secret, timestamp, received.body, String(received.headers['x-meshwork-signature']))).toBe(true);
  return JSON.parse(received.body) as T;
}

describe('webhooks on events of any feed, and breaking-change notices (a real catalog process, real PostgreSQL; access and receivers answered by local HTTP servers)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  let access: FakeAccess;
  let receiver: Receiver;
  let restoreEnv: () => void;
  let serviceToken = 'not yet';

  const put = async (version: string, removedFields: string[] = []) => {
    const res = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(version, removedFields), headers: { 'content-type': 'application/yaml' } });
    expect([res.status, res.status < 300 ? '' : await res.text()]).toEqual([version === '1.2.0' ? 201 : 200, '']);
  };
  const deliveries = async (s: CreatedSubscription) => (await json<{ items: Delivery[] }>(await h.call(`/v1/subscriptions/${s.id}/deliveries?limit=200`))).items;
  /** Runs the dispatcher until `done` holds, as its loop would (the feed reader works in the background meanwhile). */
  const dispatchUntil = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`${what}: not within 30 s (received: ${receiver.received.map((r) => r.path).join(', ')})`);
      await dispatcherOf(h).runOnce();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** Every catalog event read so far is expanded and every due delivery sent: nothing more can arrive for them. */
  const settle = async () => {
    const cursor = async () => ((await query<{ cursor: string }>(h, 'SELECT "cursor" FROM "sla"."feed_cursors" WHERE "feed" = $1', [webhookFeedName('catalog')]))[0]?.cursor ?? '');
    const feedEnd = (await json<{ next: string }>(await catalog.call('/v1/events?limit=1000'))).next;
    const deadline = Date.now() + 30_000;
    while ((await cursor()) !== feedEnd) {
      if (Date.now() > deadline) throw new Error('the catalog feed was not read to its end within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (let run = 0; run < 3; run++) await dispatcherOf(h).runOnce();
  };

  beforeAll(async () => {
    restoreEnv = useNotificationEnv({ SLA_WEBHOOK_FEEDS: 'catalog', SLA_WEBHOOK_FEEDS_IDLE_MS: '100', SLA_WEBHOOK_FEEDS_BACKOFF_MS: '100', SLA_CATALOG_FEED: 'off', MESHWORK_CATALOG_URL: '' });
    access = await startFakeAccess(() => serviceToken);
    receiver = await startReceiver();
    h = await startSla({ MESHWORK_ACCESS_URL: access.url });
    // The catalog takes the SLA harness's dev token as its own: the service token the feed and the grants are read with.
    serviceToken = h.token;
    process.env.MESHWORK_SERVICE_TOKEN = h.token;
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl, env: { CATALOG_MAJOR_DEPRECATION_DAYS: String(DEPRECATION_DAYS) } });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM }) })).status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    // The catalog first: stopped while the SLA service's feed reader is still polling it, it exits at once.
    await catalog?.stop();
    await h?.close();
    await receiver?.close();
    await access?.close();
    restoreEnv?.();
  }, 120_000);

  beforeEach(() => {
    receiver.received.length = 0;
    receiver.answer = () => 200;
  });

  it('refuses an events filter naming no service’s feed, with the pointer of the entry', async () => {
    const res = await h.call('/v1/subscriptions', { method: 'POST', ...jsonBody({ url: `${receiver.url}/x`, events: ['io.meshwork.catalog.*', 'io.meshwork.billing.invoice.paid.v1'] }) });
    expect(res.status).toBe(400);
    const problem = await json<{ code: string; errors: { pointer: string; detail: string }[] }>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: expect.stringMatching(/^\/events/) as unknown, detail: expect.stringContaining('io.meshwork.<catalog|governance|access|sla>.<fact>.v1') as unknown })]);
  });

  it('lets any principal subscribe itself to feed events (it may read the feeds), and only a team’s members subscribe the team', async () => {
    const asStranger = { authorization: `Bearer ${await h.tokenFor(STRANGER)}` };
    const forTeam = await h.call('/v1/subscriptions', { method: 'POST', ...jsonBody({ owner: 'team:billing-team', url: `${receiver.url}/x`, events: ['io.meshwork.*'] }, asStranger) });
    expect([forTeam.status, (await json<{ code: string }>(forTeam)).code]).toEqual([403, 'FORBIDDEN']);
    const forOther = await h.call('/v1/subscriptions', { method: 'POST', ...jsonBody({ owner: `principal:${HOLDER.id}`, url: `${receiver.url}/x`, events: ['io.meshwork.*'] }, asStranger) });
    expect(forOther.status).toBe(403);
    const own = await h.call('/v1/subscriptions', { method: 'POST', ...jsonBody({ url: `${receiver.url}/x`, events: ['io.meshwork.*', 'incident.opened'] }, asStranger) });
    expect(own.status).toBe(201);
    const created = await json<CreatedSubscription & { events: string[] }>(own);
    expect(created.events).toEqual(['incident.opened', 'io.meshwork.*']);
    expect((await h.call(`/v1/subscriptions/${created.id}`, { method: 'DELETE', headers: asStranger })).status).toBe(204);
  });

  it('sends a subscription on product.published one signed CloudEvent per publish, and a pattern subscription every catalog event once', async () => {
    const published = await subscribe(h, { url: `${receiver.url}/published`, events: [PUBLISHED] }, await h.tokenFor(STRANGER));
    const everything = await subscribe(h, { owner: 'team:billing-team', url: `${receiver.url}/catalog`, events: ['io.meshwork.catalog.*'] }, await h.tokenFor(BILLING_MEMBER));
    expect(published.owner).toBe(`principal:${STRANGER.id}`);

    await put('1.2.0');
    expect((await catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) })).status).toBe(200);
    await put('1.3.0');
    await dispatchUntil(() => receiver.on('/published').length >= 2, 'two product.published webhooks');
    await settle();

    const bodies = receiver.on('/published').map((r) => verified<CloudEvent>(r, published.secret));
    expect(bodies.map((b) => [b.type, b.source, b.subject, b.data.version])).toEqual([
      [PUBLISHED, '/meshwork/catalog', 'urn:meshwork:crm:customers', '1.2.0'],
      [PUBLISHED, '/meshwork/catalog', 'urn:meshwork:crm:customers', '1.3.0'],
    ]);
    expect(bodies[0]).toMatchObject({ specversion: '1.0', datacontenttype: 'application/json' });
    expect(bodies[0]).not.toHaveProperty('cursor');

    // Version 1.2.0 added its contract (registered as a draft), was published; 1.3.0 added a contract version and was published.
    // Sent concurrently: in the feed's order once sorted by event id.
    const all = receiver
      .on('/catalog')
      .map((r) => verified<CloudEvent>(r, everything.secret))
      .sort((a, b) => Number(a.id) - Number(b.id));
    expect(all.map((e) => e.type)).toEqual([
      'io.meshwork.catalog.contract.version-added.v1',
      PUBLISHED,
      'io.meshwork.catalog.contract.version-added.v1',
      PUBLISHED,
    ]);
    expect(new Set(all.map((e) => e.id)).size).toBe(4);
    expect((await deliveries(everything)).map((d) => [d.origin, d.status, d.attempts])).toEqual(Array.from({ length: 4 }, () => ['feed', 'delivered', 1]));
  }, 90_000);

  it('notifies each holder of a grant on the old major of a breaking v2 once (its own and its team’s subscriptions), and no stranger', async () => {
    access.publish(...[grant(PORT_V1, { principalId: HOLDER.id }), grant(PORT_V1, { team: 'billing-team' }), grant('urn:meshwork:crm:orders:orders:v1', { principalId: STRANGER.id })].flatMap(grantFacts));
    await accessFed(h, access);
    const holder = await subscribe(h, { url: `${receiver.url}/holder`, events: ['contract.breaking-change'] }, await h.tokenFor(HOLDER));
    const team = await subscribe(h, { owner: 'team:billing-team', portUrn: PORT_V1, url: `${receiver.url}/team`, events: ['contract.breaking-change', 'incident.opened'] }, await h.tokenFor(BILLING_MEMBER));
    const stranger = await subscribe(h, { url: `${receiver.url}/stranger`, events: ['contract.breaking-change'] }, await h.tokenFor(STRANGER));

    await put('2.0.0', ['customers.email']);
    await dispatchUntil(() => receiver.on('/holder').length >= 1 && receiver.on('/team').length >= 1, 'the breaking-change notices');
    await settle();

    expect(receiver.on('/holder')).toHaveLength(1);
    expect(receiver.on('/team')).toHaveLength(1);
    expect(receiver.on('/stranger')).toHaveLength(0);
    expect(await deliveries(stranger)).toEqual([]);
    const notice = verified<BreakingChangeBody>(receiver.on('/holder')[0], holder.secret);
    expect(verified<BreakingChangeBody>(receiver.on('/team')[0], team.secret)).toEqual(notice);
    expect(notice).toMatchObject({
      type: 'contract.breaking-change',
      oldUrn: PORT_V1,
      newUrn: PORT_V2,
      port: 'customers',
      product: { urn: 'urn:meshwork:crm:customers', version: '2.0.0' },
      contract: { id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', version: '2.0.0', previousVersion: '1.3.0', major: 2, previousMajor: 1 },
      breaking: true,
    });
    expect(notice.changes).toContainEqual(expect.objectContaining({ kind: 'field-removed', severity: 'breaking', path: 'customers.email', pointer: expect.stringMatching(/^\/schema\/0\/properties\/\d+$/) as unknown }));
    const deprecation = new Date(String(notice.oldMajorDeprecationDate)).getTime();
    const eventTime = new Date(notice.event.time).getTime();
    expect(Math.abs(deprecation - eventTime - DEPRECATION_DAYS * 86_400_000)).toBeLessThan(60_000);
  }, 90_000);

  it('keeps serving the old major after the new one is published: both port URNs resolve, each to its own version', async () => {
    const resolve = async (urn: string) => catalog.call(`/v1/resolve/${encodeURIComponent(urn)}`);
    const [v1, v2] = await Promise.all([resolve(PORT_V1), resolve(PORT_V2)]);
    expect([v1.status, v2.status]).toEqual([200, 200]);
    const [old, current] = await Promise.all([json<{ port: { urn: string; productVersion: string; contract: { version: string } | null } }>(v1), json<{ port: { urn: string; productVersion: string; contract: { version: string } | null } }>(v2)]);
    expect([old.port.urn, old.port.productVersion, old.port.contract?.version]).toEqual([PORT_V1, '1.3.0', '1.3.0']);
    expect([current.port.urn, current.port.productVersion, current.port.contract?.version]).toEqual([PORT_V2, '2.0.0', '2.0.0']);
  });

  it('retries a dead receiver with backoff and logs each attempt, while another receiver of the same event gets it at once', async () => {
    const dead = await subscribe(h, { url: `${receiver.url}/dead`, events: [PUBLISHED] });
    const alive = await subscribe(h, { url: `${receiver.url}/alive`, events: [PUBLISHED] });
    receiver.answer = (path) => (path === '/dead' ? 503 : 200);

    await put('2.1.0');
    await dispatchUntil(() => receiver.on('/alive').length >= 1, 'the live receiver’s webhook');
    await settle();
    expect(receiver.on('/alive')).toHaveLength(1);
    expect(receiver.on('/dead')).toHaveLength(1);
    const [first] = await deliveries(dead);
    expect(first).toMatchObject({ type: PUBLISHED, status: 'pending', attempts: 1, lastStatus: 503, attemptLog: [expect.objectContaining({ status: 503, error: expect.stringContaining('answered 503') as unknown })] });
    expect(new Date(String(first.nextAttemptAt)).getTime() - new Date(first.attemptLog[0].at).getTime()).toBe(1000);
    expect((await deliveries(alive))[0]).toMatchObject({ status: 'delivered', attempts: 1 });

    // Due again after its backoff: the second attempt is logged too, and the receiver that took it is not called again.
    await dispatchUntil(() => receiver.on('/dead').length >= 2, 'the retry');
    const [second] = await deliveries(dead);
    expect(second).toMatchObject({ status: 'pending', attempts: 2, lastStatus: 503 });
    expect(second.attemptLog.map((a) => a.status)).toEqual([503, 503]);
    expect(new Date(String(second.nextAttemptAt)).getTime() - new Date(second.attemptLog[1].at).getTime()).toBe(2000);
    expect(receiver.on('/alive')).toHaveLength(1);
    const body = verified<CloudEvent>(receiver.on('/dead')[1], dead.secret);
    expect(body).toMatchObject({ type: PUBLISHED, data: expect.objectContaining({ version: '2.1.0' }) as unknown });
  }, 90_000);
});
