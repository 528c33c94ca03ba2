import { accessRequest, clockMover, type FakeAccess, grant, NOTIFICATION_ENV, startFakeAccess, useNotificationEnv } from './notifications-support';
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
}

interface Kpis {
  urn: string;
  ports: string[];
  compliancePercent: number | null;
  openIncidents: number;
  activeConsumers: number | null;
  accessRequests: { pending: number; approvedInWindow: number; rejectedInWindow: number } | null;
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

describe('KPIs with active consumers and access requests from the access service (answered by a local HTTP server)', () => {
  let h: SlaHarness;
  let access: FakeAccess;
  let restoreEnv: () => void;
  let moveClock: (ms: number) => void;

  const kpis = async (urn: string, query = ''): Promise<Kpis> => {
    const res = await h.call(`/v1/kpis/${encodeURIComponent(urn)}${query}`);
    if (res.status !== 200) throw new Error(`GET kpis of ${urn}: ${res.status} ${await res.text()}`);
    return json<Kpis>(res);
  };

  beforeAll(async () => {
    restoreEnv = useNotificationEnv();
    access = await startFakeAccess(NOTIFICATION_ENV.MESHWORK_SERVICE_TOKEN);
    h = await startSla({ MESHWORK_ACCESS_URL: access.url });
    moveClock = clockMover(h);
    await publishTwoPorts(h);
    const now = Date.now();
    access.grants.push(
      grant(PORT, { principalId: A }),
      grant(PORT, { team: 'billing-team' }),
      grant(PORT, { principalId: B }, false),
      grant(CHANGES, { principalId: A }),
      grant(CHANGES, { team: 'marketing-team' }),
    );
    access.requests.push(
      accessRequest(PORT, 'pending'),
      accessRequest(PORT, 'pending'),
      accessRequest(PORT, 'awaiting-second-level'),
      accessRequest(PORT, 'approved', new Date(now - DAY_MS)),
      accessRequest(PORT, 'approved', new Date(now - 40 * DAY_MS)),
      accessRequest(PORT, 'rejected', new Date(now - 2 * DAY_MS)),
      accessRequest(PORT, 'cancelled', new Date(now - DAY_MS)),
      accessRequest(CHANGES, 'pending'),
      accessRequest(CHANGES, 'approved', new Date(now - 3 * DAY_MS)),
    );
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await access?.close();
    restoreEnv?.();
  });

  it('counts a port’s distinct consumers holding active grants and its access requests over the window', async () => {
    const port = await kpis(PORT);
    expect(port).toMatchObject({ urn: PORT, ports: [PORT], activeConsumers: 2, accessRequests: { pending: 3, approvedInWindow: 1, rejectedInWindow: 1 }, sources: { access: { status: 'ok', detail: null, readAt: expect.any(String) } } });
    expect(port.slos).toHaveLength(11);
    const week = await kpis(PORT, `?windowSeconds=${86_400}`);
    expect(week.accessRequests).toEqual({ pending: 3, approvedInWindow: 0, rejectedInWindow: 0 });
  });

  it('counts a consumer holding grants on two ports of the product once, and adds up their requests', async () => {
    const product = await kpis(PRODUCT);
    expect(product).toMatchObject({ ports: [CHANGES, PORT], activeConsumers: 3, accessRequests: { pending: 4, approvedInWindow: 2, rejectedInWindow: 1 }, sources: { access: { status: 'ok' } } });
  });

  it('asks the access service with the service token and counts requests by total, not page by page', () => {
    const decided = access.requestQueries.filter((q) => q.get('decidedAfter') !== null);
    expect(decided.length).toBeGreaterThan(0);
    expect(access.requestQueries.every((q) => q.get('limit') === '1')).toBe(true);
    expect(access.queries.every((q) => q.get('active') === 'true')).toBe(true);
  });

  it('reuses what the access service said of a port for 30 s', async () => {
    const asked = access.queries.length + access.requestQueries.length;
    access.grants.push(grant(PORT, { principalId: B }));
    expect((await kpis(PORT)).activeConsumers).toBe(2);
    expect(access.queries.length + access.requestQueries.length).toBe(asked);
    moveClock(31_000);
    expect((await kpis(PORT)).activeConsumers).toBe(3);
    expect(access.queries.length + access.requestQueries.length).toBeGreaterThan(asked);
  });

  it('still answers the KPIs when the access service is down: its figures null, the reason in sources.access', async () => {
    access.down = true;
    moveClock(31_000);
    const port = await kpis(PORT);
    expect(port).toMatchObject({ urn: PORT, openIncidents: 0, activeConsumers: null, accessRequests: null, sources: { access: { status: 'unavailable', readAt: null } } });
    expect(port.sources.access.detail).toMatch(/answered 503/);
    expect(port.slos).toHaveLength(11);
    access.down = false;
    expect((await kpis(PORT)).activeConsumers).toBeNull();
    moveClock(31_000);
    expect((await kpis(PORT)).sources.access.status).toBe('ok');
  });

  it('still answers when the access service cannot be reached at all', async () => {
    await access.close();
    moveClock(31_000);
    const product = await kpis(PRODUCT);
    expect(product).toMatchObject({ activeConsumers: null, accessRequests: null, sources: { access: { status: 'unavailable' } } });
    expect(product.sources.access.detail).toMatch(/cannot be reached/);
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
