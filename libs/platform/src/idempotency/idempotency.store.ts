import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import { IDEMPOTENCY_LOCK_SECONDS, IDEMPOTENCY_TTL_SECONDS } from './idempotency-key';

export const IDEMPOTENCY_TABLE = 'idempotency_keys';
/** Expired keys are removed this often, in batches of PURGE_BATCH rows. */
export const IDEMPOTENCY_PURGE_INTERVAL_MS = 10 * 60 * 1000;
const PURGE_BATCH = 1000;

/** The response headers a replay repeats; the others (dates, request ids, lengths) belong to each answer. */
export const REPLAYED_HEADERS = ['content-type', 'location', 'etag'] as const;

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** A key held by the request running now: only its holder (same token) completes or releases it. */
export interface IdempotencyReservation {
  principalId: string;
  key: string;
  token: string;
}

export type IdempotencyOutcome = { kind: 'run'; reservation: IdempotencyReservation } | { kind: 'replay'; response: StoredResponse };

export interface IdempotentRequest {
  principalId: string;
  key: string;
  method: string;
  path: string;
  fingerprint: string;
}

interface KeyRow {
  fingerprint: string;
  method: string;
  path: string;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: Buffer | null;
}

/**
 * Idempotency keys in the service's own schema (`<schema>.idempotency_keys`), keyed by principal and key. Times are
 * the database's, so that every replica agrees on leases and expiry.
 */
export class IdempotencyStore implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private readonly table: string;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
    private readonly lockSeconds = IDEMPOTENCY_LOCK_SECONDS,
  ) {
    this.table = `"${schema}"."${IDEMPOTENCY_TABLE}"`;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purgeExpired().catch((err: unknown) => this.logger.warn({ err }, 'Could not remove expired idempotency keys')), IDEMPOTENCY_PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Reserves the key for this request, or says what to answer instead: the stored response, 409 or 422. */
  async begin(request: IdempotentRequest): Promise<IdempotencyOutcome> {
    // A row can disappear between the two statements (purged, or released by a failing first request): try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const reservation = await this.reserve(request);
      if (reservation) return { kind: 'run', reservation };
      const rows = await this.dataSource.query<KeyRow[]>(
        `SELECT fingerprint, method, path, response_status, response_headers, response_body FROM ${this.table} WHERE principal_id = $1 AND key = $2`,
        [request.principalId, request.key],
      );
      if (rows.length === 0) continue;
      return { kind: 'replay', response: this.existing(request, rows[0]) };
    }
    throw this.inProgress();
  }

  /** Keeps the response of the request holding the key, for the replays of the next 24 h. */
  async complete(reservation: IdempotencyReservation, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.table} SET response_status = $4, response_headers = $5, response_body = $6, completed_at = now() WHERE principal_id = $1 AND key = $2 AND lock_token = $3`,
      [reservation.principalId, reservation.key, reservation.token, response.status, JSON.stringify(response.headers), response.body],
    );
  }

  /** Frees the key (a 5xx, or a response that cannot be stored), so that a retry runs again. */
  async release(reservation: IdempotencyReservation): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.table} WHERE principal_id = $1 AND key = $2 AND lock_token = $3 AND response_status IS NULL`, [
      reservation.principalId,
      reservation.key,
      reservation.token,
    ]);
  }

  /** Removes expired keys in batches; returns how many. Expired keys are also ignored (and overwritten) when met. */
  async purgeExpired(): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.dataSource.query<unknown[]>(
        `DELETE FROM ${this.table} WHERE ctid IN (SELECT ctid FROM ${this.table} WHERE expires_at <= now() LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED) RETURNING 1`,
      );
      total += deleted.length;
      if (deleted.length < PURGE_BATCH) return total;
    }
  }

  /** Inserts the key, or takes over an expired one or a reservation left by a request that never completed. */
  private async reserve(request: IdempotentRequest): Promise<IdempotencyReservation | undefined> {
    const token = randomUUID();
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO ${this.table} AS k (principal_id, key, fingerprint, method, path, lock_token, locked_at, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now(), now() + make_interval(secs => $7))
       ON CONFLICT (principal_id, key) DO UPDATE SET
         fingerprint = EXCLUDED.fingerprint, method = EXCLUDED.method, path = EXCLUDED.path, lock_token = EXCLUDED.lock_token,
         locked_at = EXCLUDED.locked_at, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
         response_status = NULL, response_headers = NULL, response_body = NULL, completed_at = NULL
       WHERE k.expires_at <= now() OR (k.response_status IS NULL AND k.locked_at <= now() - make_interval(secs => $8))
       RETURNING 1`,
      [request.principalId, request.key, request.fingerprint, request.method, request.path, token, IDEMPOTENCY_TTL_SECONDS, this.lockSeconds],
    );
    return rows.length > 0 ? { principalId: request.principalId, key: request.key, token } : undefined;
  }

  private existing(request: IdempotentRequest, row: KeyRow): StoredResponse {
    if (row.fingerprint !== request.fingerprint) {
      throw new PlatformError(
        PlatformErrorCode.IDEMPOTENCY_KEY_REUSED,
        `Idempotency-Key '${request.key}' was first used for ${row.method} ${row.path} with another body; send a new key for a different request.`,
        [{ location: 'header', pointer: '/idempotency-key', detail: 'already used for a different request' }],
      );
    }
    if (row.response_status === null) throw this.inProgress();
    return { status: row.response_status, headers: row.response_headers ?? {}, body: row.response_body };
  }

  private inProgress(): PlatformError {
    return new PlatformError(
      PlatformErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
      'A request with this Idempotency-Key is still running; retry after a moment to receive its response.',
      undefined,
      { 'retry-after': '1' },
    );
  }
}
