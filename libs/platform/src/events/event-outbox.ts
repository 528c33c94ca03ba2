import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import { decodeCursor, encodeCursor, FEED_START, type FeedPosition } from './event-cursor';
import {
  type CloudEvent,
  EVENTS_CHANNEL,
  EVENTS_RETENTION_DAYS,
  EVENTS_TABLE,
  type EventFeedDefinition,
  eventSource,
  eventType,
  MAX_EVENTS_LIMIT,
  MAX_EVENTS_WAIT_SECONDS,
  type NewEvent,
} from './event-feed';
import type { EventNotifier } from './event-notifier';

/** A CloudEvent as the feed answers it: with the cursor that reads on after it (a CloudEvents extension attribute). */
export type FeedEvent = CloudEvent & { cursor: string };

export interface FeedPage {
  items: FeedEvent[];
  /** Where to read on from: the last item's cursor, or past what the types filter skipped, or `after` unchanged. */
  next: string;
}

export interface FeedQuery {
  after?: string;
  types?: string[];
  limit: number;
  /** Seconds to wait for a first event when there is none yet. */
  wait: number;
}

interface EventRow {
  id: string;
  tx_id: string;
  type: string;
  source: string;
  subject: string;
  time: Date;
  data: Record<string, unknown>;
}

/** While a long-poll waits, the feed is read again this often even without a notification. */
const RECHECK_MS = 500;
const PURGE_INTERVAL_MS = 10 * 60 * 1000;
const PURGE_BATCH = 1000;

/**
 * The service's transactional outbox (`<schema>.events`) and the feed read from it.
 *
 * Commit order: identity ids are taken when a row is inserted, not when its transaction commits, so a transaction
 * holding id 7 may commit after one holding id 8; a reader paging by id alone would pass 7 and never see it. The feed
 * therefore shows only rows whose transaction id (`pg_current_xact_id()`, kept in `tx_id`) is older than the reader's
 * snapshot xmin (`pg_snapshot_xmin(pg_current_snapshot())`): every such transaction has ended, so no further row can
 * appear among them. Rows are read in (tx_id, id) order and the cursor holds both, so a row that becomes visible later
 * always sorts after every row already read. A long-running transaction anywhere in the cluster delays the feed; it
 * never makes a reader skip an event.
 */
export class EventOutbox implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('EventFeed');
  private readonly table: string;
  private readonly facts: Set<string>;
  readonly source: string;
  private timer?: NodeJS.Timeout;
  /** Aborted when the application shuts down: long-polls answer at once instead of holding the server open. */
  private readonly closing = new AbortController();
  private waiting = 0;

  constructor(
    private readonly dataSource: DataSource,
    readonly feed: EventFeedDefinition,
    private readonly notifier: EventNotifier,
  ) {
    this.table = `"${feed.schema}"."${EVENTS_TABLE}"`;
    this.facts = new Set(feed.types.map((t) => t.fact));
    this.source = eventSource(feed.service);
  }

  /** Every CloudEvents type this service emits. */
  get types(): string[] {
    return this.feed.types.map((t) => eventType(this.feed.service, t.fact));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge().catch((err: unknown) => this.logger.warn({ err }, 'Could not remove expired events')), PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.closing.abort();
  }

  /** Long-polls being held right now (reads with a wait that have not answered yet). */
  get pendingLongPolls(): number {
    return this.waiting;
  }

  /** True once the application is shutting down. */
  get isClosing(): boolean {
    return this.closing.signal.aborted;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.notifier.close();
  }

  /**
   * Writes a fact in the transaction of `manager` (which must be inside one): it is committed, and announced, with the
   * change it records, or not at all.
   */
  async append(manager: EntityManager, event: NewEvent & { time?: Date }): Promise<void> {
    if (!this.facts.has(event.type)) throw new Error(`${this.feed.service} does not declare the event type '${event.type}'`);
    if (!manager.queryRunner?.isTransactionActive) throw new Error(`event ${event.type} must be appended inside the transaction of its change`);
    await manager.query(`INSERT INTO ${this.table} ("type", "source", "subject", "time", "data") VALUES ($1, $2, $3, COALESCE($4::timestamptz, clock_timestamp()), $5::jsonb)`, [
      eventType(this.feed.service, event.type),
      this.source,
      event.subject,
      event.time?.toISOString() ?? null,
      JSON.stringify(event.data),
    ]);
    // Delivered at commit, once per transaction and schema.
    await manager.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, this.feed.schema]);
  }

  /** The page after `after`, waiting up to `wait` seconds for a first event. */
  async read(query: FeedQuery, requestSignal?: AbortSignal): Promise<FeedPage> {
    const signal = requestSignal ? AbortSignal.any([requestSignal, this.closing.signal]) : this.closing.signal;
    const start = this.position(query.after);
    const types = this.checkTypes(query.types);
    const limit = Math.min(Math.max(1, query.limit), MAX_EVENTS_LIMIT);
    const deadline = Date.now() + Math.min(Math.max(0, query.wait), MAX_EVENTS_WAIT_SECONDS) * 1000;
    let position = start;
    const holds = query.wait > 0;
    if (holds) this.waiting++;
    try {
      for (;;) {
        const page = await this.readOnce(position, types, limit);
        position = page.next;
        const remaining = deadline - Date.now();
        if (page.items.length > 0 || remaining <= 0 || signal.aborted) return { items: page.items, next: encodeCursor(position) };
        await this.notifier.wait(this.feed.schema, Math.min(RECHECK_MS, remaining), signal);
        // Given up (client gone, service stopping): answer at once, without another read.
        if (signal.aborted) return { items: [], next: encodeCursor(position) };
      }
    } finally {
      if (holds) this.waiting--;
    }
  }

  /** Removes the events older than the retention, in batches; returns how many. */
  async purge(days = EVENTS_RETENTION_DAYS): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.dataSource.query<unknown[]>(
        `DELETE FROM ${this.table} WHERE "id" IN (SELECT "id" FROM ${this.table} WHERE "time" < now() - make_interval(days => $1) ORDER BY "time" LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED) RETURNING 1`,
        [days],
      );
      total += deleted.length;
      if (deleted.length < PURGE_BATCH) return total;
    }
  }

  private position(after: string | undefined): FeedPosition {
    if (after === undefined || after === '') return FEED_START;
    const position = decodeCursor(after);
    if (!position) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'after' is not a cursor of this feed: pass the 'next' (or an item's 'cursor') of an earlier answer, or leave it out to read from the oldest event kept.`, [
        { location: 'query', pointer: '/after', detail: 'not a cursor of this feed' },
      ]);
    }
    return position;
  }

  private checkTypes(types: string[] | undefined): string[] | undefined {
    if (types === undefined || types.length === 0) return undefined;
    const known = new Set(this.types);
    const unknown = types.filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'types' names event types the ${this.feed.service} service does not emit: ${unknown.join(', ')}. It emits: ${this.types.join(', ')}.`, [
        { location: 'query', pointer: '/types', detail: `unknown event type${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` },
      ]);
    }
    return [...new Set(types)];
  }

  /**
   * One snapshot (a read-only REPEATABLE READ transaction, which takes no transaction id) for the page and, when a
   * types filter leaves the page short, for the last settled position it may skip to.
   */
  private readOnce(position: FeedPosition, types: string[] | undefined, limit: number): Promise<{ items: FeedEvent[]; next: FeedPosition }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const rows = await manager.query<EventRow[]>(
        // Qualified names: the text aliases would otherwise be what ORDER BY sorts on.
        `SELECT e."id"::text AS "id", e."tx_id"::text AS "tx_id", e."type", e."source", e."subject", e."time", e."data" FROM ${this.table} e
         WHERE (e."tx_id", e."id") > ($1::xid8, $2::bigint) AND e."tx_id" < pg_snapshot_xmin(pg_current_snapshot())
           AND ($3::varchar[] IS NULL OR e."type" = ANY($3::varchar[]))
         ORDER BY e."tx_id", e."id" LIMIT $4`,
        [position.txId.toString(), position.id.toString(), types ?? null, limit],
      );
      const items = rows.map((row) => this.toCloudEvent(row));
      let next = rows.length > 0 ? positionOf(rows[rows.length - 1]) : position;
      if (types !== undefined && rows.length < limit) {
        const settled = await manager.query<{ id: string; tx_id: string }[]>(
          `SELECT e."id"::text AS "id", e."tx_id"::text AS "tx_id" FROM ${this.table} e
           WHERE (e."tx_id", e."id") > ($1::xid8, $2::bigint) AND e."tx_id" < pg_snapshot_xmin(pg_current_snapshot())
           ORDER BY e."tx_id" DESC, e."id" DESC LIMIT 1`,
          [next.txId.toString(), next.id.toString()],
        );
        if (settled.length > 0) next = positionOf(settled[0]);
      }
      return { items, next };
    });
  }

  private toCloudEvent(row: EventRow): FeedEvent {
    return {
      specversion: '1.0',
      id: row.id,
      source: row.source,
      type: row.type,
      subject: row.subject,
      time: row.time.toISOString(),
      datacontenttype: 'application/json',
      data: row.data,
      cursor: encodeCursor(positionOf(row)),
    };
  }
}

function positionOf(row: { id: string; tx_id: string }): FeedPosition {
  return { txId: BigInt(row.tx_id), id: BigInt(row.id) };
}
