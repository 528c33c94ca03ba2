import { Injectable } from '@nestjs/common';
import { pageWindow, type Page } from '@meshwork/platform';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';
import type { AuditQueryDto } from './audit.dto';

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

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends an entry to the chain inside the given transaction (or a new one), so it commits or rolls back with the
   * change it records. The advisory lock is held until that transaction ends: concurrent writers queue, never fork.
   */
  async append(record: AuditRecord, manager?: EntityManager): Promise<AuditEventEntity> {
    if (!manager) return this.dataSource.transaction((m) => this.append(record, m));
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const head = (await manager.query('SELECT "sequence", "hash" FROM "access"."audit_events" ORDER BY "sequence" DESC LIMIT 1')) as { sequence: string; hash: string }[];
    const entry = new AuditEventEntity();
    entry.sequence = String(head.length === 0 ? 1n : BigInt(head[0].sequence) + 1n);
    entry.occurredAt = new Date();
    entry.actor = record.actor;
    entry.action = record.action;
    entry.resource = record.resource;
    entry.outcome = record.outcome;
    entry.details = record.details ?? {};
    entry.sourceIp = record.source?.ip ?? null;
    entry.requestId = record.source?.requestId ?? null;
    entry.prevHash = head.length === 0 ? GENESIS_HASH : head[0].hash;
    entry.hash = auditHash(entry);
    await manager.query(
      'INSERT INTO "access"."audit_events" ("sequence", "occurred_at", "actor", "action", "resource", "outcome", "details", "source_ip", "request_id", "prev_hash", "hash") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
      [entry.sequence, entry.occurredAt, entry.actor, entry.action, entry.resource, entry.outcome, JSON.stringify(entry.details), entry.sourceIp, entry.requestId, entry.prevHash, entry.hash],
    );
    return entry;
  }

  /** Appends several entries in one transaction, in the order given. */
  async appendAll(records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      for (const record of records) await this.append(record, manager);
    });
  }

  async list(query: AuditQueryDto): Promise<Page<AuditEventEntity>> {
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.filtered(query).orderBy('e.sequence', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  /** The entries matching the filters in chain order, read a page at a time, at most EXPORT_CAP. */
  async *export(query: AuditQueryDto): AsyncGenerator<AuditEventEntity> {
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
      if (batch.length < VERIFY_BATCH) return { valid: true, checked };
    }
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
