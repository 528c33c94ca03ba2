import { parseDocument } from '@meshwork/descriptors';
import { EventOutbox } from '@meshwork/platform';
import { type FeedItem, readFeed, readWholeFeed } from '@meshwork/testing';
import { DataSource, type QueryRunner } from 'typeorm';
import { type CatalogHarness, createDomain, fixture, json, jsonBody, type Problem, startCatalog } from './support';

const PUBLISHED = 'io.meshwork.catalog.product.published.v1';
const DEPRECATED = 'io.meshwork.catalog.product.deprecated.v1';
const RETIRED = 'io.meshwork.catalog.product.retired.v1';
const CONTRACT_ADDED = 'io.meshwork.catalog.contract.version-added.v1';
const RUN_COMPLETED = 'io.meshwork.catalog.lineage.run-completed.v1';

type Field = Record<string, unknown>;
const FIELDS: Field[] = [
  { name: 'order_id', logicalType: 'string', required: true },
  { name: 'email', logicalType: 'string' },
];

function orders(version: string, contractVersion: string, fields: Field[]) {
  return {
    product: { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'orders-product', name: 'Orders', version, status: 'active', domain: 'sales', outputPorts: [{ name: 'orders', version: contractVersion, contractId: 'orders-contract' }] },
    contracts: [{ apiVersion: 'v3.1.0', kind: 'DataContract', id: 'orders-contract', version: contractVersion, status: 'active', schema: [{ name: 'orders', properties: fields }], slaProperties: [{ property: 'latency', value: 4, unit: 'h' }] }],
  };
}

/** A reader of the outbox that keeps its own position; answers the subjects it sees on each poll. */
interface Reader {
  start(): Promise<void>;
  poll(): Promise<string[]>;
}

describe('the catalog’s event feed (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  let outbox: EventOutbox;
  let dataSource: DataSource;
  const put = (body: unknown) => h.call('/v1/products/sales/orders', { method: 'PUT', ...jsonBody(body) });
  const transition = (path: string, to: string, reason?: string) => h.call(`/v1/products/${path}/transitions`, { method: 'POST', ...jsonBody({ to, ...(reason ? { reason } : {}) }) });

  beforeAll(async () => {
    h = await startCatalog();
    outbox = h.app.get(EventOutbox);
    dataSource = h.app.get(DataSource);
    await createDomain(h, 'crm', 'crm-data-team');
    await createDomain(h, 'sales', 'sales-team');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('writes product.published with the ports and the SLA properties of their contracts when a product is published', async () => {
    const start = (await readWholeFeed(h.call)).next;
    const product = parseDocument(fixture('crm-customers.odps.yaml'), 'yaml');
    const contract = parseDocument(fixture('customers.odcs.yaml'), 'yaml') as Record<string, unknown>;
    expect((await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody({ product, contracts: [contract] }) })).status).toBe(201);
    // A draft publishes nothing but the contract's first version.
    const draft = await readWholeFeed(h.call, { after: start });
    expect(draft.items.map((e) => e.type)).toEqual([CONTRACT_ADDED]);
    expect(draft.items[0].data).toMatchObject({ contractId: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', previousVersion: null, breaking: false, changes: [], productUrn: 'urn:meshwork:crm:customers' });

    expect((await transition('crm/customers', 'published')).status).toBe(200);
    const { items } = await readWholeFeed(h.call, { after: draft.next });
    expect(items).toHaveLength(1);
    const event = items[0];
    expect(event).toMatchObject({ specversion: '1.0', source: '/meshwork/catalog', type: PUBLISHED, subject: 'urn:meshwork:crm:customers', datacontenttype: 'application/json', id: expect.stringMatching(/^[0-9]+$/) });
    expect(new Date(event.time).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(event.data).toMatchObject({ urn: 'urn:meshwork:crm:customers', domain: 'crm', name: 'customers', version: '1.2.0', ownerTeamId: 'crm-data-team' });
    const ports = event.data.ports as { urn: string; name: string; major: number; contract: { id: string; version: string; slaProperties: unknown[] } }[];
    expect(ports.map((p) => [p.urn, p.name, p.major, p.contract.id, p.contract.version])).toEqual([['urn:meshwork:crm:customers:customers:v1', 'customers', 1, '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', '1.2.0']]);
    expect(ports[0].contract.slaProperties).toEqual(contract.slaProperties);
  });

  it('writes lineage.run-completed for each port a finished OpenLineage run wrote', async () => {
    const start = (await readWholeFeed(h.call)).next;
    const run = parseDocument(fixture('customers-build.runevent.json'), 'json') as Record<string, unknown>;
    expect((await h.call('/api/v1/lineage', { method: 'POST', ...jsonBody(run) })).status).toBe(201);
    const { items } = await readWholeFeed(h.call, { after: start });
    expect(items.map((e) => [e.type, e.subject])).toEqual([[RUN_COMPLETED, 'urn:meshwork:crm:customers:customers:v1']]);
    expect(items[0].data).toEqual({ portUrn: 'urn:meshwork:crm:customers:customers:v1', runId: (run.run as { runId: string }).runId, eventTime: '2024-06-03T05:17:42.118Z', job: expect.stringMatching(/.+\/.+/) });
  });

  it('writes product.deprecated and product.retired with the reason', async () => {
    const start = (await readWholeFeed(h.call)).next;
    expect((await transition('crm/customers', 'deprecated', 'replaced by crm/clients')).status).toBe(200);
    expect((await transition('crm/customers', 'retired')).status).toBe(200);
    const { items } = await readWholeFeed(h.call, { after: start });
    expect(items.map((e) => [e.type, e.subject, e.data.reason])).toEqual([
      [DEPRECATED, 'urn:meshwork:crm:customers', 'replaced by crm/clients'],
      [RETIRED, 'urn:meshwork:crm:customers', null],
    ]);
  });

  it('writes contract.version-added with the breaking flag and the changes, and product.published for each version of a published product', async () => {
    expect((await put(orders('1.0.0', '1.0.0', FIELDS))).status).toBe(201);
    expect((await transition('sales/orders', 'published')).status).toBe(200);
    const start = (await readWholeFeed(h.call)).next;
    expect((await put(orders('1.1.0', '1.1.0', [...FIELDS, { name: 'note', logicalType: 'string' }]))).status).toBe(200);
    expect((await put(orders('2.0.0', '2.0.0', [FIELDS[0]]))).status).toBe(200);
    const { items } = await readWholeFeed(h.call, { after: start });
    expect(items.map((e) => [e.type, e.data.version])).toEqual([
      [CONTRACT_ADDED, '1.1.0'],
      [PUBLISHED, '1.1.0'],
      [CONTRACT_ADDED, '2.0.0'],
      [PUBLISHED, '2.0.0'],
    ]);
    expect(items[0].data).toMatchObject({ major: 1, previousVersion: '1.0.0', previousMajor: 1, breaking: false, changes: [expect.objectContaining({ severity: 'compatible', path: 'orders.note' })] });
    expect(items[2]).toMatchObject({ subject: 'urn:meshwork:sales:orders#contract:orders-contract' });
    expect(items[2].data).toMatchObject({
      contractId: 'orders-contract',
      major: 2,
      previousVersion: '1.1.0',
      previousMajor: 1,
      breaking: true,
      productUrn: 'urn:meshwork:sales:orders',
      productVersion: '2.0.0',
      ports: [{ urn: 'urn:meshwork:sales:orders:orders:v2', name: 'orders', major: 2 }],
    });
    expect((items[2].data.changes as { severity: string; detail: string }[]).filter((c) => c.severity === 'breaking').map((c) => c.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/email/)]));
    expect((items[3].data.ports as { urn: string }[]).map((p) => p.urn)).toEqual(['urn:meshwork:sales:orders:orders:v2']);
  });

  it('pages with the cursor in the same order as one read, and filters by type, moving past what it skipped', async () => {
    const whole = await readWholeFeed(h.call, { limit: 1000 });
    const paged: FeedItem[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await readFeed(h.call, { after, limit: 2 });
      if (page.items.length === 0) break;
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.next).toBe(page.items[page.items.length - 1].cursor);
      paged.push(...page.items);
      after = page.next;
    }
    expect(paged.map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
    expect(new Set(whole.items.map((e) => e.id)).size).toBe(whole.items.length);

    const retired = await readFeed(h.call, { types: [RETIRED, DEPRECATED], limit: 1000 });
    expect(retired.items.map((e) => e.type)).toEqual([DEPRECATED, RETIRED]);
    // Past every settled event, not only the last one matching: nothing older comes back.
    expect(retired.next).toBe(whole.next);
    expect((await readFeed(h.call, { after: retired.next })).items).toEqual([]);
  });

  it('holds a long-poll until an event is committed, and answers empty when the wait ends', async () => {
    const { next } = await readWholeFeed(h.call);
    const began = Date.now();
    const empty = await readFeed(h.call, { after: next, wait: 1 });
    expect(empty).toEqual({ items: [], next });
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);

    const started = Date.now();
    const polling = readFeed(h.call, { after: next, wait: 20 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await transition('sales/orders', 'deprecated', 'long-poll')).status).toBe(200);
    const woken = await polling;
    expect(woken.items.map((e) => [e.type, e.data.reason])).toEqual([[DEPRECATED, 'long-poll']]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('never shows an event of a rolled-back transaction', async () => {
    const { next } = await readWholeFeed(h.call);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await outbox.append(runner.manager, { type: 'product.retired', subject: 'test:rolled-back', data: {} });
    await runner.rollbackTransaction();
    await runner.release();
    expect((await readWholeFeed(h.call, { after: next })).items).toEqual([]);
  });

  it('answers 400 with a pointer for a cursor, type, limit or wait it cannot take, and 401 without a token', async () => {
    const cases: [string, string][] = [
      ['after=not-a-cursor', '/after'],
      ['types=io.meshwork.catalog.nothing.v1', '/types'],
      ['limit=1001', '/limit'],
      ['limit=0', '/limit'],
      ['wait=31', '/wait'],
      ['wait=-1', '/wait'],
    ];
    for (const [query, pointer] of cases) {
      const res = await h.call(`/v1/events?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      const problem = await json<Problem>(res);
      expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    }
    expect((await fetch(`${h.baseUrl}/v1/events`)).status).toBe(401);
    const consumer = await h.tokenFor({ id: 'someone', roles: [], teamRoles: [] });
    expect((await h.call('/v1/events?limit=1', { headers: { authorization: `Bearer ${consumer}` } })).status).toBe(200);
  });

  describe('two overlapping transactions committing in reverse id order', () => {
    /** The feed as served: follows `next`. */
    const feedReader = (): Reader => {
      let after = '';
      return {
        start: async () => {
          after = (await readWholeFeed(h.call)).next;
        },
        poll: async () => {
          const page = await readWholeFeed(h.call, { after });
          after = page.next;
          return page.items.map((e) => e.subject);
        },
      };
    };
    /** Pages by id alone, without the xmin rule. */
    const byIdReader = (): Reader => {
      let after = '0';
      return {
        start: async () => {
          after = ((await dataSource.query('SELECT coalesce(max(id), 0)::text AS id FROM catalog.events')) as { id: string }[])[0].id;
        },
        poll: async () => {
          const rows = (await dataSource.query('SELECT e.id::text AS id, e.subject FROM catalog.events e WHERE e.id > $1::bigint ORDER BY e.id', [after])) as { id: string; subject: string }[];
          if (rows.length > 0) after = rows[rows.length - 1].id;
          return rows.map((r) => r.subject);
        },
      };
    };
    /** Pages in (transaction, id) order like the feed, but without the xmin rule. */
    const noXminReader = (): Reader => {
      let after: [string, string] = ['0', '0'];
      return {
        start: async () => {
          const rows = (await dataSource.query('SELECT e.tx_id::text AS tx, e.id::text AS id FROM catalog.events e ORDER BY e.tx_id DESC, e.id DESC LIMIT 1')) as { tx: string; id: string }[];
          if (rows.length > 0) after = [rows[0].tx, rows[0].id];
        },
        poll: async () => {
          const rows = (await dataSource.query('SELECT e.tx_id::text AS tx, e.id::text AS id, e.subject FROM catalog.events e WHERE (e.tx_id, e.id) > ($1::xid8, $2::bigint) ORDER BY e.tx_id, e.id', after)) as { tx: string; id: string; subject: string }[];
          if (rows.length > 0) after = [rows[rows.length - 1].tx, rows[rows.length - 1].id];
          return rows.map((r) => r.subject);
        },
      };
    };

    async function begin(): Promise<QueryRunner> {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      // The transaction id is taken now, before any event: the earlier transaction holds the smaller one.
      await runner.query('SELECT pg_current_xact_id()');
      return runner;
    }

    async function append(runner: QueryRunner, subject: string): Promise<void> {
      await outbox.append(runner.manager, { type: 'product.retired', subject, data: {} });
    }

    /**
     * `older` takes its transaction id first; the events are appended in `appendOrder` and the transactions commit in
     * `commitOrder` (the reverse of their id order), the reader polling after each commit. Answers what it saw.
     */
    async function scenario(reader: Reader, tag: string, appendOrder: ['older' | 'newer', 'older' | 'newer'], commitOrder: ['older' | 'newer', 'older' | 'newer'], settleMs = 10_000): Promise<string[]> {
      await reader.start();
      const runners = { older: await begin(), newer: await begin() };
      const seen: string[] = [];
      try {
        for (const which of appendOrder) await append(runners[which], `${tag}:${which}`);
        await runners[commitOrder[0]].commitTransaction();
        seen.push(...(await reader.poll()));
        await runners[commitOrder[1]].commitTransaction();
        // Both committed: whatever the reader will ever see of them is there once the horizon passes them.
        const deadline = Date.now() + settleMs;
        seen.push(...(await reader.poll()));
        while (seen.length < 2 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          seen.push(...(await reader.poll()));
        }
      } finally {
        for (const runner of Object.values(runners)) {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          await runner.release();
        }
      }
      return seen;
    }

    // The older transaction appends last (the higher id) and commits first.
    const olderAppendsLast = [['newer', 'older'], ['older', 'newer']] as const;
    // The newer transaction appends last (the higher id) and commits first.
    const newerCommitsFirst = [['older', 'newer'], ['newer', 'older']] as const;

    it('the feed shows both events, each once, whichever commits first', async () => {
      const a = await scenario(feedReader(), 'feed-a', [...olderAppendsLast[0]], [...olderAppendsLast[1]]);
      expect(a.sort()).toEqual(['feed-a:newer', 'feed-a:older']);
      const b = await scenario(feedReader(), 'feed-b', [...newerCommitsFirst[0]], [...newerCommitsFirst[1]]);
      // The newer transaction's event waits until the older one ends, then both come in transaction order.
      expect(b).toEqual(['feed-b:older', 'feed-b:newer']);
    });

    it('a reader paging by id alone skips the event committed last (what the xmin rule prevents)', async () => {
      expect(await scenario(byIdReader(), 'id-a', [...olderAppendsLast[0]], [...olderAppendsLast[1]], 1000)).toEqual(['id-a:older']);
    });

    it('a reader paging by transaction and id without the xmin rule skips the older transaction’s event', async () => {
      expect(await scenario(noXminReader(), 'tx-b', [...newerCommitsFirst[0]], [...newerCommitsFirst[1]], 1000)).toEqual(['tx-b:newer']);
    });
  });
});
