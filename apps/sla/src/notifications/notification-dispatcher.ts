import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Clock, CLOCK } from '../clock';
import { AccessClient } from './access-client';
import { MAX_ATTEMPTS, retryDelayMs } from './backoff';
import type { DeliveryAttempt, DeliveryStatus, WebhookType } from './delivery.entity';
import { NotificationSettings } from './notification-settings';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './signing';
import { SubscriptionSecrets } from './subscription-secrets';
import { type SendOutcome, WebhookSender } from './webhook-sender';

const EVENT_BATCH = 100;
const DELIVERY_BATCH = 50;
const CONCURRENCY = 8;
/** A claimed delivery is not due again for this long: longer than any POST may take. */
const LEASE_MS = 60_000;

// Rows of other dispatchers are skipped, not waited for: each event is expanded by one of them.
const PENDING_EVENTS = `
SELECT e."id", e."incident_id", e."kind", e."port_urn", p."owner_team_id"
FROM "sla"."incident_events" e LEFT JOIN "sla"."ports" p ON p."urn" = e."port_urn"
WHERE e."dispatched_at" IS NULL ORDER BY e."id" LIMIT $1 FOR UPDATE OF e SKIP LOCKED`;

// One delivery per (event, subscription): an event expanded again (consumers unknown the first time) adds only the new ones.
const EXPAND = `
INSERT INTO "sla"."deliveries" ("event_id", "subscription_id", "type", "incident_id", "status", "attempts", "next_attempt_at", "attempt_log", "created_at")
SELECT $1, s."id", $2, $3, 'pending', 0, $4, '[]'::jsonb, $4 FROM "sla"."subscriptions" s
WHERE s."active" AND s."events" @> jsonb_build_array($2::varchar) AND s."owner" = ANY($5::varchar[]) AND (s."port_urn" IS NULL OR s."port_urn" = $6)
ON CONFLICT ("event_id", "subscription_id") DO NOTHING`;

// Claims due deliveries by pushing their due time past the lease, so that another dispatcher does not send them too.
const CLAIM_DUE = `
WITH due AS (
  UPDATE "sla"."deliveries" d SET "next_attempt_at" = $2
  FROM (SELECT "id" FROM "sla"."deliveries" WHERE "status" = 'pending' AND "next_attempt_at" <= $1 ORDER BY "next_attempt_at", "id" LIMIT $3 FOR UPDATE SKIP LOCKED) c
  WHERE d."id" = c."id"
  RETURNING d."id", d."type", d."attempts", d."subscription_id", d."event_id"
)
SELECT due."id", due."type", due."attempts", due."subscription_id", s."url", s."secret_encrypted", e."payload", e."port_urn", p."port_name", p."owner_team_id", p."domain", p."product", p."product_version"
FROM due
JOIN "sla"."subscriptions" s ON s."id" = due."subscription_id"
JOIN "sla"."incident_events" e ON e."id" = due."event_id"
LEFT JOIN "sla"."ports" p ON p."urn" = e."port_urn"`;

const RECORD = `
UPDATE "sla"."deliveries" SET "attempts" = "attempts" + 1, "status" = $2, "next_attempt_at" = $3, "last_status" = $4, "last_error" = $5,
  "delivered_at" = $6, "attempt_log" = "attempt_log" || $7::jsonb
WHERE "id" = $1`;

interface EventRow {
  id: string;
  incident_id: string;
  kind: 'opened' | 'closed';
  port_urn: string;
  owner_team_id: string | null;
}

interface DueRow {
  id: string;
  type: WebhookType;
  attempts: number;
  subscription_id: string;
  url: string;
  secret_encrypted: string;
  payload: Record<string, unknown>;
  port_urn: string;
  port_name: string | null;
  owner_team_id: string | null;
  domain: string | null;
  product: string | null;
  product_version: string | null;
}

/** What one run did: events expanded into deliveries, and POSTs made. */
export interface DispatchRun {
  events: number;
  attempts: number;
}

/** What a receiver gets. */
export interface WebhookBody {
  type: WebhookType;
  incident: Record<string, unknown>;
  port: { urn: string; name: string | null; ownerTeamId: string | null };
  product: { domain: string | null; name: string | null; version: string | null };
}

/**
 * Turns the incident events into deliveries to the subscriptions concerned, then POSTs the deliveries that are due,
 * a few at a time, each on its own: a slow or failing receiver delays no other.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationDispatcher');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessClient,
    private readonly sender: WebhookSender,
    private readonly settings: NotificationSettings,
    private readonly secrets: SubscriptionSecrets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.dispatcher) this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: expand the pending events, then send what is due. */
  async runOnce(): Promise<DispatchRun> {
    const events = await this.db.transaction((manager) => this.expand(manager));
    const attempts = await this.sendDue();
    return { events, attempts };
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((error: unknown) => this.logger.error(`dispatch failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule();
        });
    }, this.settings.intervalMs);
  }

  /**
   * Owners are always notified; consumers only once the access service has said who they are. Until then the event
   * stays pending, to be expanded again for them on a later run.
   */
  private async expand(manager: EntityManager): Promise<number> {
    const events = (await manager.query(PENDING_EVENTS, [EVENT_BATCH])) as EventRow[];
    const now = this.clock.now();
    const consumersOf = new Map<string, Promise<string[] | undefined>>();
    const dispatched: string[] = [];
    for (const event of events) {
      if (!consumersOf.has(event.port_urn)) consumersOf.set(event.port_urn, this.consumers(event.port_urn));
      const consumers = await consumersOf.get(event.port_urn);
      const recipients = [...(event.owner_team_id ? [`team:${event.owner_team_id}`] : []), ...(consumers ?? [])];
      if (recipients.length > 0) await manager.query(EXPAND, [event.id, `incident.${event.kind}`, event.incident_id, now, recipients, event.port_urn]);
      if (consumers !== undefined) dispatched.push(event.id);
    }
    if (dispatched.length > 0) await manager.query(`UPDATE "sla"."incident_events" SET "dispatched_at" = $2 WHERE "id" = ANY($1::bigint[])`, [dispatched, now]);
    return dispatched.length;
  }

  private consumers(portUrn: string): Promise<string[] | undefined> {
    return this.access.consumersOf(portUrn).catch((error: unknown) => {
      this.logger.warn(`consumers of ${portUrn} will be notified later: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  }

  private async sendDue(): Promise<number> {
    const now = this.clock.now();
    const due = (await this.db.query(CLAIM_DUE, [now, new Date(now.getTime() + LEASE_MS), DELIVERY_BATCH])) as DueRow[];
    let next = 0;
    const worker = async () => {
      while (next < due.length) await this.attempt(due[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, worker));
    return due.length;
  }

  private async attempt(row: DueRow): Promise<void> {
    const body = JSON.stringify(webhookBody(row));
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const secret = this.secretOf(row);
    const outcome =
      secret === undefined
        ? { ok: false, status: null, error: 'the subscription’s secret cannot be decrypted with SLA_SECRET_KEY: set the key it was stored under, or give the subscription a new secret (PATCH)' }
        : await this.sender
            .post(row.url, { [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body) }, body)
            .catch((error: unknown): SendOutcome => ({ ok: false, status: null, error: error instanceof Error ? error.message : String(error) }));
    await this.record(row, outcome).catch((error: unknown) => this.logger.error(`delivery ${row.id} not recorded: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Undefined when the key changed since the secret was stored: the attempt fails with the reason, nothing is sent unsigned. */
  private secretOf(row: DueRow): string | undefined {
    try {
      return this.secrets.open(row.subscription_id, row.secret_encrypted);
    } catch {
      return undefined;
    }
  }

  private async record(row: DueRow, outcome: SendOutcome): Promise<void> {
    const now = this.clock.now();
    const attempts = row.attempts + 1;
    const status: DeliveryStatus = outcome.ok ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
    const nextAttemptAt = status === 'pending' ? new Date(now.getTime() + retryDelayMs(attempts)) : now;
    const logged: DeliveryAttempt = { at: now.toISOString(), status: outcome.status, error: outcome.error?.slice(0, 1000) ?? null };
    await this.db.query(RECORD, [row.id, status, nextAttemptAt, outcome.status, logged.error, outcome.ok ? now : null, JSON.stringify([logged])]);
  }
}

/** The body POSTed: the incident as the service answers it, with its port and product. */
export function webhookBody(row: Pick<DueRow, 'type' | 'payload' | 'port_urn' | 'port_name' | 'owner_team_id' | 'domain' | 'product' | 'product_version'>): WebhookBody {
  // urn:meshwork:<domain>:<product>:<port>:v<major>, for a port the service no longer lists.
  const [, , domain, product, port] = row.port_urn.split(':');
  return {
    type: row.type,
    incident: row.payload,
    port: { urn: row.port_urn, name: row.port_name ?? port ?? null, ownerTeamId: row.owner_team_id },
    product: { domain: row.domain ?? domain ?? null, name: row.product ?? product ?? null, version: row.product_version },
  };
}
