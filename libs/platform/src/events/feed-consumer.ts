import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { FEED_CURSORS_TABLE, MAX_EVENTS_WAIT_SECONDS } from './event-feed';
import type { EventOutbox, FeedEvent, FeedPage } from './event-outbox';

/** Handles one event inside the transaction that advances the cursor past it: its writes and the cursor commit together. */
export type FeedHandler = (event: FeedEvent, manager: EntityManager) => Promise<void>;

export interface FeedConsumerOptions {
  /** Cursor row name in `<schema>.feed_cursors`: one per producer feed and purpose, e.g. `catalog:slo-derivation`. */
  name: string;
  /** The consumer's own schema (its `feed_cursors` table). */
  schema: string;
  dataSource: DataSource;
  /** Base URL of the producing service, read on every poll; undefined: the consumer waits, idle. Unused with `outbox`. */
  baseUrl?: () => string | undefined;
  /** Bearer token for the producer (the service's credentials), read on every poll; undefined: idle. Unused with `outbox`. */
  token?: () => string | undefined | Promise<string | undefined>;
  /** After a 401: renews the token (true) so that the request is made once more, or cannot (false). */
  refreshToken?: () => boolean;
  /** The service's own outbox, read directly (no HTTP) by a consumer of the service's own facts. */
  outbox?: Pick<EventOutbox, 'read'>;
  /** CloudEvents types to read; every type when empty. */
  types: string[];
  handle: FeedHandler;
  /** Long-poll seconds per request (default 25). */
  waitSeconds?: number;
  /** Events per request (default 100). */
  limit?: number;
  /** Pause after the first failure; doubles up to `maxBackoffMs` (defaults 1 s and 30 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often a replica not holding the feed (or not configured) looks again (default 5 s). */
  idleMs?: number;
}

/** The pause after `failures` consecutive failures: doubling from `base`, at most `max`, with up to 20 % jitter. */
export function feedBackoff(failures: number, base: number, max: number, random: () => number = Math.random): number {
  if (failures <= 0) return 0;
  const pause = Math.min(max, base * 2 ** Math.min(failures - 1, 30));
  return Math.round(pause * (0.8 + 0.2 * random()));
}

/** The advisory lock key of one consumer, so that one replica at a time reads a feed. */
export function consumerLockKey(schema: string, name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`meshwork:feed:${schema}:${name}`).digest('hex').slice(0, 16)}`)).toString();
}

/** Another consumer moved the cursor meanwhile: the page is read again from the stored cursor. */
class CursorMoved extends Error {}

/** The producer refused the token: renewed once, when it can be. */
class Unauthorized extends Error {}

/**
 * Reads another service's `GET /v1/events` with a cursor kept in the consumer's own schema, at least once: each event
 * is handled in a transaction that also moves the cursor past it, so a crash or a failing handler means the event is
 * handled again (handlers must be idempotent), never lost. One replica at a time holds the feed (a session advisory
 * lock on a connection of its own); the others look again every `idleMs`. When the producer is down or answers an
 * error, the consumer backs off.
 */
export class FeedConsumer {
  private readonly logger: Logger;
  private readonly table: string;
  private running = false;
  private loop?: Promise<void>;
  private abort = new AbortController();
  private lock?: QueryRunner;
  private failures = 0;
  private idleReason?: string;
  private draining = false;

  constructor(private readonly options: FeedConsumerOptions) {
    this.logger = new Logger(`FeedConsumer ${options.name}`);
    this.table = `"${options.schema}"."${FEED_CURSORS_TABLE}"`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await this.loop;
    this.loop = undefined;
    await this.releaseLock();
  }

  /** The stored cursor ('' before the first event). */
  async cursor(): Promise<string> {
    const rows = await this.options.dataSource.query<{ cursor: string }[]>(`SELECT "cursor" FROM ${this.table} WHERE "feed" = $1`, [this.options.name]);
    return rows[0]?.cursor ?? '';
  }

  /** Reads one page (long-polling `waitSeconds`) and handles it; returns how many events were handled. Throws what failed. */
  async pollOnce(signal: AbortSignal = this.abort.signal, waitSeconds = this.options.waitSeconds ?? 25): Promise<number> {
    const after = await this.cursor();
    const page = await this.readPage(after, Math.min(waitSeconds, MAX_EVENTS_WAIT_SECONDS), signal);
    if (!page) return 0;
    let handled = 0;
    let expected = after;
    for (const event of page.items) {
      if (signal.aborted) break;
      await this.options.dataSource.transaction(async (manager) => {
        await this.claim(manager, expected);
        await this.options.handle(event, manager);
        await this.advance(manager, event.cursor);
      });
      expected = event.cursor;
      handled += 1;
    }
    // Past events the types filter skipped: the next read starts there.
    if (page.next !== expected && !signal.aborted) {
      await this.options.dataSource.transaction(async (manager) => {
        await this.claim(manager, expected);
        await this.advance(manager, page.next);
      });
    } else if (page.items.length < (this.options.limit ?? 100) && !signal.aborted) {
      // Read to the end: `updated_at` says how fresh what the consumer made of the feed is.
      await this.options.dataSource.query(`UPDATE ${this.table} SET "updated_at" = now() WHERE "feed" = $1 AND "cursor" = $2`, [this.options.name, expected]);
    }
    return handled;
  }

  /**
   * Handles what the feed holds now, without waiting, when this replica holds the feed (or takes it): for a consumer
   * driven by a periodic pass instead of `start()`. Answers how many events were handled; 0 while another replica
   * holds the feed or another call of this consumer is draining it. Throws what failed (the cursor stays before it).
   */
  async drain(): Promise<number> {
    if (this.draining) return 0;
    this.draining = true;
    try {
      if (!(await this.configured()) || !(await this.holdLock())) return 0;
      let total = 0;
      for (;;) {
        const handled = await this.pollOnce(this.abort.signal, 0);
        total += handled;
        if (handled === 0 || this.abort.signal.aborted) return total;
      }
    } catch (error) {
      if (error instanceof CursorMoved) return 0;
      await this.releaseLockIfBroken();
      throw error;
    } finally {
      this.draining = false;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!(await this.configured()) || !(await this.holdLock())) {
          await this.sleep(this.options.idleMs ?? 5_000);
          continue;
        }
        await this.pollOnce();
        this.failures = 0;
      } catch (error) {
        if (!this.running) break;
        if (error instanceof CursorMoved) continue;
        this.failures += 1;
        const pause = feedBackoff(this.failures, this.options.backoffMs ?? 1_000, this.options.maxBackoffMs ?? 30_000);
        this.logger.warn(`Reading the feed failed (${this.failures} in a row), trying again in ${pause} ms: ${error instanceof Error ? error.message : String(error)}`);
        await this.releaseLockIfBroken();
        await this.sleep(pause);
      }
    }
  }

  private async configured(): Promise<boolean> {
    const reason = this.options.outbox
      ? undefined
      : !this.options.baseUrl?.()
        ? 'no producer URL is configured'
        : !(await this.options.token?.())
          ? 'no service credentials are configured (MESHWORK_SERVICE_API_KEY or MESHWORK_SERVICE_TOKEN)'
          : undefined;
    if (reason !== this.idleReason) {
      if (reason) this.logger.warn(`Idle: ${reason}`);
      this.idleReason = reason;
    }
    return reason === undefined;
  }

  /** True while this replica holds the feed's lock (taken on a connection kept for it). */
  private async holdLock(): Promise<boolean> {
    if (this.lock) {
      await this.lock.query('SELECT 1');
      return true;
    }
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    const rows = (await runner.query('SELECT pg_try_advisory_lock($1) AS "locked"', [consumerLockKey(this.options.schema, this.options.name)]).catch(async (error: unknown) => {
      await runner.release();
      throw error;
    })) as { locked: boolean }[];
    if (!rows[0]?.locked) {
      await runner.release();
      return false;
    }
    this.lock = runner;
    await this.options.dataSource.query(`INSERT INTO ${this.table} ("feed", "cursor") VALUES ($1, '') ON CONFLICT ("feed") DO NOTHING`, [this.options.name]);
    return true;
  }

  private async releaseLockIfBroken(): Promise<void> {
    if (!this.lock) return;
    try {
      await this.lock.query('SELECT 1');
    } catch {
      await this.lock.release().catch(() => undefined);
      this.lock = undefined;
    }
  }

  private async releaseLock(): Promise<void> {
    const lock = this.lock;
    this.lock = undefined;
    if (!lock) return;
    await lock.query('SELECT pg_advisory_unlock($1)', [consumerLockKey(this.options.schema, this.options.name)]).catch(() => undefined);
    await lock.release().catch(() => undefined);
  }

  /** Locks the cursor row and checks nobody moved it since it was read (a replica that lost its lock meanwhile). */
  private async claim(manager: EntityManager, expected: string): Promise<void> {
    await manager.query(`INSERT INTO ${this.table} ("feed", "cursor") VALUES ($1, '') ON CONFLICT ("feed") DO NOTHING`, [this.options.name]);
    const rows = await manager.query<{ cursor: string }[]>(`SELECT "cursor" FROM ${this.table} WHERE "feed" = $1 FOR UPDATE`, [this.options.name]);
    if (rows[0]?.cursor !== expected) throw new CursorMoved(`the cursor of ${this.options.name} moved`);
  }

  private async advance(manager: EntityManager, cursor: string): Promise<void> {
    await manager.query(`UPDATE ${this.table} SET "cursor" = $2, "updated_at" = now() WHERE "feed" = $1`, [this.options.name, cursor]);
  }

  /** The page after `after`, from the outbox or the producer's GET /v1/events; undefined when the producer is not configured. */
  private async readPage(after: string, wait: number, signal: AbortSignal): Promise<FeedPage | undefined> {
    const limit = this.options.limit ?? 100;
    if (this.options.outbox) return this.options.outbox.read({ after: after || undefined, types: this.options.types, limit, wait }, signal);
    const base = this.options.baseUrl?.();
    const token = await this.options.token?.();
    if (!base || !token) return undefined;
    try {
      return await this.fetchPage(base, token, after, wait, signal);
    } catch (error) {
      if (!(error instanceof Unauthorized) || !this.options.refreshToken?.()) throw error;
      const renewed = await this.options.token?.();
      if (!renewed) return undefined;
      return this.fetchPage(base, renewed, after, wait, signal);
    }
  }

  private async fetchPage(base: string, token: string, after: string, wait: number, signal: AbortSignal): Promise<FeedPage> {
    const query = new URLSearchParams({ limit: String(this.options.limit ?? 100), wait: String(wait) });
    if (after) query.set('after', after);
    if (this.options.types.length > 0) query.set('types', this.options.types.join(','));
    const url = `${base.replace(/\/+$/, '')}/v1/events?${query.toString()}`;
    const { status, body } = await getOnce(url, token, AbortSignal.any([signal, AbortSignal.timeout((wait + 15) * 1000)]));
    if (status === 401) throw new Unauthorized(`GET ${url} answered 401: ${body.slice(0, 300)}`);
    if (status !== 200) throw new Error(`GET ${url} answered ${status}: ${body.slice(0, 300)}`);
    return JSON.parse(body) as FeedPage;
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.abort.signal;
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}

/**
 * One GET on a connection of its own, closed after the answer: a long-poll given up on (stop, timeout) closes its socket,
 * so the producer ends it at once instead of holding it, and a keep-alive socket never delays the producer's shutdown.
 */
function getOnce(url: string, token: string, signal: AbortSignal): Promise<{ status: number; body: string }> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'GET', agent: false, headers: { accept: 'application/json', authorization: `Bearer ${token}`, connection: 'close' }, signal }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
