import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDocument } from '@meshwork/descriptors';
import { type CatalogHarness, createDomain, fixture, jsonBody, startCatalog } from './support';

interface Received {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A stand-in SLA service answering KPIs; answers 503 to the first `failFirst` calls. */
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

const ACCESS_KPIS = { activeConsumers: 3, accessRequests: { pending: 1, approvedInWindow: 2, rejectedInWindow: 0 }, sources: { access: { status: 'ok', detail: null, readAt: '2026-03-02T08:00:00.000Z' } } };

describe('the catalog shows a product’s KPIs from SLA monitoring (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  let sla: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    sla = await receiver(0);
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
