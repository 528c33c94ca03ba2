import { decryptText } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/migrations';
import { loadSecretKey } from '../src/notifications/subscription-secrets';
import { verifyWebhook } from '@meshwork/platform';
import { type CreatedSubscription, dispatcherOf, type FakeAccess, insertEvent, insertPort, NOTIFICATION_ENV, query, type Receiver, startFakeAccess, startReceiver, subscribe, useNotificationEnv } from './notifications-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';

const PORT = 'urn:meshwork:crm:customers:customers:v1';
const CONSUMER = { id: '2d7c1a44-5e0b-4f6a-9b3c-8d1e2f3a4b5c', roles: ['consumer'], teamRoles: [] };
const CRM_MEMBER = { id: 'crm-engineer-1', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] };

interface Subscription {
  id: string;
  owner: string;
  portUrn: string | null;
  url: string;
  events: string[];
  active: boolean;
  secretHint: string;
  secret?: string;
}

interface Problem {
  status: number;
  code: string;
  errors?: { pointer: string; detail: string }[];
}

interface StoredRow {
  secret_encrypted: string;
  secret_hint: string;
}

describe('subscription secrets at rest and changes of a subscription (PATCH with If-Match)', () => {
  let h: SlaHarness;
  let access: FakeAccess;
  let receiver: Receiver;
  let restoreEnv: () => void;
  let memberToken: string;
  let consumerToken: string;

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    access = await startFakeAccess(NOTIFICATION_ENV.MESHWORK_SERVICE_TOKEN);
    receiver = await startReceiver();
    h = await startSla({ MESHWORK_ACCESS_URL: access.url });
    await insertPort(h, PORT, 'crm-data-team');
    [memberToken, consumerToken] = await Promise.all([h.tokenFor(CRM_MEMBER), h.tokenFor(CONSUMER)]);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await receiver?.close();
    await access?.close();
    restoreEnv?.();
  });

  beforeEach(() => {
    receiver.received.length = 0;
  });

  const stored = async (id: string): Promise<StoredRow> => (await query<StoredRow>(h, 'SELECT secret_encrypted, secret_hint FROM sla.subscriptions WHERE id = $1', [id]))[0] as StoredRow;
  const patch = (id: string, body: unknown, headers: Record<string, string> = {}) => h.call(`/v1/subscriptions/${id}`, { method: 'PATCH', ...jsonBody(body, headers) });
  const signedWith = (path: string, secret: string): boolean[] =>
    receiver.on(path).map((r) => verifyWebhook(secret, Number(r.headers['x-meshwork-timestamp']), r.body, String(r.headers['x-meshwork-signature'])));

  it('stores the secret encrypted (AES-256-GCM under the service key, bound to the subscription) and shows only its last four characters', async () => {
    const created = await subscribe(h, { owner: 'team:crm-data-team', portUrn: PORT, url: `${receiver.url}/team`, secret: 'team-secret-0123456789-abcd' }, memberToken);
    const row = await stored(created.id);
    expect(row.secret_encrypted).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.secret_encrypted).not.toContain('team-secret');
    expect(decryptText(loadSecretKey('test', {}), row.secret_encrypted, created.id)).toBe('team-secret-0123456789-abcd');
    expect(() => decryptText(loadSecretKey('test', {}), row.secret_encrypted, '00000000-0000-4000-8000-000000000000')).toThrow();

    const got = await h.call(`/v1/subscriptions/${created.id}`, { headers: { authorization: `Bearer ${memberToken}` } });
    expect(got.headers.get('etag')).toEqual(expect.any(String));
    const body = await json<Subscription>(got);
    expect(body).toMatchObject({ secretHint: 'abcd', events: ['incident.opened', 'incident.closed'], active: true });
    expect(body).not.toHaveProperty('secret');
    const listed = await h.call('/v1/subscriptions');
    expect(await listed.text()).not.toContain('team-secret');

    await insertEvent(h, PORT, 'opened');
    await dispatcherOf(h).runOnce();
    expect(signedWith('/team', 'team-secret-0123456789-abcd')).toEqual([true]);
  });

  describe('PATCH /v1/subscriptions/{id}', () => {
    let sub: CreatedSubscription;
    let etag: string;

    beforeAll(async () => {
      sub = await subscribe(h, { owner: 'team:crm-data-team', portUrn: PORT, url: `${receiver.url}/patched`, secret: 'first-secret-0123456789-wxyz' }, memberToken);
      etag = (await h.call(`/v1/subscriptions/${sub.id}`)).headers.get('etag') as string;
    });

    it('rotates the secret, answering the new one once; deliveries are signed with it from then on', async () => {
      const res = await patch(sub.id, { rotateSecret: true }, { 'if-match': etag, authorization: `Bearer ${memberToken}` });
      expect(res.status).toBe(200);
      const next = res.headers.get('etag') as string;
      expect(next).not.toBe(etag);
      etag = next;
      const body = await json<Subscription>(res);
      expect(body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
      expect(body.secretHint).toBe((body.secret as string).slice(-4));
      expect(await json<Subscription>(await h.call(`/v1/subscriptions/${sub.id}`))).not.toHaveProperty('secret');

      await insertEvent(h, PORT, 'opened');
      await dispatcherOf(h).runOnce();
      expect(signedWith('/patched', body.secret as string)).toEqual([true]);
      expect(signedWith('/patched', 'first-secret-0123456789-wxyz')).toEqual([false]);
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      const stale = await patch(sub.id, { active: false }, { 'if-match': '"stale"' });
      expect(stale.status).toBe(412);
      expect((await json<Subscription>(await h.call(`/v1/subscriptions/${sub.id}`))).active).toBe(true);
    });

    it('takes a secret of one’s own, a new URL and an events filter: only closed incidents are delivered after', async () => {
      const res = await patch(sub.id, { secret: 'second-secret-0123456789-qrst', url: `${receiver.url}/moved`, events: ['incident.closed'] }, { 'if-match': etag });
      expect(res.status).toBe(200);
      etag = res.headers.get('etag') as string;
      expect(await json<Subscription>(res)).toMatchObject({ secret: 'second-secret-0123456789-qrst', secretHint: 'qrst', url: `${receiver.url}/moved`, events: ['incident.closed'], owner: 'team:crm-data-team', portUrn: PORT });
      await insertEvent(h, PORT, 'opened');
      await insertEvent(h, PORT, 'closed');
      await dispatcherOf(h).runOnce();
      expect(receiver.on('/patched')).toHaveLength(0);
      expect(receiver.on('/moved').map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(['incident.closed']);
      expect(signedWith('/moved', 'second-secret-0123456789-qrst')).toEqual([true]);
    });

    it('pauses and resumes deliveries', async () => {
      const paused = await patch(sub.id, { active: false });
      expect(await json<Subscription>(paused)).toMatchObject({ active: false, secretHint: 'qrst' });
      expect(paused.headers.get('etag')).not.toBe(etag);
      await insertEvent(h, PORT, 'closed');
      await dispatcherOf(h).runOnce();
      expect(receiver.on('/moved')).toHaveLength(0);
      expect((await json<Subscription>(await patch(sub.id, { active: true }))).active).toBe(true);
    });

    it.each([
      ['a secret and rotateSecret together', { secret: 'third-secret-0123456789', rotateSecret: true }, 'SUBSCRIPTION_UPDATE_INVALID', '/rotateSecret'],
      ['a short secret', { secret: 'short' }, 'VALIDATION_FAILED', '/secret'],
      ['an unknown event', { events: ['incident.reopened'] }, 'VALIDATION_FAILED', '/events'],
      ['no event at all', { events: [] }, 'VALIDATION_FAILED', '/events'],
      ['a URL to a private address', { url: 'http://10.0.0.1/hook' }, 'WEBHOOK_URL_REFUSED', '/url'],
      ['a change of owner', { owner: 'team:billing-team' }, 'VALIDATION_FAILED', '/owner'],
    ])('refuses %s with 400 and a pointer', async (_case, body, code, pointer) => {
      const res = await patch(sub.id, body);
      expect(res.status).toBe(400);
      const problem = await json<Problem>(res);
      expect(problem.code).toBe(code);
      expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    });

    it('is for the owner team’s members and admins only; 404 for an unknown id', async () => {
      expect((await patch(sub.id, { active: false }, { authorization: `Bearer ${consumerToken}` })).status).toBe(403);
      expect((await patch('6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', { active: false })).status).toBe(404);
    });
  });

  it('the migration encrypts secrets stored in clear before it, which still sign deliveries', async () => {
    const migration = MIGRATIONS.find((m) => m.name.startsWith('SubscriptionSecrets'));
    if (!migration) throw new Error('no SubscriptionSecrets migration');
    const runner = h.app.get(DataSource).createQueryRunner();
    try {
      await new migration().down(runner);
      const [legacy] = (await runner.query(
        `INSERT INTO sla.subscriptions (owner, port_urn, url, secret, active, created_by, created_at) VALUES ('team:crm-data-team', $1, $2, 'legacy-secret-0123456789-lmno', true, 'crm-engineer-1', now()) RETURNING id`,
        [PORT, `${receiver.url}/legacy`],
      )) as { id: string }[];
      const clear = (await runner.query('SELECT count(*)::int AS n FROM sla.subscriptions WHERE secret IS NOT NULL')) as { n: number }[];
      expect(clear[0]?.n).toBeGreaterThan(1);
      await new migration().up(runner);
      const id = (legacy as { id: string }).id;
      const row = await stored(id);
      expect(row.secret_hint).toBe('lmno');
      expect(decryptText(loadSecretKey('test', {}), row.secret_encrypted, id)).toBe('legacy-secret-0123456789-lmno');
      expect(await json<Subscription>(await h.call(`/v1/subscriptions/${id}`))).toMatchObject({ secretHint: 'lmno', events: ['incident.opened', 'incident.closed'] });
      await insertEvent(h, PORT, 'opened');
      await dispatcherOf(h).runOnce();
      expect(signedWith('/legacy', 'legacy-secret-0123456789-lmno')).toEqual([true]);
      // Secrets stored before (decrypted by down, encrypted again by up) still sign.
      expect(signedWith('/team', 'team-secret-0123456789-abcd')).toEqual([true]);
    } finally {
      await runner.release();
    }
  });
});
