import type { MeshServices, ServiceName } from './client';
import type { components as AccessComponents } from './generated/access';
import type { components as CatalogComponents } from './generated/catalog';
import type { components as GovernanceComponents } from './generated/governance';
import type { components as SlaComponents } from './generated/sla';
import { MeshError } from './problem';
import { backoffMs, type Clock, type RetryPolicy } from './transport';

/** The CloudEvents of each service's feed, typed from its OpenAPI document. */
export interface MeshEventsByService {
  catalog: CatalogComponents['schemas']['CloudEventDto'];
  governance: GovernanceComponents['schemas']['CloudEventDto'];
  access: AccessComponents['schemas']['CloudEventDto'];
  sla: SlaComponents['schemas']['CloudEventDto'];
}

/** One event of a service's feed (CloudEvents 1.0 structured JSON with the `cursor` extension). */
export type MeshEvent<S extends ServiceName = ServiceName> = MeshEventsByService[S];
/** The full CloudEvents types a service emits, e.g. `io.meshwork.catalog.product.published.v1`. */
export type MeshEventType<S extends ServiceName = ServiceName> = MeshEvent<S>['type'];

/** One page of a feed: the events after the cursor, oldest first, and the cursor to read on from. */
export interface EventPage<S extends ServiceName = ServiceName> {
  items: MeshEvent<S>[];
  next: string;
}

/**
 * Where a subscription keeps its cursor. For exactly-once effects keep it in your own database and save it in the
 * transaction of the handler's writes: the handler's effect and the cursor then commit together.
 */
export interface CursorStore {
  /** The cursor saved under `key`, or undefined when there is none. */
  load(key: string): Promise<string | undefined> | string | undefined;
  /** Saves the cursor under `key`; called after each handled event. */
  save(key: string, cursor: string): Promise<void> | void;
}

/** A cursor store in memory: a subscription resumes where an earlier one of the same process stopped. */
export function memoryCursorStore(initial: Record<string, string> = {}): CursorStore & { readonly cursors: ReadonlyMap<string, string> } {
  const cursors = new Map(Object.entries(initial));
  return {
    cursors,
    load: (key) => cursors.get(key),
    save: (key, cursor) => {
      cursors.set(key, cursor);
    },
  };
}

export interface ReadEventsOptions<S extends ServiceName = ServiceName> {
  /** Read on after this cursor (an answer's `next` or an event's `cursor`); left out, from the oldest event kept. */
  after?: string;
  /** Only these event types. */
  types?: MeshEventType<S>[];
  /** Most events in the answer, 1 to 1000 (the service's default is 100). */
  limit?: number;
  /** Long-poll: seconds the service holds an empty answer until an event is committed, 0 to 30. Default 0. */
  waitSeconds?: number;
  signal?: AbortSignal;
}

/** What onError is told besides the error. */
export interface SubscriptionErrorContext<S extends ServiceName = ServiceName> {
  /** `read`: the feed could not be read; `handler`: the handler threw for `event`; `cursor`: the store failed. */
  phase: 'read' | 'handler' | 'cursor';
  /** The event being handled (phases `handler` and `cursor`). */
  event?: MeshEvent<S>;
  /** Failures in a row, this one included. */
  attempt: number;
  /** The wait before the next try; undefined when the subscription stops (a refused request, see subscribe). */
  retryInMs?: number;
}

export interface SubscribeOptions<S extends ServiceName = ServiceName> {
  /** Only these event types (the filter runs in the service). */
  types?: MeshEventType<S>[];
  /** Where the cursor is kept; a memoryCursorStore() by default. */
  cursorStore?: CursorStore;
  /** The cursor's key in the store; default the service name, followed by `:types=` and the sorted types when filtered. */
  key?: string;
  /** Where to begin when the store has no cursor: the oldest event kept (`start`, the default) or the feed's end (`now`). */
  from?: 'start' | 'now';
  /** Long-poll wait per request, 0 to 30 s, below the client's `timeoutMs`; default the client's timeout less 2 s, at most 20 s. With 0, an empty feed is polled once a second. */
  waitSeconds?: number;
  /** Events per request, 1 to 1000. Default 100. */
  limit?: number;
  /** Aborting it stops the subscription, as stop() does. */
  signal?: AbortSignal;
  /** Called for every failure, before the wait; default: console.error. */
  onError?: (error: unknown, context: SubscriptionErrorContext<S>) => void;
  /** Wait after a failure: doubling from `baseDelayMs` (default 1000), with jitter, at most `maxDelayMs` (default 30 000). */
  backoff?: { baseDelayMs?: number; maxDelayMs?: number };
}

export interface Subscription {
  /** Stops reading (an open long-poll is cancelled), lets a running handler finish, and resolves when the loop has ended. */
  stop(): Promise<void>;
  /** Resolves when the subscription has stopped; rejects when the service refused the request for good (a 4xx). */
  readonly done: Promise<void>;
}

export type EventHandler<S extends ServiceName = ServiceName> = (event: MeshEvent<S>) => void | Promise<void>;

export interface EventFeed<S extends ServiceName = ServiceName> {
  /**
   * Follows the feed: long-polls, calls `handler` for one event at a time in feed order, and saves the cursor after
   * each handled event. At-least-once: when the handler throws, the cursor stays before the event, which is read and
   * handled again after a backoff (never skipped); deduplicate on the event's `id` where a repeat matters.
   */
  subscribe(handler: EventHandler<S>, options?: SubscribeOptions<S>): Subscription;
  /** One page of the feed. */
  read(options?: ReadEventsOptions<S>): Promise<EventPage<S>>;
}

export interface EventFeedSettings {
  /** The client's per-attempt timeout: a long-poll must answer before it. */
  timeoutMs: number;
  clock: Clock;
  random: () => number;
}

const MAX_WAIT_SECONDS = 30;
const DEFAULT_WAIT_SECONDS = 20;
const FAST_FORWARD_LIMIT = 1000;
const EMPTY_POLL_MS = 1000;

type ListEvents = (init: { params: { query: { after?: string; types?: string; limit?: number; wait?: number } }; signal?: AbortSignal }) => Promise<EventPage>;

/** A 4xx other than 408 and 429 will be the same next time: bad options, a missing token or a missing right. */
function isRefusal(error: unknown): boolean {
  return error instanceof MeshError && error.kind === 'http' && error.status !== undefined && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

function checkInteger(name: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) throw new TypeError(`events: \`${name}\` must be an integer from ${min} to ${max}, got ${value}.`);
}

function defaultKey(service: ServiceName, types: readonly string[] | undefined): string {
  return types && types.length > 0 ? `${service}:types=${[...types].sort().join(',')}` : service;
}

/** The event feed of one service: `read()` for a page, `subscribe()` to follow it with a persisted cursor. */
export function createEventFeed<S extends ServiceName>(services: MeshServices, service: S, settings: EventFeedSettings): EventFeed<S> {
  const client = services[service] as MeshServices[ServiceName] | undefined;
  if (!client) throw new TypeError(`events: unknown service '${String(service)}'; one of catalog, governance, access, sla.`);
  const list = client.listEvents as unknown as ListEvents;
  const maxWait = Math.max(0, Math.min(MAX_WAIT_SECONDS, Math.floor(settings.timeoutMs / 1000) - 2));

  const read = async (options: ReadEventsOptions<S> = {}): Promise<EventPage<S>> => {
    checkInteger('limit', options.limit, 1, 1000);
    checkInteger('waitSeconds', options.waitSeconds, 0, MAX_WAIT_SECONDS);
    const query = {
      ...(options.after !== undefined ? { after: options.after } : {}),
      ...(options.types && options.types.length > 0 ? { types: options.types.join(',') } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
      ...(options.waitSeconds ? { wait: options.waitSeconds } : {}),
    };
    return (await list({ params: { query }, ...(options.signal ? { signal: options.signal } : {}) })) as EventPage<S>;
  };

  const subscribe = (handler: EventHandler<S>, options: SubscribeOptions<S> = {}): Subscription => {
    const waitSeconds = options.waitSeconds ?? Math.min(DEFAULT_WAIT_SECONDS, maxWait);
    checkInteger('waitSeconds', waitSeconds, 0, MAX_WAIT_SECONDS);
    if (waitSeconds > maxWait) throw new TypeError(`events: \`waitSeconds\` ${waitSeconds} does not fit in the client's timeoutMs ${settings.timeoutMs}; raise timeoutMs above ${(waitSeconds + 2) * 1000}.`);
    checkInteger('limit', options.limit, 1, 1000);
    const store = options.cursorStore ?? memoryCursorStore();
    const key = options.key ?? defaultKey(service, options.types);
    const policy: RetryPolicy = { retries: 0, baseDelayMs: options.backoff?.baseDelayMs ?? 1000, maxDelayMs: options.backoff?.maxDelayMs ?? 30_000 };
    // A background failure must not pass silently when the caller gave no handler.
    // eslint-disable-next-line no-console
    const onError = options.onError ?? ((error: unknown, context: SubscriptionErrorContext<S>) => console.error(`meshwork: events of ${service} (${context.phase}) failed:`, error));
    const controller = new AbortController();
    const signal = controller.signal;
    const stopNow = () => controller.abort(new Error('the subscription was stopped'));
    if (options.signal?.aborted) stopNow();
    options.signal?.addEventListener('abort', stopNow, { once: true });
    const page = { types: options.types, limit: options.limit, signal };

    // `from: 'now'`: page to the end without handling, so that only later events are handled.
    const feedEnd = async (): Promise<string> => {
      let cursor: string | undefined;
      for (;;) {
        const answer = await read({ ...page, after: cursor, limit: FAST_FORWARD_LIMIT });
        if (answer.items.length === 0 && answer.next === cursor) return answer.next;
        cursor = answer.next;
      }
    };

    const run = async (): Promise<void> => {
      let cursor: string | undefined;
      let started = false;
      let failures = 0;
      while (!signal.aborted) {
        let phase: SubscriptionErrorContext<S>['phase'] = 'read';
        let current: MeshEvent<S> | undefined;
        try {
          if (!started) {
            cursor = (await store.load(key)) ?? undefined;
            if (cursor === undefined && options.from === 'now') {
              cursor = await feedEnd();
              await store.save(key, cursor);
            }
            started = true;
          }
          const answer = await read({ ...page, after: cursor, waitSeconds });
          for (const event of answer.items) {
            if (signal.aborted) return;
            current = event;
            phase = 'handler';
            await handler(event);
            phase = 'cursor';
            await store.save(key, event.cursor);
            cursor = event.cursor;
            failures = 0;
          }
          current = undefined;
          // Stopped by the handler (or the caller) after its last event: the cursor stays at the last handled event.
          if (signal.aborted) return;
          // The filter's skipped events move `next` on; saving it spares reading them again.
          if (answer.next !== cursor) {
            phase = 'cursor';
            await store.save(key, answer.next);
            cursor = answer.next;
          }
          failures = 0;
          // Without a long-poll an empty answer comes at once: poll once a second rather than spin.
          if (answer.items.length === 0 && waitSeconds === 0) await settings.clock.sleep(EMPTY_POLL_MS, signal).catch(() => undefined);
        } catch (error) {
          if (signal.aborted) return;
          failures++;
          if (phase === 'read' && isRefusal(error)) {
            onError(error, { phase, attempt: failures });
            throw error;
          }
          const retryInMs = backoffMs(failures, policy, settings.random);
          onError(error, { phase, ...(current ? { event: current } : {}), attempt: failures, retryInMs });
          await settings.clock.sleep(retryInMs, signal).catch(() => undefined);
        }
      }
    };

    const done = run().finally(() => options.signal?.removeEventListener('abort', stopNow));
    // The caller may never look at `done`; a refusal is reported through onError as well.
    done.catch(() => undefined);
    return {
      done,
      stop: async () => {
        stopNow();
        await done.catch(() => undefined);
      },
    };
  };

  return { read, subscribe };
}
