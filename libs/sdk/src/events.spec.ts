import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClock, json, problem, scriptedFetch, untilAborted } from '../test/support/scripted-fetch';
import { createMeshClient, memoryCursorStore, type MeshEvent, MeshError } from './index';
import { fileCursorStore } from './node';

const PUBLISHED = 'io.meshwork.catalog.product.published.v1';
const RETIRED = 'io.meshwork.catalog.product.retired.v1';

function event(n: number, type: MeshEvent<'catalog'>['type'] = PUBLISHED): MeshEvent<'catalog'> {
  return { specversion: '1.0', id: String(n), source: '/meshwork/catalog', type, subject: `urn:meshwork:crm:p${n}`, time: '2026-03-02T08:00:00.000Z', datacontenttype: 'application/json', data: { n }, cursor: `c${n}` };
}

/**
 * A catalog feed: each `after` (none = '') answers its page; any other cursor, and a long-poll on an empty page, is
 * held open until the request is aborted (as the service holds it until an event is committed).
 */
function feed(pages: Record<string, { items: MeshEvent<'catalog'>[]; next: string } | Response>) {
  return scriptedFetch((request) => {
    const query = new URL(request.url).searchParams;
    const page = pages[query.get('after') ?? ''];
    if (page === undefined || (query.has('wait') && !(page instanceof Response) && page.items.length === 0)) return untilAborted(request);
    return page instanceof Response ? page.clone() : json(200, page);
  });
}

function mesh(fetchImpl: typeof fetch, clock = fakeClock()) {
  return createMeshClient({ urls: { catalog: 'http://catalog.test' }, fetch: fetchImpl, clock, random: () => 0.5, token: 't', retries: 0 });
}

/** Polls until the condition holds (the subscription runs on its own). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

describe('mesh.events(service).subscribe', () => {
  it('handles events one at a time in feed order and saves the cursor after each', async () => {
    const { requests, fetchImpl } = feed({ '': { items: [event(1), event(2)], next: 'c2' }, c2: { items: [event(3)], next: 'c3' } });
    const store = memoryCursorStore();
    const seen: string[] = [];
    let running = 0;
    const subscription = mesh(fetchImpl).events('catalog').subscribe(
      async (e) => {
        running++;
        expect(running).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 2));
        seen.push(`${e.id}@${store.cursors.get('catalog') ?? 'none'}`);
        running--;
      },
      { cursorStore: store },
    );
    await until(() => seen.length === 3 && requests.length === 3);
    await subscription.stop();
    expect(seen).toEqual(['1@none', '2@c1', '3@c2']);
    expect(store.cursors.get('catalog')).toBe('c3');
    expect(requests.map((r) => new URL(r.url).searchParams.get('after'))).toEqual([null, 'c2', 'c3']);
    expect(new URL(requests[0].url).searchParams.get('wait')).toBe('8');
  });

  it('keeps the cursor at the event whose handler stopped the subscription, even where the page reads further', async () => {
    // The filter skipped events after event 2: the page's `next` (c9) is beyond the last event handed over.
    const { fetchImpl } = feed({ '': { items: [event(1), event(2)], next: 'c9' } });
    const store = memoryCursorStore();
    const stop = new AbortController();
    const subscription = mesh(fetchImpl)
      .events('catalog')
      .subscribe((e) => void (e.id === '2' && stop.abort()), { cursorStore: store, signal: stop.signal });
    await subscription.done;
    expect(store.cursors.get('catalog')).toBe('c2');
  });

  it('forwards the types filter, limit and wait, and keys the cursor by the filter', async () => {
    const { requests, fetchImpl } = feed({ '': { items: [event(1, RETIRED)], next: 'c9' } });
    const store = memoryCursorStore();
    const handled: string[] = [];
    const subscription = mesh(fetchImpl).events('catalog').subscribe((e) => void handled.push(e.type), { cursorStore: store, types: [RETIRED, PUBLISHED], limit: 10, waitSeconds: 5 });
    await until(() => requests.length === 2);
    await subscription.stop();
    const query = new URL(requests[0].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ types: `${RETIRED},${PUBLISHED}`, limit: '10', wait: '5' });
    expect(handled).toEqual([RETIRED]);
    // `next` past events the filter skipped is saved too.
    expect([...store.cursors]).toEqual([[`catalog:types=${PUBLISHED},${RETIRED}`, 'c9']]);
  });

  it('retries an event whose handler threw, after a backoff, without skipping it or moving the cursor', async () => {
    const { requests, fetchImpl } = feed({ '': { items: [event(1), event(2), event(3)], next: 'c3' }, c1: { items: [event(2), event(3)], next: 'c3' } });
    const clock = fakeClock();
    const store = memoryCursorStore();
    const errors: unknown[] = [];
    const seen: string[] = [];
    let failOnce = true;
    const subscription = mesh(fetchImpl, clock)
      .events('catalog')
      .subscribe(
        (e) => {
          seen.push(e.id);
          if (e.id === '2' && failOnce) {
            failOnce = false;
            expect(store.cursors.get('catalog')).toBe('c1');
            throw new Error('database down');
          }
        },
        { cursorStore: store, onError: (error, context) => errors.push([(error as Error).message, context.phase, context.event?.id, context.attempt, context.retryInMs]) },
      );
    await until(() => requests.length === 3);
    await subscription.stop();
    expect(seen).toEqual(['1', '2', '2', '3']);
    expect(errors).toEqual([['database down', 'handler', '2', 1, 750]]);
    expect(clock.waits).toEqual([750]);
    expect(requests.map((r) => new URL(r.url).searchParams.get('after'))).toEqual([null, 'c1', 'c3']);
    expect(store.cursors.get('catalog')).toBe('c3');
  });

  it('backs off after a failed read and reads again from the same cursor', async () => {
    let calls = 0;
    const { requests, fetchImpl } = scriptedFetch((request) => {
      calls++;
      if (calls === 1) return json(503, problem(503, 'UNAVAILABLE', 'down'));
      if (calls === 2) return json(200, { items: [event(1)], next: 'c1' });
      return untilAborted(request);
    });
    const clock = fakeClock();
    const phases: string[] = [];
    const subscription = mesh(fetchImpl, clock)
      .events('catalog')
      .subscribe(() => undefined, { cursorStore: memoryCursorStore({ catalog: 'c0' }), onError: (_e, context) => phases.push(context.phase) });
    await until(() => requests.length === 3);
    await subscription.stop();
    expect(phases).toEqual(['read']);
    expect(requests.slice(0, 2).map((r) => new URL(r.url).searchParams.get('after'))).toEqual(['c0', 'c0']);
  });

  it('stops cleanly: an open long-poll is cancelled and done resolves', async () => {
    const { requests, fetchImpl } = feed({});
    const subscription = mesh(fetchImpl).events('catalog').subscribe(() => undefined);
    await until(() => requests.length === 1);
    await subscription.stop();
    expect(requests[0].signal.aborted).toBe(true);
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('stops when the caller aborts its signal', async () => {
    const { requests, fetchImpl } = feed({});
    const controller = new AbortController();
    const subscription = mesh(fetchImpl).events('catalog').subscribe(() => undefined, { signal: controller.signal });
    await until(() => requests.length === 1);
    controller.abort();
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('rejects done with the problem when the service refuses the request', async () => {
    const { fetchImpl } = feed({ '': json(400, problem(400, 'VALIDATION_FAILED', 'Unknown event type.', [{ pointer: '/query/types', detail: 'unknown' }])) });
    const reported: unknown[] = [];
    const subscription = mesh(fetchImpl).events('catalog').subscribe(() => undefined, { onError: (error) => reported.push(error) });
    await expect(subscription.done).rejects.toBeInstanceOf(MeshError);
    await expect(subscription.done).rejects.toMatchObject({ status: 400, operation: 'listEvents', fieldErrors: [{ pointer: '/query/types' }] });
    expect(reported).toHaveLength(1);
  });

  it("starts at the feed's end with from: 'now' and handles only later events", async () => {
    const { requests, fetchImpl } = feed({ '': { items: [event(1), event(2)], next: 'c2' }, c2: { items: [], next: 'c2' } });
    const store = memoryCursorStore();
    const handled: string[] = [];
    const subscription = mesh(fetchImpl).events('catalog').subscribe((e) => void handled.push(e.id), { cursorStore: store, from: 'now' });
    await until(() => requests.length === 3);
    await subscription.stop();
    expect(requests[2].signal.aborted).toBe(true);
    expect(handled).toEqual([]);
    expect(store.cursors.get('catalog')).toBe('c2');
    expect(requests.map((r) => [new URL(r.url).searchParams.get('after'), new URL(r.url).searchParams.get('wait')])).toEqual([
      [null, null],
      ['c2', null],
      ['c2', '8'],
    ]);
  });

  it('refuses a long-poll wait that does not fit in the client timeout, and an unknown service', () => {
    const { fetchImpl } = feed({});
    expect(() => mesh(fetchImpl).events('catalog').subscribe(() => undefined, { waitSeconds: 9 })).toThrow('events: `waitSeconds` 9 does not fit in the client\'s timeoutMs 10000; raise timeoutMs above 11000.');
    expect(() => mesh(fetchImpl).events('billing' as 'catalog')).toThrow("events: unknown service 'billing'");
  });
});

describe('mesh.events(service).read', () => {
  it('reads one page with the given cursor', async () => {
    const { requests, fetchImpl } = feed({ c1: { items: [event(2)], next: 'c2' } });
    const page = await mesh(fetchImpl).events('catalog').read({ after: 'c1', limit: 5 });
    expect(page).toEqual({ items: [event(2)], next: 'c2' });
    expect(requests[0].url).toBe('http://catalog.test/v1/events?after=c1&limit=5');
  });
});

describe('fileCursorStore', () => {
  it('keeps cursors by key in a JSON file that survives the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-cursor-'));
    try {
      const path = join(dir, 'nested', 'cursors.json');
      const store = fileCursorStore(path);
      expect(await store.load('catalog')).toBeUndefined();
      await Promise.all([store.save('catalog', 'c1'), store.save('sla', 's1'), store.save('catalog', 'c2')]);
      expect(await fileCursorStore(path).load('catalog')).toBe('c2');
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ catalog: 'c2', sla: 's1' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
