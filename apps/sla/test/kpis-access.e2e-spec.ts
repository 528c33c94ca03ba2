import { accessFed, accessRequest, clockMover, type FakeAccess, grant, grantFacts, NOTIFICATION_ENV, requestFacts, startFakeAccess, useNotificationEnv } from './notifications-support';
import { demoContract, demoPublication, PORT, publish } from './slos-support';
import { json, type SlaHarness, startSla } from './support';

const CHANGES = 'urn:meshwork:crm:customers:changes:v1';
const PRODUCT = 'urn:meshwork:crm:customers';
const DAY_MS = 86_400_000;
const A = '2d7c1a44-5e0b-4f6a-9b3c-8d1e2f3a4b5c';
const B = '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b';

interface AccessSource {
  status: 'ok' | 'unavailable' | 'not-configured';
  detail: string | null;
  readAt: string | null;
  lastEventAt: string | null;
  lagSeconds: number | null;
}

interface Kpis {
  urn: string;
  ports: string[];
  compliancePercent: number | null;
  openIncidents: number;
  activeConsumers: number | null;
  accessRequests: { pending: number; approvedInWindow: number; rejectedInWindow: number; meanDecisionSeconds: number | null } | null;
  sources: { access: AccessSource };
  slos: unknown[];
}

async function publishTwoPorts(h: SlaHarness): Promise<void> {
  const res = await publish(
    h,
    demoPublication({
      ports: [
        { urn: PORT, name: 'customers', contract: demoContract() },
        { urn: CHANGES, name: 'changes', contract: demoContract() },
      ],
    }),
  );
  if (res.status !== 200) throw new Error(`publish: ${res.status} ${await res.text()}`);
}

describe('KPIs with active consumers and access requests from the access service’s feed (answered by a local HTTP server)', () => {
  let h: SlaHarness;
  let access: FakeAccess;
  let restoreEnv: () => void;
  let moveClock: (ms: number) => void;
  const revocable = grant(PORT, { principalId: B });

  const kpis = async (urn: string, query = ''): Promise<Kpis> => {
    const res = await h.call(`/v1/kpis/${encodeURIComponent(urn)}${query}`);
    if (res.status !== 200) throw new Error(`GET kpis of ${urn}: ${res.status} ${await res.text()}`);
    return json<Kpis>(res);
  };

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    access = await startFakeAccess(NOTIFICATION_ENV.MESHWORK_SERVICE_TOKEN);
    h = await startSla({ MESHWORK_ACCESS_URL: access.url, SLA_WEBHOOK_FEEDS_BACKOFF_MS: '200' });
    moveClock = clockMover(h);
    await publishTwoPorts(h);
    const now = Date.now();
    access.publish(
      ...[grant(PORT, { principalId: A }), grant(PORT, { team: 'billing-team' }), grant(PORT, { principalId: B }, false), grant(CHANGES, { principalId: A }), grant(CHANGES, { team: 'marketing-team' })].flatMap(grantFacts),
      ...[
        accessRequest(PORT, 'pending'),
        accessRequest(PORT, 'pending'),
        accessRequest(PORT, 'awaiting-second-level'),
        accessRequest(PORT, 'approved', new Date(now - DAY_MS)),
        accessRequest(PORT, 'approved', new Date(now - 40 * DAY_MS)),
        accessRequest(PORT, 'rejected', new Date(now - 2 * DAY_MS)),
        accessRequest(PORT, 'cancelled', new Date(now - DAY_MS)),
        accessRequest(CHANGES, 'pending'),
        accessRequest(CHANGES, 'approved', new Date(now - 3 * DAY_MS)),
      ].flatMap(requestFacts),
    );
    await accessFed(h, access);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await access?.close();
    restoreEnv?.();
  });

  it('counts a port’s distinct consumers holding grants and its access requests over the window, with their decision time', async () => {
    const port = await kpis(PORT);
    expect(port).toMatchObject({
      urn: PORT,
      ports: [PORT],
      activeConsumers: 2,
      accessRequests: { pending: 3, approvedInWindow: 1, rejectedInWindow: 1, meanDecisionSeconds: 3600 },
      sources: { access: { status: 'ok', detail: null, readAt: expect.any(String), lastEventAt: expect.any(String), lagSeconds: expect.any(Number) } },
    });
    expect(port.slos).toHaveLength(11);
    const week = await kpis(PORT, `?windowSeconds=${86_400}`);
    expect(week.accessRequests).toEqual({ pending: 3, approvedInWindow: 0, rejectedInWindow: 0, meanDecisionSeconds: null });
  });

  it('counts a consumer holding grants on two ports of the product once, and adds up their requests', async () => {
    const product = await kpis(PRODUCT);
    expect(product).toMatchObject({ ports: [CHANGES, PORT], activeConsumers: 3, accessRequests: { pending: 4, approvedInWindow: 2, rejectedInWindow: 1 }, sources: { access: { status: 'ok' } } });
  });

  it('reads only the access service’s feed, with the service token', () => {
    expect(access.queries.length).toBeGreaterThan(0);
    expect(access.queries.every((q) => q.get('types')?.split(',').includes('io.meshwork.access.grant.approved.v1') !== false)).toBe(true);
  });

  it('counts a grant once approved, and no longer once revoked', async () => {
    access.publish(...grantFacts({ ...revocable, active: true }));
    await accessFed(h, access);
    expect((await kpis(PORT)).activeConsumers).toBe(3);
    access.publish(...grantFacts({ ...revocable, active: false }).slice(1));
    await accessFed(h, access);
    expect((await kpis(PORT)).activeConsumers).toBe(2);
  });

  it('no longer counts a grant past its end, before any fact says so', async () => {
    moveClock(31 * DAY_MS);
    expect((await kpis(PORT)).activeConsumers).toBe(0);
    moveClock(-31 * DAY_MS);
  });

  it('still answers from what it read while the access service is down, saying how old that is', async () => {
    access.down = true;
    moveClock(120_000);
    const port = await kpis(PORT);
    expect(port).toMatchObject({ activeConsumers: 2, accessRequests: { pending: 3 }, sources: { access: { status: 'ok' } } });
    expect(port.sources.access.lagSeconds).toBeGreaterThanOrEqual(110);
    access.down = false;
  });
});

describe('KPIs when the access service is not configured', () => {
  let h: SlaHarness;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    delete process.env.MESHWORK_SERVICE_TOKEN;
    h = await startSla();
    await publishTwoPorts(h);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    restoreEnv?.();
  });

  it('answers the KPIs with the access figures null and says why', async () => {
    const res = await h.call(`/v1/kpis/${encodeURIComponent(PRODUCT)}`);
    expect(res.status).toBe(200);
    const body = await json<Kpis>(res);
    expect(body).toMatchObject({ ports: [CHANGES, PORT], activeConsumers: null, accessRequests: null, sources: { access: { status: 'not-configured', readAt: null } } });
    expect(body.sources.access.detail).toMatch(/MESHWORK_SERVICE_TOKEN/);
  });
});
