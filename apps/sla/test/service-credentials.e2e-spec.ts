import { accessFed, exchangedTokens, type FakeAccess, grant, grantFacts, startFakeAccess, TEST_SERVICE_API_KEY, useNotificationEnv } from './notifications-support';
import { demoPublication, PORT, publish } from './slos-support';
import { json, type SlaHarness, startSla } from './support';

interface Kpis {
  activeConsumers: number | null;
  sources: { access: { status: string; detail: string | null } };
}

describe('SLA monitoring reads the feeds with an API key exchanged for JWTs (MESHWORK_SERVICE_API_KEY)', () => {
  let h: SlaHarness;
  let access: FakeAccess;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = useNotificationEnv({ MESHWORK_SERVICE_API_KEY: TEST_SERVICE_API_KEY, SLA_WEBHOOK_FEEDS: 'off', SLA_WEBHOOK_FEEDS_IDLE_MS: '100', SLA_WEBHOOK_FEEDS_BACKOFF_MS: '100' });
    delete process.env.MESHWORK_SERVICE_TOKEN;
    // The fake accepts only the token it issued last.
    access = await startFakeAccess(() => exchangedTokens.at(-1) ?? 'none issued yet');
    h = await startSla({ MESHWORK_ACCESS_URL: access.url });
    expect((await publish(h, demoPublication())).status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await access?.close();
    restoreEnv?.();
  });

  it('exchanges the key at the access service and reads the feed with the JWT', async () => {
    access.publish(...grantFacts(grant(PORT, { team: 'billing-team' })));
    await accessFed(h, access);
    expect(exchangedTokens.length).toBeGreaterThanOrEqual(1);
    const kpis = await json<Kpis>(await h.call(`/v1/kpis/${encodeURIComponent(PORT)}`));
    expect(kpis).toMatchObject({ activeConsumers: 1, sources: { access: { status: 'ok' } } });
  });

  it('exchanges the key again after a 401 and reads on', async () => {
    const before = exchangedTokens.length;
    // A token issued elsewhere makes the one the SLA service holds stale: its next poll gets a 401.
    exchangedTokens.push('issued-elsewhere');
    const deadline = Date.now() + 20_000;
    while (exchangedTokens.length <= before + 1) {
      if (Date.now() > deadline) throw new Error('the SLA service did not exchange its key again after a 401');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    access.publish(...grantFacts(grant(PORT, { team: 'marketing-team' })));
    await accessFed(h, access);
    expect((await json<Kpis>(await h.call(`/v1/kpis/${encodeURIComponent(PORT)}`))).activeConsumers).toBe(2);
  });
});
