import { EventOutbox } from '@meshwork/platform';
import { createMeshClient, type MeshClient, type MeshEvent, memoryCursorStore, type SubscriptionErrorContext } from '@meshwork/sdk';
import { readFeed, readWholeFeed } from '@meshwork/testing';
import { type CatalogHarness, createDomain, jsonBody, startCatalog } from './support';

const CONTRACT_ADDED = 'io.meshwork.catalog.contract.version-added.v1';
const PUBLISHED = 'io.meshwork.catalog.product.published.v1';
const DEPRECATED = 'io.meshwork.catalog.product.deprecated.v1';

function orders() {
  return {
    product: { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'orders-product', name: 'Orders', version: '1.0.0', status: 'active', domain: 'sales', outputPorts: [{ name: 'orders', version: '1.0.0', contractId: 'orders-contract' }] },
    contracts: [
      {
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: 'orders-contract',
        version: '1.0.0',
        status: 'active',
        schema: [{ name: 'orders', properties: [{ name: 'order_id', logicalType: 'string', required: true }] }],
        slaProperties: [{ property: 'latency', value: 4, unit: 'h' }],
      },
    ],
  };
}

/** Resolves once `predicate` holds, checked after each handled event (the test's timeout catches a subscription that stalls). */
function waitFor(predicate: () => boolean): { check(): void; reached: Promise<void> } {
  let resolve!: () => void;
  const reached = new Promise<void>((r) => (resolve = r));
  return { check: () => (predicate() ? resolve() : undefined), reached };
}

describe('mesh.events(service).subscribe against a running catalog', () => {
  let h: CatalogHarness;
  let mesh: MeshClient;
  let closed = false;

  beforeAll(async () => {
    h = await startCatalog();
    mesh = createMeshClient({ urls: { catalog: h.baseUrl }, tokenProvider: () => h.token, timeoutMs: 30_000 });
    await createDomain(h, 'sales', 'sales-team');
  });

  afterAll(async () => {
    if (!closed) await h?.close();
  });

  it('handles the events in feed order, stores the cursor, retries a throwing handler from the same event, stops on abort and lets the app close', async () => {
    const start = (await readWholeFeed(h.call)).next;
    const store = memoryCursorStore({ catalog: start });
    const seen: string[] = [];
    const handled: MeshEvent<'catalog'>[] = [];
    const errors: SubscriptionErrorContext<'catalog'>[] = [];
    let failPublished = true;
    const three = waitFor(() => handled.length === 3);
    const abort = new AbortController();

    const subscription = mesh.events('catalog').subscribe(
      (event) => {
        seen.push(event.id);
        // The first delivery of product.published fails: the subscription must hand the same event over again.
        if (event.type === PUBLISHED && failPublished) {
          failPublished = false;
          throw new Error('the handler’s store is down');
        }
        handled.push(event);
        three.check();
      },
      { cursorStore: store, waitSeconds: 20, signal: abort.signal, backoff: { baseDelayMs: 1, maxDelayMs: 5 }, onError: (_error, context) => errors.push(context) },
    );

    expect((await h.call('/v1/products/sales/orders', { method: 'PUT', ...jsonBody(orders()) })).status).toBe(201);
    expect((await h.call('/v1/products/sales/orders/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) })).status).toBe(200);
    expect((await h.call('/v1/products/sales/orders/transitions', { method: 'POST', ...jsonBody({ to: 'deprecated', reason: 'replaced by sales/orders-v2' }) })).status).toBe(200);
    await three.reached;

    const feed = await readWholeFeed(h.call, { after: start });
    expect(feed.items.map((e) => e.type)).toEqual([CONTRACT_ADDED, PUBLISHED, DEPRECATED]);
    expect(handled.map((e) => e.id)).toEqual(feed.items.map((e) => e.id));
    const [added, published, deprecated] = feed.items.map((e) => e.id);
    expect(seen).toEqual([added, published, published, deprecated]);
    expect(errors).toEqual([expect.objectContaining({ phase: 'handler', attempt: 1, event: expect.objectContaining({ id: published }) })]);
    expect(store.cursors.get('catalog')).toBe(feed.next);

    // The subscription is now held in a long-poll on the catalog; aborting ends it and frees the catalog's waiter.
    const outbox = h.app.get(EventOutbox);
    await waitUntil(() => outbox.pendingLongPolls === 1);
    abort.abort();
    await expect(subscription.done).resolves.toBeUndefined();
    await waitUntil(() => outbox.pendingLongPolls === 0);
    expect(store.cursors.get('catalog')).toBe(feed.next);

    // Nothing of the aborted long-poll holds the shutdown: jest's timeout would catch a close that waits for it.
    closed = true;
    await h.close();
  });

  it('ends a long-poll that is still waiting when the app closes, with the cursor unchanged', async () => {
    const other = await startCatalog();
    let closing: Promise<void> | undefined;
    try {
      const start = (await readWholeFeed(other.call)).next;
      const outbox = other.app.get(EventOutbox);
      const poll = readFeed(other.call, { after: start, wait: 30 });
      await waitUntil(() => outbox.pendingLongPolls === 1);
      closing = other.close();
      await expect(poll).resolves.toEqual({ items: [], next: start });
    } finally {
      await (closing ?? other.close());
    }
  });
});

/** Re-checks `condition` every 10 ms until it holds (the test's timeout bounds it). */
async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
