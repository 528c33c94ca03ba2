import { parseDocument } from '@meshwork/descriptors';
import { Client } from 'pg';
import { type CatalogHarness, createDomain, fixture, json, jsonBody, type Problem, type Schemas, startCatalog } from './support';

type Graph = Schemas['LineageGraphDto'];
type Doc = Record<string, unknown>;

interface Port {
  name: string;
  contractId: string;
  inputContracts?: string[];
  server?: Doc;
}

/** A product whose input ports read the given contracts (all at version 1.0.0) and whose ports each have a contract. */
function envelope(domain: string, name: string, inputs: string[], ports: Port[]) {
  return {
    product: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: `${domain}-${name}`,
      name,
      version: '1.0.0',
      status: 'active',
      domain,
      inputPorts: inputs.map((contractId, i) => ({ name: `input-${i}`, version: '1.0.0', contractId })),
      outputPorts: ports.map((p) => ({ name: p.name, version: '1.0.0', contractId: p.contractId, inputContracts: (p.inputContracts ?? []).map((id) => ({ id, version: '1.0.0' })) })),
    },
    contracts: ports.map((p) => ({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: p.contractId,
      version: '1.0.0',
      status: 'active',
      ...(p.server ? { servers: [p.server] } : {}),
      schema: [{ name: p.name.replace(/-/g, '_'), physicalName: p.name.replace(/-/g, '_'), properties: [{ name: 'id', logicalType: 'string' }] }],
    })),
  };
}

const urn = (domain: string, product: string, port?: string) => `urn:meshwork:${domain}:${product}${port ? `:${port}:v1` : ''}`;

describe('catalog lineage (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  const register = async (domain: string, name: string, inputs: string[], ports: Port[]) => {
    const res = await h.call(`/v1/products/${domain}/${name}`, { method: 'PUT', ...jsonBody(envelope(domain, name, inputs, ports)) });
    if (res.status >= 300) throw new Error(`register ${domain}/${name}: ${res.status} ${await res.text()}`);
  };
  const lineage = async (target: string, query: string) => {
    const res = await h.call(`/v1/lineage/${target}?${query}`);
    expect(res.status).toBe(200);
    return json<Graph>(res);
  };
  const ids = (graph: Graph) => graph.nodes.map((n) => n.id).sort();
  const edges = (graph: Graph) => graph.edges.map((e) => `${e.from} -> ${e.to} (${e.kind})`).sort();
  const postEvent = (event: unknown, path = '/api/v1/lineage') => h.call(path, { method: 'POST', ...jsonBody(event) });

  beforeAll(async () => {
    h = await startCatalog();
    await createDomain(h, 'src');
    // a → b → c, and a reads c: a cycle across three products.
    await register('src', 'a', ['c-main'], [{ name: 'main', contractId: 'a-main', inputContracts: ['c-main'] }]);
    await register('src', 'b', ['a-main'], [{ name: 'main', contractId: 'b-main', inputContracts: ['a-main'] }]);
    await register('src', 'c', ['b-main'], [{ name: 'main', contractId: 'c-main', inputContracts: ['b-main'] }]);
  });

  afterAll(async () => {
    await h.close();
  });

  it('walks downstream one hop at a time', async () => {
    const one = await lineage(urn('src', 'a'), 'direction=down&depth=1');
    expect(ids(one)).toEqual([urn('src', 'a'), urn('src', 'a', 'main')]);
    expect(one.truncated).toBe(false);
    expect(edges(one)).toEqual([`${urn('src', 'a')} -> ${urn('src', 'a', 'main')} (exposes)`]);
    const two = await lineage(urn('src', 'a', 'main'), 'direction=down&depth=2');
    // a's port feeds b (input port) and b's port (derived from it); b's port in turn feeds c and c's port.
    expect(ids(two)).toEqual([urn('src', 'a', 'main'), urn('src', 'b'), urn('src', 'b', 'main'), urn('src', 'c'), urn('src', 'c', 'main')].sort());
    expect(edges(two)).toEqual(
      [
        `${urn('src', 'a', 'main')} -> ${urn('src', 'b')} (input-port)`,
        `${urn('src', 'a', 'main')} -> ${urn('src', 'b', 'main')} (derived-from)`,
        `${urn('src', 'b')} -> ${urn('src', 'b', 'main')} (exposes)`,
        `${urn('src', 'b', 'main')} -> ${urn('src', 'c')} (input-port)`,
        `${urn('src', 'b', 'main')} -> ${urn('src', 'c', 'main')} (derived-from)`,
      ].sort(),
    );
    expect(two.nodes.find((n) => n.id === urn('src', 'b'))).toMatchObject({ kind: 'product', distance: 1, title: 'b', status: 'draft' });
  });

  it('walks upstream and ends on a cycle', async () => {
    const up = await lineage(urn('src', 'c', 'main'), 'direction=up&depth=10');
    expect(ids(up)).toEqual([urn('src', 'a'), urn('src', 'a', 'main'), urn('src', 'b'), urn('src', 'b', 'main'), urn('src', 'c'), urn('src', 'c', 'main')].sort());
    expect(up.nodes.find((n) => n.id === urn('src', 'b', 'main'))?.distance).toBe(-1);
  });

  it('walks both ways from the middle', async () => {
    const both = await lineage(urn('src', 'b', 'main'), 'direction=both&depth=1');
    expect(ids(both)).toEqual([urn('src', 'a', 'main'), urn('src', 'b'), urn('src', 'b', 'main'), urn('src', 'c'), urn('src', 'c', 'main')].sort());
  });

  it('keeps a reference to an unknown contract and links it when its port appears', async () => {
    await createDomain(h, 'late');
    await register('late', 'consumer', ['not-yet'], [{ name: 'out', contractId: 'consumer-out' }]);
    const before = await lineage(urn('late', 'consumer'), 'direction=up&depth=1');
    expect(before.nodes.find((n) => n.kind === 'contract')?.id).toBe('contract:not-yet:v1');
    await register('late', 'producer', [], [{ name: 'out', contractId: 'not-yet' }]);
    const after = await lineage(urn('late', 'consumer'), 'direction=up&depth=2');
    expect(ids(after)).toEqual([urn('late', 'consumer'), urn('late', 'producer'), urn('late', 'producer', 'out')].sort());
  });

  it('answers 404 for an unknown URN and 400 for a bad depth', async () => {
    expect((await h.call('/v1/lineage/urn:meshwork:src:nothing')).status).toBe(404);
    const res = await h.call(`/v1/lineage/${urn('src', 'a')}?depth=99`);
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors?.[0]).toMatchObject({ location: 'query', pointer: '/depth' });
  });

  describe('OpenLineage intake', () => {
    const runEvent = () => parseDocument(fixture('customers-build.runevent.json'), 'json') as Doc;

    beforeAll(async () => {
      await createDomain(h, 'crm');
      const product = parseDocument(fixture('crm-customers.odps.yaml'), 'yaml');
      const contract = parseDocument(fixture('customers.odcs.yaml'), 'yaml');
      const res = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody({ product, contracts: [contract] }) });
      expect(res.status).toBe(201);
    });

    it('links the demo run event to the customers port and records its last successful run', async () => {
      const res = await postEvent(runEvent());
      expect(res.status).toBe(201);
      expect(await json<Schemas['LineageIntakeResultDto']>(res)).toEqual({ accepted: 1, edges: 1, linkedPorts: ['urn:meshwork:crm:customers:customers:v1'], profiledPorts: [], assertedPorts: [], ignored: [] });
      const up = await lineage('urn:meshwork:crm:customers:customers:v1', 'direction=up&depth=1');
      const upstream = up.edges.find((e) => e.kind === 'openlineage');
      expect(upstream).toMatchObject({ to: 'urn:meshwork:crm:customers:customers:v1', source: 'openlineage:airflow-prod/crm_customers_daily.build_customers' });
      expect(up.nodes.find((n) => n.id === upstream?.from)?.kind).toBe('dataset');
      const resolved = await json<Schemas['ResolutionDto']>(await h.call('/v1/resolve/urn:meshwork:crm:customers:customers:v1'));
      expect(resolved.port?.lastSuccessfulRunAt).toBe('2024-06-03T05:17:42.118Z');
    });

    it('stops a walk at 1,000 nodes and says the graph is truncated', async () => {
      const port = 'urn:meshwork:crm:customers:customers:v1';
      const outputs = Array.from({ length: 1001 }, (_, i) => ({ namespace: 's3://fan-out', name: `copies/customers-${String(i).padStart(4, '0')}` }));
      const fanOut = { ...runEvent(), run: { runId: '0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f99' }, job: { namespace: 'airflow-prod', name: 'crm_customers_daily.copy_customers' }, inputs: runEvent().outputs, outputs };
      const res = await postEvent(fanOut);
      expect(res.status).toBe(201);
      expect((await json<Schemas['LineageIntakeResultDto']>(res)).edges).toBe(1001);
      const down = await lineage(port, 'direction=down&depth=1');
      expect(down.truncated).toBe(true);
      // The root and the first 999 copies: 1,000 nodes, each copy with its edge from the port.
      expect(down.nodes).toHaveLength(1000);
      expect(down.nodes[0]).toMatchObject({ id: port, kind: 'port', distance: 0, title: 'CRM Customers', status: expect.any(String) });
      expect(down.edges).toHaveLength(999);
      expect(down.edges.every((e) => e.from === port && down.nodes.some((n) => n.id === e.to && n.distance === 1))).toBe(true);
      const both = await lineage(port, 'direction=both&depth=1');
      expect(both.truncated).toBe(true);
      // Upstream, the walk is complete: the product exposing the port, its contracts and the run's input dataset.
      expect(both.nodes.filter((n) => n.distance < 0).map((n) => n.kind)).toEqual(expect.arrayContaining(['product', 'dataset']));
      expect(both.nodes.filter((n) => n.distance > 0)).toHaveLength(999);
      const up = await lineage(port, 'direction=up&depth=1');
      expect(up.truncated).toBe(false);
    });

    it('keeps datasets no port claims yet and links them when one does', async () => {
      const event = { ...runEvent(), eventTime: '2024-06-04T06:00:00', outputs: [{ namespace: 'postgres://orders-db.prod.example.com:5432', name: 'sales.dp_orders_v1.orders' }] };
      const res = await postEvent(event);
      expect(res.status).toBe(201);
      expect((await json<Schemas['LineageIntakeResultDto']>(res)).linkedPorts).toEqual([]);
      await createDomain(h, 'sales');
      const server = { id: 'prod', server: 'orders-prod', type: 'postgres', host: 'orders-db.prod.example.com', port: 5432, database: 'sales', schema: 'dp_orders_v1' };
      await register('sales', 'orders', [], [{ name: 'orders', contractId: 'orders-v1', server }]);
      const resolved = await json<Schemas['ResolutionDto']>(await h.call('/v1/resolve/urn:meshwork:sales:orders:orders:v1'));
      expect(resolved.port?.lastSuccessfulRunAt).toBe('2024-06-04T06:00:00.000Z');
      const up = await lineage('urn:meshwork:sales:orders:orders:v1', 'direction=up&depth=1');
      expect(up.edges.map((e) => e.kind)).toContain('openlineage');
    });

    it('indexes a product registered before lineage existed when it is registered again, unchanged', async () => {
      const db = new Client({ connectionString: h.db.url });
      await db.connect();
      await db.query("DELETE FROM catalog.lineage_aliases WHERE urn LIKE 'urn:meshwork:crm:customers:%'");
      await db.query("UPDATE catalog.data_products SET index_version = 0 WHERE urn = 'urn:meshwork:crm:customers'");
      await db.end();
      const forgotten = await json<Schemas['ResolutionDto']>(await h.call('/v1/resolve/urn:meshwork:crm:customers:customers:v1'));
      expect(forgotten.port?.lastSuccessfulRunAt).toBeNull();
      const product = parseDocument(fixture('crm-customers.odps.yaml'), 'yaml');
      const contract = parseDocument(fixture('customers.odcs.yaml'), 'yaml');
      const again = await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody({ product, contracts: [contract] }) });
      expect((await json<Schemas['RegisterProductResultDto']>(again)).outcome).toBe('unchanged');
      const healed = await json<Schemas['ResolutionDto']>(await h.call('/v1/resolve/urn:meshwork:crm:customers:customers:v1'));
      expect(healed.port?.lastSuccessfulRunAt).toBe('2024-06-03T05:17:42.118Z');
    });

    it('rejects an event without a run id with 400 and a pointer', async () => {
      const res = await postEvent(parseDocument(fixture('event_no_run_id.json'), 'json'));
      expect(res.status).toBe(400);
      expect((await json<Problem>(res)).errors?.map((e) => e.pointer)).toContain('/run/runId');
    });

    it('accepts batches as an array or as { events }', async () => {
      const simple = parseDocument(fixture('event_simple.json'), 'json');
      const array = await postEvent([simple, runEvent()], '/api/v1/lineage/batch');
      expect(array.status).toBe(201);
      expect((await json<Schemas['LineageIntakeResultDto']>(array)).accepted).toBe(2);
      const wrapped = await postEvent({ events: [simple] }, '/api/v1/lineage/batch');
      expect(wrapped.status).toBe(201);
      const bad = await postEvent({ events: [simple, { eventType: 'COMPLETE' }] }, '/api/v1/lineage/batch');
      expect(bad.status).toBe(400);
      expect((await json<Problem>(bad)).errors?.[0]?.pointer).toMatch(/^\/events\/1\//);
    });
  });
});
