import type { DataSource } from 'typeorm';
import { MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { type OutboundRules, resolveOutbound } from './outbound-address';
import { sendPinned } from './outbound-request';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './signing';

export const WEBHOOK_TIMEOUT_MS = 5000;
const MAX_ERROR_BODY = 500;
const DEFAULT_BATCH = 50;
const DEFAULT_CONCURRENCY = 8;
/** A claimed delivery is not due again for this long: longer than any POST may take. */
const DEFAULT_LEASE_MS = 60_000;

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One attempt to POST a delivery, kept in its log. */
export interface DeliveryAttempt {
  at: string;
  status: number | null;
  error: string | null;
}

/** The outcome of one POST: the HTTP status when there was an answer, and why it failed otherwise. */
export interface SendOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * POSTs a webhook: the host is resolved and checked under the rules again (its addresses may have changed since the
 * subscription), the connection goes to the checked address, redirects are not followed, 5 s at most.
 */
export async function postWebhook(rawUrl: string, headers: Record<string, string>, body: string, rules: OutboundRules, userAgent = 'meshwork'): Promise<SendOutcome> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: null, error: 'the URL is not an absolute URL' };
  }
  const verdict = await resolveOutbound(url.hostname, rules);
  if (!verdict.allowed) return { ok: false, status: null, error: `refused: ${verdict.reason}` };
  try {
    const response = await sendPinned(url, verdict.addresses[0], {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxBodyBytes: MAX_ERROR_BODY,
      userAgent,
    });
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, error: null };
    const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
    return { ok: false, status: response.status, error: `answered ${response.status}${redirect}${response.text ? `: ${response.text}` : ''}` };
  } catch (error) {
    return { ok: false, status: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A claimed delivery, made ready to send: where, what, and the key to sign it with (undefined: the reason it cannot be signed). */
export interface PreparedDelivery {
  url: string;
  body: string;
  secret: string | undefined;
  /** Why there is no secret; the attempt fails with it and nothing is sent unsigned. */
  secretError?: string;
}

/**
 * The delivery log a service keeps in one table of its schema: the columns `id`, `status` (`pending`, `delivered`,
 * `failed`), `attempts`, `next_attempt_at`, `last_status`, `last_error`, `delivered_at`, `attempt_log` (jsonb array of
 * DeliveryAttempt), beside whatever the service adds to know what to send.
 */
export interface WebhookDeliveryLog {
  dataSource: DataSource;
  /** Quoted, schema-qualified: `"sla"."deliveries"`. */
  table: string;
  now: () => Date;
  /** Loads what to send for the claimed deliveries; an id left out is recorded as failed-for-now and retried. */
  prepare: (ids: string[]) => Promise<Map<string, PreparedDelivery>>;
  post: (url: string, headers: Record<string, string>, body: string) => Promise<SendOutcome>;
  batch?: number;
  concurrency?: number;
  leaseMs?: number;
  onRecordError?: (id: string, error: unknown) => void;
}

interface ClaimedRow {
  id: string;
  attempts: number;
}

/**
 * Sends the deliveries that are due, once each across replicas: a batch is claimed with FOR UPDATE SKIP LOCKED by
 * pushing its due time past a lease, then POSTed a few at a time, each on its own (a slow or dead receiver delays no
 * other), signed (`X-Meshwork-Timestamp`, `X-Meshwork-Signature: sha256=HMAC("<ts>.<body>")`), and each attempt is
 * appended to the delivery's log; a failed one is due again after the backoff, until MAX_ATTEMPTS. Answers how many
 * POSTs were attempted.
 */
export async function sendDueDeliveries(log: WebhookDeliveryLog): Promise<number> {
  const now = log.now();
  const rows = (await log.dataSource.query(
    `WITH due AS (
       UPDATE ${log.table} d SET "next_attempt_at" = $2
       FROM (SELECT "id" FROM ${log.table} WHERE "status" = 'pending' AND "next_attempt_at" <= $1 ORDER BY "next_attempt_at", "id" LIMIT $3 FOR UPDATE SKIP LOCKED) c
       WHERE d."id" = c."id" RETURNING d."id", d."attempts", d."next_attempt_at")
     SELECT "id", "attempts" FROM due`,
    [now, new Date(now.getTime() + (log.leaseMs ?? DEFAULT_LEASE_MS)), log.batch ?? DEFAULT_BATCH],
  )) as ClaimedRow[];
  if (rows.length === 0) return 0;
  const prepared = await log.prepare(rows.map((r) => r.id));
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const row = rows[next++];
      const outcome = await attempt(log, prepared.get(row.id));
      await record(log, row, outcome).catch((error: unknown) => log.onRecordError?.(row.id, error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(log.concurrency ?? DEFAULT_CONCURRENCY, rows.length) }, worker));
  return rows.length;
}

async function attempt(log: WebhookDeliveryLog, delivery: PreparedDelivery | undefined): Promise<SendOutcome> {
  if (!delivery) return { ok: false, status: null, error: 'the delivery’s subscription or event could not be read' };
  if (delivery.secret === undefined) return { ok: false, status: null, error: delivery.secretError ?? 'the subscription’s secret cannot be read' };
  const timestamp = Math.floor(log.now().getTime() / 1000);
  return log
    .post(delivery.url, { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(delivery.secret, timestamp, delivery.body) }, delivery.body)
    .catch((error: unknown): SendOutcome => ({ ok: false, status: null, error: error instanceof Error ? error.message : String(error) }));
}

async function record(log: WebhookDeliveryLog, row: ClaimedRow, outcome: SendOutcome): Promise<void> {
  const now = log.now();
  const attempts = row.attempts + 1;
  const status: DeliveryStatus = outcome.ok ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
  const nextAttemptAt = status === 'pending' ? new Date(now.getTime() + retryDelayMs(attempts)) : now;
  const logged: DeliveryAttempt = { at: now.toISOString(), status: outcome.status, error: outcome.error?.slice(0, 1000) ?? null };
  await log.dataSource.query(
    `UPDATE ${log.table} SET "attempts" = "attempts" + 1, "status" = $2, "next_attempt_at" = $3, "last_status" = $4, "last_error" = $5, "delivered_at" = $6, "attempt_log" = "attempt_log" || $7::jsonb WHERE "id" = $1`,
    [row.id, status, nextAttemptAt, outcome.status, logged.error, outcome.ok ? now : null, JSON.stringify([logged])],
  );
}
