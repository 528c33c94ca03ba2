import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDocument } from '@meshwork/descriptors';
import { type CatalogHarness, createDomain, fixture, jsonBody, startCatalog } from './support';

interface Received {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A stand-in SLA service: records what the catalog sends; answers 503 to the first `failFirst` calls. */
async function receiver(failFirst: number): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  let calls = 0;
  const read = (request: IncomingMessage) => new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text));
  });
  const server = createServer((request, response) => {
    void read(request).then((text) => {
      calls += 1;
      if (calls <= failFirst) {
        response.writeHead(503).end();
        return;
      }
      if (request.method === 'GET') {
        // The KPIs SLA monitoring would answer for the URN asked.
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ urn: decodeURIComponent((request.url ?? '').replace('/v1/kpis/', '')), compliancePercent: 99.5, openIncidents: 0, ...ACCESS_KPIS }));
        return;
      }
      received.push({ path: request.url ?? '', authorization: request.headers.authorization, body: JSON.parse(text) as Record<string, unknown> });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

async function until<T>(probe: () => T | undefined, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`nothing arrived within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ACCESS_KPIS = { activeConsumers: 3, accessRequests: { pending: 1, approvedInWindow: 2, rejectedInWindow: 0 }, sources: { access: { status: 'ok', detail: null, readAt: '2026-03-02T08:00:00.000Z' } } };

describe('the catalog tells SLA monitoring what it publishes and which runs wrote its ports (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  let sla: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    sla = await receiver(1);
    process.env.MESHWORK_SLA_URL = sla.url;
    h = await startCatalog();
    await createDomain(h, 'crm');
    const product = parseDocument(fixture('crm-customers.odps.yaml'), 'yaml');
    const contract = parseDocument(fixture('customers.odcs.yaml'), 'yaml');
    expect((await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody({ product, contracts: [contract] }) })).status).toBe(201);
  });

  afterAll(async () => {
    delete process.env.MESHWORK_SLA_URL;
    await h?.close();
    await new Promise<void>((resolve) => sla.server.close(() => resolve()));
  });

  it('sends the published version with its ports and contracts, with the publisher’s token, trying again after a failure', async () => {
    expect((await h.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) })).status).toBe(200);
    const notice = await until(() => sla.received.find((r) => r.path === '/v1/products/published'), 10);
    expect(notice.authorization).toBe(`Bearer ${h.token}`);
    expect(notice.body).toMatchObject({ domain: 'crm', name: 'customers', version: '1.2.0', ownerTeamId: expect.any(String) });
    const ports = notice.body.ports as { urn: string; name: string; contract: { id: string; slaProperties: unknown[] } | null }[];
    expect(ports.map((p) => [p.urn, p.name, p.contract?.id])).toEqual([['urn:meshwork:crm:customers:customers:v1', 'customers', '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10']]);
    expect(ports[0].contract?.slaProperties.length).toBeGreaterThan(0);
  });

  it('sends each finished run that wrote a port', async () => {
    const event = parseDocument(fixture('customers-build.runevent.json'), 'json') as Record<string, unknown>;
    expect((await h.call('/api/v1/lineage', { method: 'POST', ...jsonBody(event) })).status).toBe(201);
    const run = await until(() => sla.received.find((r) => r.path === '/v1/observations/openlineage'), 10);
    expect(run.body).toEqual({ portUrn: 'urn:meshwork:crm:customers:customers:v1', eventType: 'COMPLETE', eventTime: '2024-06-03T05:17:42.118Z', runId: (event.run as { runId: string }).runId });
  });

  it('shows the product’s KPIs from SLA monitoring, and 503 when it is not configured', async () => {
    const shown = await h.call('/v1/products/crm/customers/sla');
    expect(shown.status).toBe(200);
    // Passed through as answered, the figures SLA monitoring reads from the access service included.
    expect(await shown.json()).toEqual({ urn: 'urn:meshwork:crm:customers', compliancePercent: 99.5, openIncidents: 0, ...ACCESS_KPIS });
    delete process.env.MESHWORK_SLA_URL;
    try {
      expect((await h.call('/v1/products/crm/customers/sla')).status).toBe(503);
    } finally {
      process.env.MESHWORK_SLA_URL = sla.url;
    }
    expect((await h.call('/v1/products/crm/nothing/sla')).status).toBe(404);
  });
});
