import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { DataSource } from 'typeorm';
import { CatalogFeedConsumer } from '../src/events/catalog-feed.consumer';
import { json, jsonBody, type SlaHarness, startSla } from './support';
import { bearer, CONSUMER, FIXTURES, MEMBER, OWNER_TEAM, PORT, type Problem, type Slo, type SloPage } from './slos-support';

interface SyncResult {
  products: number;
  ports: number;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  reactivated: number;
  retiredPorts: number;
  retired: number;
  errors: { domain: string; name: string; detail: string }[];
}

/** The demo product and its contract as the catalog's YAML envelope. */
function envelope(): string {
  const indent = (text: string, prefix: string) => text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
  const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8');
  const product = readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8');
  return `product:\n${indent(product, '  ')}\ncontracts:\n  -\n${indent(contract, '    ')}\n`;
}

/** Polls until `read` gives a value, or fails after `seconds`. */
async function until<T>(read: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('SLOs of the products of a real catalog (HTTP, real PostgreSQL)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;
  const previousToken = process.env.MESHWORK_SERVICE_TOKEN;
  const sync = (headers: Record<string, string> = {}) => h.call('/v1/slos/sync', { method: 'POST', headers });
  const slos = async () => (await json<SloPage>(await h.call(`/v1/slos?portUrn=${encodeURIComponent(PORT)}&limit=200`))).items;

  beforeAll(async () => {
    h = await startSla();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    // This SLA service reads the catalog's feed with the catalog's admin token, as in production with a service token.
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    process.env.MESHWORK_SERVICE_TOKEN = h.token;
    const domain = await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: OWNER_TEAM }) });
    expect(domain.status).toBe(201);
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);
  }, 120_000);

  afterAll(async () => {
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    if (previousToken === undefined) delete process.env.MESHWORK_SERVICE_TOKEN;
    else process.env.MESHWORK_SERVICE_TOKEN = previousToken;
    await h?.close();
    await catalog?.stop();
  });

  it('leaves draft products out', async () => {
    expect(await json<SyncResult>(await sync())).toEqual({ products: 0, ports: 0, created: 0, updated: 0, unchanged: 0, removed: 0, reactivated: 0, retiredPorts: 0, retired: 0, errors: [] });
  });

  it('derives the SLOs of a product when the catalog publishes it (from its event feed)', async () => {
    const res = await catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) });
    expect(res.status).toBe(200);
    const derived = await until(async () => {
      const items = await slos();
      return items.length === 11 ? items : undefined;
    }, 20);
    expect(derived.find((s) => s.property === 'latency')).toMatchObject({ element: 'customers.updated_at', target: { seconds: 14_400 }, source: 'contract' });
    // The sync alone is tested from here on: the feed's consumer stops.
    await h.app.get(CatalogFeedConsumer).consumer.stop();
  });

  it('reads every published product of the catalog again and applies it, answering counts', async () => {
    expect(await json<SyncResult>(await sync())).toEqual({ products: 1, ports: 1, created: 0, updated: 0, unchanged: 11, removed: 0, reactivated: 0, retiredPorts: 0, retired: 0, errors: [] });
    await h.app.get(DataSource).query('DELETE FROM sla.ports');
    const res = await sync();
    expect(res.status).toBe(200);
    expect(await json<SyncResult>(res)).toEqual({ products: 1, ports: 1, created: 11, updated: 0, unchanged: 0, removed: 0, reactivated: 0, retiredPorts: 0, retired: 0, errors: [] });
    const items = await slos();
    expect(items.map((s: Slo) => s.property)).toEqual(['availability', 'latency', 'frequency', 'timeOfAvailability', 'retention', 'errorRate', 'timeToDetect', 'timeToRepair', 'generalAvailability', 'endOfSupport', 'endOfLife']);
    const rows = (await h.app.get(DataSource).query('SELECT owner_team_id, product_version, contract_version FROM sla.ports WHERE urn = $1', [PORT])) as unknown[];
    expect(rows).toEqual([{ owner_team_id: OWNER_TEAM, product_version: '1.2.0', contract_version: '1.2.0' }]);
  });

  it('retires the ports of products the catalog no longer serves: gone from it, or retired there', async () => {
    const legacy = 'urn:meshwork:crm:legacy:legacy:v1';
    const published = await h.call('/v1/products/published', { method: 'POST', ...jsonBody({ domain: 'crm', name: 'legacy', version: '1.0.0', ownerTeamId: OWNER_TEAM, ports: [{ urn: legacy, name: 'legacy', contract: null }] }) });
    expect(published.status).toBe(200);
    expect(await json<SyncResult>(await sync())).toMatchObject({ products: 1, unchanged: 11, retiredPorts: 1, retired: 0 });
    const rows = (await h.app.get(DataSource).query('SELECT urn FROM sla.ports WHERE retired_at IS NOT NULL')) as { urn: string }[];
    expect(rows).toEqual([{ urn: legacy }]);

    for (const to of ['deprecated', 'retired']) {
      const moved = await catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to, reason: 'replaced by customers v2' }) });
      expect([to, moved.status]).toEqual([to, 200]);
    }
    expect(await json<SyncResult>(await sync())).toMatchObject({ products: 0, retiredPorts: 1, retired: 11 });
    expect(await slos()).toEqual([]);
    expect(await json<SyncResult>(await sync())).toMatchObject({ products: 0, retiredPorts: 0, retired: 0 });
  });

  it('is for platform admins: a member of the owner team and a consumer get 403', async () => {
    expect((await sync(bearer(await h.tokenFor(MEMBER)))).status).toBe(403);
    expect((await sync(bearer(await h.tokenFor(CONSUMER)))).status).toBe(403);
  });

  it('answers 503 when the catalog cannot be reached', async () => {
    process.env.MESHWORK_CATALOG_URL = 'http://127.0.0.1:9';
    try {
      const res = await sync();
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await json<Problem>(res)).code).toBe('UNAVAILABLE');
    } finally {
      process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    }
  });
});
