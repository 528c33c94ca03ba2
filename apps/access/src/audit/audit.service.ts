import { createHmac, timingSafeEqual } from 'node:crypto';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, pageWindow, type Page, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ACCESS_SETTINGS, type AccessSettings } from '../settings';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';
import type { AuditQueryDto } from './audit.dto';
import type { LocalDecisionDto } from './local-decisions.dto';

/** Where a change came from: the client's address and the request id of the call. */
export interface AuditSource {
  ip: string | null;
  requestId: string | null;
}

/** Who made a change and where the call came from. */
export interface AuditContext {
  actor: string;
  source?: AuditSource;
}

export type AuditOutcome = 'success' | 'denied' | 'allow' | 'deny';

export interface AuditRecord {
  /** Principal id, or `anonymous`. */
  actor: string;
  action: string;
  resource: string;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
  source?: AuditSource;
  /** Alike events a client already counted before reporting them (local decisions): how many, and when the first and last happened. */
  tally?: AuditTally;
}

export interface AuditTally {
  count: number;
  firstAt: Date;
  lastAt: Date;
}

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstBrokenSequence?: number;
  reason?: string;
}

/** Key of the transaction-level advisory lock that serialises appends to the chain. */
const CHAIN_LOCK_KEY = 7_261_590_031;
const VERIFY_BATCH = 1000;
/** Most entries one export answers; narrow the filters (from/to) for more. */
export const EXPORT_CAP = 100_000;
/** Most queued entries written in one transaction. */
export const FLUSH_BATCH = 200;
/** Past this many queued entries, whoever queues more waits until the queue is written. */
export const QUEUE_LIMIT = 20_000;
/** Decisions alike made within this many milliseconds are recorded as one entry with a count. */
export const COALESCE_WINDOW_MS = 1_000;
/** Set on a transaction's query runner when it records a change, so the decision view knows to read again. */
export const CHANGES_ACCESS = 'meshworkChangesAccess';

interface QueuedRecord extends AuditRecord {
  occurredAt: Date;
}

const COLUMNS = '"sequence", "occurred_at", "actor", "action", "resource", "outcome", "details", "source_ip", "request_id", "prev_hash", "hash"';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

@Injectable()
export class AuditService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditService.name);
  private queue: QueuedRecord[] = [];
  private flushing: Promise<void> | undefined;
  private window = new Map<string, QueuedRecord & { count: number; firstAt?: Date; lastAt: Date }>();
  private windowTimer: NodeJS.Timeout | undefined;
  private readonly headKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ACCESS_SETTINGS) settings: AccessSettings,
    private readonly access: AccessControl,
  ) {
    this.headKey = createHmac('sha256', settings.keySecret).update('meshwork audit head v1').digest();
  }

  /** A chain written before heads were sealed gets its head sealed now, trusted as it stands. */
  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
      const [sealed] = (await manager.query('SELECT 1 FROM "access"."audit_head" WHERE "id" = 1')) as unknown[];
      if (sealed) return;
      const [head] = (await manager.query('SELECT "sequence", "hash" FROM "access"."audit_events" ORDER BY "sequence" DESC LIMIT 1')) as { sequence: string; hash: string }[];
      if (!head) return;
      this.logger.warn(`Sealing the head of an audit chain written without one, at entry ${head.sequence}: entries up to it are trusted as they stand`);
      await this.seal(manager, head.sequence, head.hash);
    });
  }

  private macOf(sequence: string, hash: string): string {
    return createHmac('sha256', this.headKey).update(`${sequence}:${hash}`).digest('hex');
  }

  private async seal(manager: EntityManager, sequence: string, hash: string): Promise<void> {
    await manager.query(
      'INSERT INTO "access"."audit_head" ("id", "sequence", "hash", "mac") VALUES (1, $1, $2, $3) ON CONFLICT ("id") DO UPDATE SET "sequence" = EXCLUDED."sequence", "hash" = EXCLUDED."hash", "mac" = EXCLUDED."mac"',
      [sequence, hash, this.macOf(sequence, hash)],
    );
  }

  /**
   * Appends an entry to the chain inside the given transaction (or a new one), so it commits or rolls back with the
   * change it records. The advisory lock is held until that transaction ends: concurrent writers queue, never fork.
   */
  async append(record: AuditRecord, manager?: EntityManager): Promise<AuditEventEntity> {
    if (!manager) return this.dataSource.transaction((m) => this.append(record, m));
    if (manager.queryRunner) (manager.queryRunner.data as Record<string, unknown>)[CHANGES_ACCESS] = true;
    const [entry] = await this.chain(manager, [{ ...record, occurredAt: new Date() }]);
    return entry;
  }

  /**
   * Queues entries that record no change (decisions, refusals): the caller does not wait for the database. They are
   * written in order, in batches, as soon as the previous batch is written; a failed write is tried again, and
   * shutdown waits for the queue. Reading the log through this service first waits for what is queued.
   *
   * With `coalesce`, entries alike in actor, action, resource, outcome, details and client address made within one
   * COALESCE_WINDOW_MS window become one entry whose details add `count` and `lastAt` (and whose request id is the
   * first one's): every decision is still counted, but a client asking the same question a thousand times a second
   * writes one row, not a thousand. Records carrying a `tally` (counted by the client) add its count, and the entry
   * keeps the earliest `firstAt` and latest `lastAt` the client reported instead of the server's time.
   */
  async appendLater(records: AuditRecord[], options: { coalesce?: boolean } = {}): Promise<void> {
    const now = new Date();
    if (options.coalesce) {
      for (const record of records) {
        const key = JSON.stringify([record.actor, record.action, record.resource, record.outcome, record.details ?? null, record.source?.ip ?? null]);
        const open = this.window.get(key);
        const { tally, ...rest } = record;
        if (open) {
          open.count += tally?.count ?? 1;
          if (tally && open.firstAt !== undefined) {
            if (tally.firstAt < open.firstAt) open.firstAt = tally.firstAt;
            if (tally.lastAt > open.lastAt) open.lastAt = tally.lastAt;
          } else open.lastAt = now;
        } else if (tally) {
          this.window.set(key, { ...rest, occurredAt: now, count: tally.count, firstAt: tally.firstAt, lastAt: tally.lastAt });
        } else {
          this.window.set(key, { ...rest, occurredAt: now, count: 1, lastAt: now });
        }
      }
      if (this.window.size >= FLUSH_BATCH) this.closeWindow();
      else if (!this.windowTimer) {
        this.windowTimer = setTimeout(() => this.closeWindow(), COALESCE_WINDOW_MS);
        this.windowTimer.unref();
      }
      if (this.queue.length > QUEUE_LIMIT) await this.flush();
      return;
    }
    for (const record of records) this.queue.push({ ...record, occurredAt: now });
    const flushing = this.flush();
    if (this.queue.length > QUEUE_LIMIT) await flushing;
  }

  /**
   * Decisions the SDK made in-process, taken into the log as `decision` entries with `source: 'local'`, coalesced like
   * the service's own decisions. Each must be about a principal the caller may ask decisions about: itself, or anyone
   * for a platform admin; one that is not refuses the whole batch, naming it.
   */
  async recordLocalDecisions(actor: Actor, decisions: LocalDecisionDto[], source: AuditSource): Promise<number> {
    const refused = decisions.findIndex((d) => !this.access.can(actor, 'create', subject('Decision', { principalId: d.principalId })));
    if (refused >= 0) {
      throw new PlatformError(
        PlatformErrorCode.FORBIDDEN,
        `Principal '${actor.id}' may not report decisions about principal '${decisions[refused].principalId}' (/decisions/${refused}/principalId): only that principal or a platform admin may.`,
      );
    }
    const records = decisions.map((d): AuditRecord => {
      const details: Record<string, unknown> = { source: 'local', principalId: d.principalId, action: d.action, bundleEtag: d.bundleEtag };
      if (d.purpose !== undefined) details.purpose = d.purpose.slice(0, 200);
      if (d.grantId !== undefined) details.grantId = d.grantId;
      const firstAt = new Date(d.decidedAt);
      return { actor: actor.id, action: 'decision', resource: d.resource, outcome: d.decision, details, source, tally: { count: d.count ?? 1, firstAt, lastAt: d.lastDecidedAt === undefined ? firstAt : new Date(d.lastDecidedAt) } };
    });
    await this.appendLater(records, { coalesce: true });
    return records.length;
  }

  /** Moves the coalesced entries of the current window to the queue and starts writing them. */
  private closeWindow(): void {
    clearTimeout(this.windowTimer);
    this.windowTimer = undefined;
    if (this.window.size === 0) return;
    for (const { count, firstAt, lastAt, ...record } of this.window.values()) {
      const times = firstAt === undefined ? { lastAt: lastAt.toISOString() } : { firstAt: firstAt.toISOString(), lastAt: lastAt.toISOString() };
      this.queue.push({ ...record, details: { ...record.details, count, ...times } });
    }
    this.window = new Map();
    void this.flush();
  }

  /** Resolves once everything queued so far (the open coalescing window included) is written. */
  flush(): Promise<void> {
    if (this.window.size > 0) this.closeWindow();
    if (this.queue.length === 0) return this.flushing ?? Promise.resolve();
    this.flushing ??= this.writeQueue().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async writeQueue(): Promise<void> {
    let failures = 0;
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, FLUSH_BATCH);
      try {
        await this.dataSource.transaction((manager) => this.chain(manager, batch));
        this.queue.splice(0, batch.length);
        failures = 0;
      } catch (error) {
        failures += 1;
        if (!this.dataSource.isInitialized) {
          this.logger.error(`${this.queue.length} audit entries could not be written: the database is closed (${(error as Error).message})`);
          return;
        }
        this.logger.error(`Writing ${batch.length} audit entries failed (attempt ${failures}), trying again: ${(error as Error).message}`);
        await sleep(Math.min(5_000, 100 * 2 ** failures));
      }
    }
  }

  /** Writes the entries after the chain's head, in one statement, under the chain lock. */
  private async chain(manager: EntityManager, records: QueuedRecord[]): Promise<AuditEventEntity[]> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const head = (await manager.query('SELECT "sequence", "hash" FROM "access"."audit_events" ORDER BY "sequence" DESC LIMIT 1')) as { sequence: string; hash: string }[];
    let sequence = head.length === 0 ? 0n : BigInt(head[0].sequence);
    let prevHash = head.length === 0 ? GENESIS_HASH : head[0].hash;
    const entries = records.map((record) => {
      const entry = new AuditEventEntity();
      sequence += 1n;
      entry.sequence = String(sequence);
      entry.occurredAt = record.occurredAt;
      entry.actor = record.actor;
      entry.action = record.action;
      entry.resource = record.resource;
      entry.outcome = record.outcome;
      entry.details = record.details ?? {};
      entry.sourceIp = record.source?.ip ?? null;
      entry.requestId = record.source?.requestId ?? null;
      entry.prevHash = prevHash;
      entry.hash = auditHash(entry);
      prevHash = entry.hash;
      return entry;
    });
    // One JSON parameter for the whole batch: serialised natively, where array parameters are escaped value by value.
    const rows = entries.map((e) => ({
      sequence: e.sequence,
      occurred_at: e.occurredAt,
      actor: e.actor,
      action: e.action,
      resource: e.resource,
      outcome: e.outcome,
      details: e.details,
      source_ip: e.sourceIp,
      request_id: e.requestId,
      prev_hash: e.prevHash,
      hash: e.hash,
    }));
    await manager.query(
      `INSERT INTO "access"."audit_events" (${COLUMNS}) SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r("sequence" bigint, "occurred_at" timestamptz, "actor" varchar, "action" varchar, "resource" varchar, "outcome" varchar, "details" jsonb, "source_ip" varchar, "request_id" varchar, "prev_hash" char(64), "hash" char(64))`,
      [JSON.stringify(rows)],
    );
    const last = entries[entries.length - 1];
    await this.seal(manager, last.sequence, last.hash);
    return entries;
  }

  async list(query: AuditQueryDto): Promise<Page<AuditEventEntity>> {
    await this.flush();
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.filtered(query).orderBy('e.sequence', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  /** The entries matching the filters in chain order, read a page at a time, at most EXPORT_CAP. */
  async *export(query: AuditQueryDto): AsyncGenerator<AuditEventEntity> {
    await this.flush();
    let after = '0';
    let sent = 0;
    while (sent < EXPORT_CAP) {
      const batch = await this.filtered(query)
        .andWhere('e.sequence > :after', { after })
        .orderBy('e.sequence', 'ASC')
        .take(Math.min(VERIFY_BATCH, EXPORT_CAP - sent))
        .getMany();
      for (const entry of batch) yield entry;
      sent += batch.length;
      if (batch.length < VERIFY_BATCH) return;
      after = batch[batch.length - 1].sequence;
    }
  }

  /** Recomputes every hash in chain order; the first entry that does not hold names where the chain breaks. */
  async verify(): Promise<AuditVerification> {
    await this.flush();
    let expected = 1n;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.sequence >= :from', { from: expected.toString() })
        .orderBy('e.sequence', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      for (const entry of batch) {
        const sequence = BigInt(entry.sequence);
        if (sequence !== expected) return { valid: false, checked, firstBrokenSequence: Number(expected), reason: `entry ${expected} is missing` };
        if (entry.prevHash !== prevHash) return { valid: false, checked, firstBrokenSequence: Number(sequence), reason: `entry ${sequence} does not follow the hash of entry ${sequence - 1n}` };
        if (auditHash(entry) !== entry.hash) return { valid: false, checked, firstBrokenSequence: Number(sequence), reason: `entry ${sequence} was changed after it was written` };
        prevHash = entry.hash;
        expected += 1n;
        checked += 1;
      }
      if (batch.length < VERIFY_BATCH) break;
    }
    return this.checkHead(checked, prevHash);
  }

  /** The sealed head must name the last entry found, with a MAC only the service can make. */
  private async checkHead(checked: number, lastHash: string): Promise<AuditVerification> {
    const [head] = (await this.dataSource.query('SELECT "sequence", "hash", "mac" FROM "access"."audit_head" WHERE "id" = 1')) as { sequence: string; hash: string; mac: string }[];
    const broken = (reason: string, firstBrokenSequence?: number): AuditVerification => ({ valid: false, checked, ...(firstBrokenSequence === undefined ? {} : { firstBrokenSequence }), reason });
    if (!head) return checked === 0 ? { valid: true, checked } : broken('the sealed head of the chain is missing');
    const expected = Buffer.from(this.macOf(head.sequence, head.hash), 'hex');
    const found = Buffer.from(head.mac, 'hex');
    if (found.length !== expected.length || !timingSafeEqual(found, expected)) return broken('the head of the chain was rewritten: its seal does not match');
    const sealed = BigInt(head.sequence);
    if (sealed > BigInt(checked)) return broken(`entries ${checked + 1} to ${sealed} are missing: the sealed head names entry ${sealed}`, checked + 1);
    if (sealed < BigInt(checked) || head.hash !== lastHash) return broken(`the chain does not end at its sealed head (entry ${sealed})`, Number(sealed) + 1);
    return { valid: true, checked };
  }

  private filtered(query: AuditQueryDto): SelectQueryBuilder<AuditEventEntity> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (query.principal !== undefined) qb.andWhere('e.actor = :actor', { actor: query.principal });
    if (query.resource !== undefined) qb.andWhere('e.resource = :resource', { resource: query.resource });
    if (query.action !== undefined) qb.andWhere('e.action = :action', { action: query.action });
    if (query.from !== undefined) qb.andWhere('e.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to !== undefined) qb.andWhere('e.occurred_at < :to', { to: new Date(query.to) });
    return qb;
  }
}
