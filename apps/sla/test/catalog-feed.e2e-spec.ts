import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedConsumer, type FeedEvent, type FeedHandler } from '@meshwork/platform';
import { type CatalogProcess, readWholeFeed, startCatalogProcess } from '@meshwork/testing';
import { stringify } from 'yaml';
import { DataSource } from 'typeorm';
import { CATALOG_FEED_NAME, CatalogFeedConsumer } from '../src/events/catalog-feed.consumer';
import { json, jsonBody, type SlaHarness, startSla } from './support';
import { demoContract, demoProduct, FIXTURES, OWNER_TEAM, PORT, type SloPage, until } from './slos-support';

const PUBLISHED = 'io.meshwork.catalog.product.published.v1';

/** The demo product at `version`, its contract at the same version with `latencyHours` as the latency target. */
function envelope(version: string, latencyHours = 4): string {
  const contract = demoContract();
  const product = demoProduct();
  const sla = (contract.slaProperties as Record<string, unknown>[]).map((p) => (p.property === 'latency' ? { ...p, value: latencyHours, unit: 'h' } : p));
  const ports = (product.outputPorts as Record<string, unknown>[]).map((p) => ({ ...p, version }));
  return stringify({ product: { ...product, version, outputPorts: ports }, contracts: [{ ...contract, version, slaProperties: sla }] });
}

describe('SLA monitoring follows the catalog’s event feed (a real catalog process, real PostgreSQL)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  let dataSource: DataSource;
  let service: CatalogFeedConsumer;
  // Short long-polls: a poll the stopped consumer gave up on ends soon on the catalog's side too.
  const settings = { SLA_CATALOG_FEED_IDLE_MS: '100', SLA_CATALOG_FEED_BACKOFF_MS: '100', SLA_CATALOG_FEED_WAIT_SECONDS: '2' };
  const previous = Object.fromEntries(['MESHWORK_CATALOG_URL', 'MESHWORK_SERVICE_TOKEN', ...Object.keys(settings)].map((key) => [key, process.env[key]]));
  const slos = async () => (await json<SloPage>(await h.call(`/v1/slos?portUrn=${encodeURIComponent(PORT)}&limit=200`))).items;
  const latency = async () => (await slos()).find((s) => s.property === 'latency')?.target.seconds;
  const cursor = async () => ((await dataSource.query('SELECT cursor FROM sla.feed_cursors WHERE feed = $1', [CATALOG_FEED_NAME])) as { cursor: string }[])[0]?.cursor;
  const putVersion = async (version: string, latencyHours: number) => {
    const res = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(version, latencyHours), headers: { 'content-type': 'application/yaml' } });
    expect([res.status, res.status < 300 ? '' : await res.text()]).toEqual([version === '1.2.0' ? 201 : 200, '']);
  };
  /** Another consumer of the same feed row, as a second replica or a restarted process would be. */
  const replica = (handle: FeedHandler) =>
    new FeedConsumer({ name: CATALOG_FEED_NAME, schema: 'sla', dataSource, baseUrl: () => catalog.baseUrl, token: () => h.token, types: [PUBLISHED], handle, waitSeconds: 1, idleMs: 100, backoffMs: 50 });

  beforeAll(async () => {
    Object.assign(process.env, settings);
    h = await startSla();
    dataSource = h.app.get(DataSource);
    service = h.app.get(CatalogFeedConsumer);
    // The catalog takes the SLA harness's dev token as its own: the service token SLA monitoring reads the feed with.
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    process.env.MESHWORK_SERVICE_TOKEN = h.token;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM }) })).status).toBe(201);
    await putVersion('1.2.0', 4);
  }, 120_000);

  afterAll(async () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await catalog?.stop();
    await h?.close();
  }, 60_000);

  it('derives the SLOs of a product the catalog publishes, from its product.published fact', async () => {
    expect(await slos()).toEqual([]);
    expect((await catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) })).status).toBe(200);
    const derived = await until(async () => ((await slos()).length === 11 ? slos() : undefined), 'the 11 SLOs of the demo contract', 30);
    expect(derived.find((s) => s.property === 'latency')).toMatchObject({ element: 'customers.updated_at', target: { seconds: 4 * 3600 }, source: 'contract' });
    const rows = (await dataSource.query('SELECT owner_team_id, product_version, contract_version FROM sla.ports WHERE urn = $1', [PORT])) as unknown[];
    expect(rows).toEqual([{ owner_team_id: OWNER_TEAM, product_version: '1.2.0', contract_version: '1.2.0' }]);
    // The cursor stands past the fact, in SLA monitoring's own schema.
    const published = (await readWholeFeed(catalog.call, { types: [PUBLISHED] })).items;
    expect(published).toHaveLength(1);
    await until(async () => ((await cursor()) && (await cursor()) !== '' ? true : undefined), 'the cursor', 10);
  });

  it('records the runs the catalog matched to a port as observations', async () => {
    const run = JSON.parse(readFileSync(join(FIXTURES, 'customers-build.runevent.json'), 'utf8')) as { run: { runId: string } };
    expect((await catalog.call('/api/v1/lineage', { method: 'POST', ...jsonBody(run) })).status).toBe(201);
    const ids = await until(
      async () => {
        const rows = (await dataSource.query('SELECT observation_id AS id FROM sla.observations WHERE port_urn = $1 ORDER BY observation_id', [PORT])) as { id: string }[];
        return rows.length === 2 ? rows.map((r) => r.id) : undefined;
      },
      'the observations of the run',
      30,
    );
    expect(ids).toEqual([`openlineage:${run.run.runId}:COMPLETE:refresh`, `openlineage:${run.run.runId}:COMPLETE:run`]);
  });

  it('resumes from its stored cursor after a restart, handling only what came after it', async () => {
    await service.consumer.stop();
    const before = await cursor();
    await putVersion('1.3.0', 2);
    // Stopped: nothing moves.
    expect(await latency()).toBe(4 * 3600);
    expect(await cursor()).toBe(before);

    const handled: FeedEvent[] = [];
    const restarted = replica(async (event, manager) => {
      handled.push(event);
      await service.handle(event, manager);
    });
    restarted.start();
    try {
      await until(async () => ((await latency()) === 2 * 3600 ? true : undefined), 'the 1.3.0 latency target', 30);
    } finally {
      await restarted.stop();
    }
    expect(handled.map((e) => [e.type, e.data.version])).toEqual([[PUBLISHED, '1.3.0']]);
    expect(await cursor()).toBe(handled[0].cursor);
  });

  it('handles again an event whose handler crashed (its writes rolled back with the cursor), and the handler is idempotent', async () => {
    const before = await cursor();
    await putVersion('1.4.0', 3);
    const attempts: string[] = [];
    const crashing = replica(async (event, manager) => {
      attempts.push(event.id);
      await service.handle(event, manager);
      // Crashes after its writes, the first time: they roll back with the cursor.
      if (attempts.length === 1) throw new Error('the handler crashed');
    });
    crashing.start();
    try {
      await until(async () => ((await cursor()) !== before ? true : undefined), 'the cursor past 1.4.0', 30);
    } finally {
      await crashing.stop();
    }
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toBe(attempts[1]);
    expect(await latency()).toBe(3 * 3600);

    // The same fact applied once more changes nothing.
    const page = await readWholeFeed(catalog.call, { types: [PUBLISHED] });
    const last = page.items[page.items.length - 1];
    expect(last.data.version).toBe('1.4.0');
    const state = await slos();
    await dataSource.transaction((manager) => service.handle(last as FeedEvent, manager));
    expect(await slos()).toEqual(state);
  });

  it('backs off while the catalog cannot be reached, and goes on from its cursor once it can', async () => {
    let base = 'http://127.0.0.1:9';
    const before = await cursor();
    await putVersion('1.6.0', 6);
    const handled: string[] = [];
    const consumer = new FeedConsumer({
      name: CATALOG_FEED_NAME,
      schema: 'sla',
      dataSource,
      baseUrl: () => base,
      token: () => h.token,
      types: [PUBLISHED],
      handle: async (event, manager) => {
        handled.push(String(event.data.version));
        await service.handle(event, manager);
      },
      waitSeconds: 1,
      idleMs: 100,
      backoffMs: 50,
      maxBackoffMs: 200,
    });
    // pollOnce reports the failure the loop backs off from.
    await expect(consumer.pollOnce()).rejects.toThrow();
    consumer.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await cursor()).toBe(before);
      expect(handled).toEqual([]);
      base = catalog.baseUrl;
      await until(async () => ((await cursor()) !== before ? true : undefined), 'the cursor past 1.6.0', 30);
    } finally {
      await consumer.stop();
    }
    expect(handled).toEqual(['1.6.0']);
    expect(await latency()).toBe(6 * 3600);
  });

  it('lets one replica at a time read the feed', async () => {
    const counts = [0, 0];
    const replicas = counts.map((_, i) =>
      replica(async (event, manager) => {
        counts[i] += 1;
        await service.handle(event, manager);
      }),
    );
    const before = await cursor();
    for (const r of replicas) r.start();
    try {
      await putVersion('1.7.0', 5);
      await until(async () => ((await cursor()) !== before ? true : undefined), 'the cursor past 1.7.0', 30);
    } finally {
      for (const r of replicas) await r.stop();
    }
    expect([...counts].sort()).toEqual([0, 1]);
    expect(await latency()).toBe(5 * 3600);
  });
});
