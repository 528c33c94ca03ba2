import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { stringify } from 'yaml';
import { DataSource } from 'typeorm';
import { EvaluatorService } from '../src/evaluation/evaluator.service';
import { CatalogFeedConsumer } from '../src/events/catalog-feed.consumer';
import { json, jsonBody, type SlaHarness, startSla } from './support';
import { demoContract, demoProduct, OWNER_TEAM, PORT, type Slo, type SloPage, until } from './slos-support';

const QUALITY_FAILED = 'io.meshwork.catalog.quality.failed.v1';

interface ObservationRow {
  observation_id: string;
  kind: string;
  success: boolean | null;
  row_count: string | null;
  error_count: string | null;
}

describe('a failing quality rule in the catalog counts for SLA monitoring (a real catalog process, real PostgreSQL)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  let dataSource: DataSource;
  const settings = { SLA_CATALOG_FEED_IDLE_MS: '100', SLA_CATALOG_FEED_BACKOFF_MS: '100', SLA_CATALOG_FEED_WAIT_SECONDS: '2' };
  const previous = Object.fromEntries(['MESHWORK_CATALOG_URL', 'MESHWORK_SERVICE_TOKEN', ...Object.keys(settings)].map((key) => [key, process.env[key]]));
  const slos = async () => (await json<SloPage>(await h.call(`/v1/slos?portUrn=${encodeURIComponent(PORT)}&limit=200`))).items;
  const errorRate = async (): Promise<Slo | undefined> => (await slos()).find((s) => s.property === 'errorRate');
  const checks = async () => (await dataSource.query("SELECT observation_id, kind, success, row_count::text, error_count::text FROM sla.observations WHERE port_urn = $1 AND kind = 'check' ORDER BY at, observation_id", [PORT])) as ObservationRow[];
  const putProfile = async (emailNulls: number) => {
    const res = await catalog.call(`/v1/ports/${encodeURIComponent(PORT)}/profile`, { method: 'PUT', ...jsonBody({ rowCount: 200000, columns: [{ name: 'email', nullCount: emailNulls, distinctCount: 200000 - emailNulls }] }) });
    expect([res.status, res.status === 200 ? '' : await res.text()]).toEqual([200, '']);
  };

  beforeAll(async () => {
    Object.assign(process.env, settings);
    h = await startSla();
    dataSource = h.app.get(DataSource);
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    process.env.MESHWORK_SERVICE_TOKEN = h.token;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM }) })).status).toBe(201);
    const contract = demoContract();
    const product = demoProduct();
    const registered = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: stringify({ product, contracts: [contract] }), headers: { 'content-type': 'application/yaml' } });
    expect(registered.status).toBe(201);
    expect((await catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) })).status).toBe(200);
    await until(async () => ((await errorRate()) ? true : undefined), 'the errorRate SLO of the demo contract', 30);
  }, 120_000);

  afterAll(async () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await h?.app.get(CatalogFeedConsumer).consumer.stop();
    await catalog?.stop();
    await h?.close();
  }, 60_000);

  it('records the quality.failed fact of a `nullValues mustBe 0` rule as a failed check, once, and the errorRate SLO breaches on it', async () => {
    await putProfile(500);
    const quality = (await (await catalog.call(`/v1/ports/${encodeURIComponent(PORT)}/quality`)).json()) as { rules: { ruleId: string; outcome: string }[] };
    expect(quality.rules.find((r) => r.ruleId === 'email_not_null')?.outcome).toBe('fail');

    const event = await until(async () => {
      const page = (await (await catalog.call(`/v1/events?types=${QUALITY_FAILED}&wait=2`)).json()) as { items: { id: string; data: Record<string, unknown> }[] };
      return page.items[0];
    }, 'the quality.failed fact on the catalog feed', 30);
    expect(event.data).toMatchObject({ portUrn: PORT, ruleId: 'email_not_null', failingRows: 500, rowCount: 200000 });

    const rows = await until(async () => ((await checks()).length > 0 ? checks() : undefined), 'the check observation', 30);
    expect(rows).toEqual([{ observation_id: `catalog:${event.id}`, kind: 'check', success: false, row_count: '200000', error_count: '500' }]);

    // The same fact handled again (a replay after a crash) counts once.
    await dataSource.transaction((manager) => h.app.get(CatalogFeedConsumer).handle(event as never, manager));
    expect(await checks()).toHaveLength(1);

    // Runs that all succeeded do not hide it: errorRate is the worse of failed runs over runs (0 here) and
    // errors over rows (500 over 200000 checked, 0.25 %, above the contract's 0.1 %).
    const now = Date.now();
    const runs = Array.from({ length: 5 }, (_, i) => ({ id: `run-${i}`, portUrn: PORT, kind: 'run', at: new Date(now - (i + 1) * 60_000).toISOString(), success: true }));
    expect((await h.call('/v1/observations', { method: 'POST', ...jsonBody({ observations: runs }) })).status).toBeLessThan(300);
    await h.app.get(EvaluatorService).runOnce();
    expect(await errorRate()).toMatchObject({ status: 'breached' });
  });

  it('writes nothing for SLA monitoring when the rule holds', async () => {
    const before = (await checks()).length;
    await putProfile(0);
    const marker = await catalog.call(`/v1/ports/${encodeURIComponent(PORT)}/quality-results`, { method: 'POST', ...jsonBody({ results: [{ rule: 'segment_allowed', passed: false, rowCount: 1000, failingRows: 2 }] }) });
    expect(marker.status).toBe(201);
    // The failing segment rule's fact comes after the passing profile's (nothing): only it is counted.
    const rows = await until(async () => ((await checks()).length > before ? checks() : undefined), 'the segment rule’s check observation', 30);
    expect(rows.slice(before).map((r) => [r.success, r.row_count, r.error_count])).toEqual([[false, '1000', '2']]);
  });
});
