import { type CreatedSubscription, subscribe, useNotificationEnv } from './notifications-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';

const PORT = 'urn:meshwork:crm:customers:customers:v1';
const CONSUMER = { id: '2d7c1a44-5e0b-4f6a-9b3c-8d1e2f3a4b5c', roles: ['consumer'], teamRoles: [] };
const OTHER_CONSUMER = { id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', roles: ['consumer'], teamRoles: [] };
const CRM_MEMBER = { id: 'crm-engineer-1', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] };
const HOOK = 'http://127.0.0.1:9/hook';

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

interface SubscriptionPage {
  items: Record<string, unknown>[];
  total: number;
}

describe('webhook subscriptions', () => {
  let h: SlaHarness;
  let restoreEnv: () => void;
  let consumerToken: string;
  let otherToken: string;
  let memberToken: string;

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    h = await startSla();
    [consumerToken, otherToken, memberToken] = await Promise.all([h.tokenFor(CONSUMER), h.tokenFor(OTHER_CONSUMER), h.tokenFor(CRM_MEMBER)]);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    restoreEnv?.();
  });

  const post = (body: unknown, token?: string) => h.call('/v1/subscriptions', { method: 'POST', ...jsonBody(body, token ? { authorization: `Bearer ${token}` } : {}) });
  const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  describe('URLs (SSRF)', () => {
    it.each([
      ['a private address', 'http://10.0.0.1/hook'],
      ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
      ['a name resolving to loopback', 'http://localhost:8080/hook'],
      ['an IPv6 loopback', 'http://[::1]:8080/hook'],
      ['a loopback address not allowed by name', 'http://127.0.0.2/hook'],
    ])('refuses %s with 400', async (_case, url) => {
      const res = await post({ url });
      expect(res.status).toBe(400);
      const problem = await json<Problem>(res);
      expect(problem.code).toBe('WEBHOOK_URL_REFUSED');
      expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/url' })]);
    });

    it('refuses other schemes and URLs carrying credentials', async () => {
      expect((await post({ url: 'ftp://127.0.0.1/hook' })).status).toBe(400);
      expect((await post({ url: 'http://user:pass@127.0.0.1/hook' })).status).toBe(400);
      expect((await post({ url: 'not a url' })).status).toBe(400);
    });

    it('accepts a private address whose host is in SLA_WEBHOOK_ALLOWED_HOSTS', async () => {
      expect((await post({ url: HOOK })).status).toBe(201);
    });
  });

  describe('secrets', () => {
    it('generates a secret, shows it once, and never lists it back', async () => {
      const created = await subscribe(h, { url: HOOK, portUrn: PORT }, consumerToken);
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
      const one = await h.call(`/v1/subscriptions/${created.id}`, as(consumerToken));
      const list = await h.call('/v1/subscriptions', as(consumerToken));
      for (const text of [await one.text(), await list.text()]) {
        expect(text).not.toContain(created.secret);
        expect(text).not.toContain('"secret"');
      }
    });

    it('keeps a given secret', async () => {
      const created = await subscribe(h, { url: HOOK, secret: 'my-own-secret-0123456789' }, consumerToken);
      expect(created.secret).toBe('my-own-secret-0123456789');
      expect((await post({ url: HOOK, secret: 'short' })).status).toBe(400);
    });
  });

  describe('who manages what', () => {
    let own: CreatedSubscription;
    let team: CreatedSubscription;

    beforeAll(async () => {
      own = await subscribe(h, { url: `${HOOK}/own` }, otherToken);
      team = await subscribe(h, { owner: 'team:crm-data-team', portUrn: PORT, url: `${HOOK}/team` }, memberToken);
    });

    it('makes a subscription for its caller by default', async () => {
      expect(own).toMatchObject({ owner: `principal:${OTHER_CONSUMER.id}`, portUrn: null, url: `${HOOK}/own`, active: true, createdBy: OTHER_CONSUMER.id });
    });

    it('refuses a subscription for another principal or for a team the caller is not a member of', async () => {
      expect((await post({ url: HOOK, owner: `principal:${CONSUMER.id}` }, otherToken)).status).toBe(403);
      expect((await post({ url: HOOK, owner: 'team:crm-data-team' }, consumerToken)).status).toBe(403);
      expect((await post({ url: HOOK, owner: 'team:crm-data-team' })).status).toBe(201);
    });

    it('validates the owner and the port', async () => {
      expect((await post({ url: HOOK, owner: 'crm-data-team' })).status).toBe(400);
      expect((await post({ url: HOOK, portUrn: 'urn:meshwork:crm' })).status).toBe(400);
      expect((await post({ url: HOOK, unknown: true })).status).toBe(400);
    });

    it('lets a principal read its own and its teams’ subscriptions only', async () => {
      expect((await h.call(`/v1/subscriptions/${own.id}`, as(otherToken))).status).toBe(200);
      expect((await h.call(`/v1/subscriptions/${own.id}`, as(consumerToken))).status).toBe(403);
      expect((await h.call(`/v1/subscriptions/${team.id}`, as(memberToken))).status).toBe(200);
      expect((await h.call(`/v1/subscriptions/${team.id}`, as(consumerToken))).status).toBe(403);
      expect((await h.call(`/v1/subscriptions/${team.id}/deliveries`, as(consumerToken))).status).toBe(403);
      expect(await json<SubscriptionPage>(await h.call(`/v1/subscriptions/${team.id}/deliveries`, as(memberToken)))).toMatchObject({ items: [], total: 0 });

      const mine = await json<SubscriptionPage>(await h.call('/v1/subscriptions', as(otherToken)));
      expect(mine.items.map((s) => s.id)).toEqual([own.id]);
      const members = await json<SubscriptionPage>(await h.call(`/v1/subscriptions?owner=${encodeURIComponent('team:crm-data-team')}`, as(memberToken)));
      expect(members.items.map((s) => s.owner)).toEqual(expect.arrayContaining(['team:crm-data-team']));
      expect(members.items.every((s) => s.owner === 'team:crm-data-team')).toBe(true);
      const all = await json<SubscriptionPage>(await h.call('/v1/subscriptions'));
      expect(all.items.map((s) => s.id)).toEqual(expect.arrayContaining([own.id, team.id]));
    });

    it('lets only the owner (or an admin) delete a subscription, then answers 404', async () => {
      expect((await h.call(`/v1/subscriptions/${own.id}`, { method: 'DELETE', ...as(consumerToken) })).status).toBe(403);
      expect((await h.call(`/v1/subscriptions/${own.id}`, { method: 'DELETE', ...as(otherToken) })).status).toBe(204);
      expect((await h.call(`/v1/subscriptions/${own.id}`, as(otherToken))).status).toBe(404);
      expect((await h.call(`/v1/subscriptions/${team.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await h.call('/v1/subscriptions/not-a-uuid')).status).toBe(404);
    });
  });
});
