import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type CloudEvent, EventOutbox, eventType, FeedConsumer, type FeedEvent, type PreparedDelivery, sendDueDeliveries } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { type Clock, CLOCK } from '../clock';
import { PeriodicPass } from '../periodic-pass';
import { AccessProjection } from '../events/access-projection';
import { breakingChangeOf, breakingChangeBody } from './breaking-change';
import { filterEntriesFor } from './event-filter';
import { NotificationSettings } from './notification-settings';
import { SubscriptionSecrets } from './subscription-secrets';
import { WebhookSender } from './webhook-sender';

const EVENT_BATCH = 100;
const VERSION_ADDED = eventType('catalog', 'contract.version-added');

/** The facts the dispatcher reads from the service's own outbox (sla.events), with its cursor in sla.feed_cursors. */
export const INCIDENT_NOTIFICATIONS_FEED = 'sla:incident-notifications';
const INCIDENT_OPENED = eventType('sla', 'incident.opened');
const INCIDENT_CLOSED = eventType('sla', 'incident.closed');

const PORT_OF = `SELECT "port_name", "owner_team_id", "domain", "product", "product_version" FROM "sla"."ports" WHERE "urn" = $1`;

// One delivery per (event, subscription): an event handled again (after a crash) adds none twice.
const EXPAND = `
INSERT INTO "sla"."deliveries" ("origin", "event_id", "subscription_id", "type", "incident_id", "body", "status", "attempts", "next_attempt_at", "attempt_log", "created_at")
SELECT 'incident', $1, s."id", $2, $3, $4::jsonb, 'pending', 0, $5, '[]'::jsonb, $5 FROM "sla"."subscriptions" s
WHERE s."active" AND s."events" @> jsonb_build_array($2::varchar) AND s."owner" = ANY($6::varchar[]) AND (s."port_urn" IS NULL OR s."port_urn" = $7)
ON CONFLICT ("origin", "event_id", "subscription_id", "type") DO NOTHING`;

// What a claimed delivery needs to be sent: its subscription and the body composed when its event was expanded.
const PREPARE = `
SELECT d."id", d."body", d."subscription_id", s."url", s."secret_encrypted"
FROM "sla"."deliveries" d JOIN "sla"."subscriptions" s ON s."id" = d."subscription_id"
WHERE d."id" = ANY($1::uuid[])`;

// Feed events not expanded yet; other dispatchers' rows are skipped.
const PENDING_FEED_EVENTS = `
SELECT "id", "type", "subject", "event", "created_at" FROM "sla"."webhook_events" WHERE "dispatched_at" IS NULL ORDER BY "id" LIMIT $1 FOR UPDATE SKIP LOCKED`;

// A feed event to every active subscription whose filter names its type (or a pattern of it), made after the event,
// without a port or with a port the event is about (subject the port's URN, its product's, or the product's URN#…).
const EXPAND_FEED = `
INSERT INTO "sla"."deliveries" ("origin", "event_id", "subscription_id", "type", "incident_id", "body", "status", "attempts", "next_attempt_at", "attempt_log", "created_at")
SELECT 'feed', $1, s."id", $2, NULL, $3::jsonb, 'pending', 0, $4, '[]'::jsonb, $4 FROM "sla"."subscriptions" s
WHERE s."active" AND s."events" ?| $5::text[] AND s."created_at" <= $6
  AND (s."port_urn" IS NULL OR $7 = s."port_urn" OR $7 = regexp_replace(s."port_urn", ':[^:]+:v[0-9]+$', '') OR starts_with($7, regexp_replace(s."port_urn", ':[^:]+:v[0-9]+$', '') || '#'))
ON CONFLICT ("origin", "event_id", "subscription_id", "type") DO NOTHING`;

// A breaking change to the subscriptions of the old major's grant holders (made before it), for that port or every port.
const EXPAND_BREAKING = `
INSERT INTO "sla"."deliveries" ("origin", "event_id", "subscription_id", "type", "incident_id", "body", "status", "attempts", "next_attempt_at", "attempt_log", "created_at")
SELECT 'feed', $1, s."id", 'contract.breaking-change', NULL, $2::jsonb, 'pending', 0, $3, '[]'::jsonb, $3 FROM "sla"."subscriptions" s
WHERE s."active" AND s."events" @> '["contract.breaking-change"]'::jsonb AND s."owner" = ANY($4::varchar[]) AND (s."port_urn" IS NULL OR s."port_urn" = $5) AND s."created_at" <= $6
ON CONFLICT ("origin", "event_id", "subscription_id", "type") DO NOTHING`;

interface PortRow {
  port_name: string | null;
  owner_team_id: string | null;
  domain: string | null;
  product: string | null;
  product_version: string | null;
}

interface FeedEventRow {
  id: string;
  type: string;
  subject: string;
  event: CloudEvent;
  created_at: Date;
}

interface DueRow {
  id: string;
  body: Record<string, unknown> | null;
  subscription_id: string;
  url: string;
  secret_encrypted: string;
}

/** What one run did: events expanded into deliveries, and POSTs made. */
export interface DispatchRun {
  events: number;
  attempts: number;
}

/** What a receiver of an incident gets. */
export interface WebhookBody {
  type: string;
  incident: Record<string, unknown>;
  port: { urn: string; name: string | null; ownerTeamId: string | null };
  product: { domain: string | null; name: string | null; version: string | null };
}

/**
 * Turns the incident facts of the service's own feed (incident.opened / incident.closed in sla.events, read with the
 * cursor `sla:incident-notifications`) and the events kept from the feeds into deliveries to the subscriptions
 * concerned, then POSTs the deliveries that are due, a few at a time, each on its own: a slow or failing receiver
 * delays no other. One replica at a time reads the incident facts (the feed's advisory lock); each is expanded in the
 * transaction that moves the cursor past it, and a delivery is made once per (event, subscription, type), so an event
 * read again after a crash is not notified twice.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationDispatcher');
  private readonly loop = new PeriodicPass(this.logger, 'dispatch failed', () => this.runOnce());
  readonly incidents: FeedConsumer;

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessProjection,
    private readonly sender: WebhookSender,
    private readonly settings: NotificationSettings,
    private readonly secrets: SubscriptionSecrets,
    @Inject(CLOCK) private readonly clock: Clock,
    outbox: EventOutbox,
  ) {
    this.incidents = new FeedConsumer({
      name: INCIDENT_NOTIFICATIONS_FEED,
      schema: 'sla',
      dataSource: db,
      outbox,
      types: [INCIDENT_OPENED, INCIDENT_CLOSED],
      handle: (event, manager) => this.expandIncident(event, manager),
    });
  }

  onApplicationBootstrap(): void {
    if (this.settings.dispatcher) this.loop.start(this.settings.intervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
    await this.incidents.stop();
  }

  /** One pass: expand the new incident facts and the pending feed events, then send what is due. */
  async runOnce(): Promise<DispatchRun> {
    const incidents = await this.incidents.drain().catch((error: unknown) => {
      this.logger.warn(`incident facts will be notified later: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
    const feed = await this.db.transaction((manager) => this.expandFeed(manager));
    const attempts = await sendDueDeliveries({
      dataSource: this.db,
      table: '"sla"."deliveries"',
      now: () => this.clock.now(),
      prepare: (ids) => this.prepare(ids),
      post: (url, headers, body) => this.sender.post(url, headers, body),
      onRecordError: (id, error) => this.logger.error(`delivery ${id} not recorded: ${error instanceof Error ? error.message : String(error)}`),
    });
    return { events: incidents + feed, attempts };
  }

  /**
   * One incident fact to the subscriptions of the port's owner team and of every consumer holding a grant on the port
   * (the subscriptions asking for the fact's type) as SLA monitoring knows them from the access service's feed, with
   * the body composed now.
   */
  private async expandIncident(event: FeedEvent, manager: EntityManager): Promise<void> {
    const incident = (event.data as { incident?: Record<string, unknown> }).incident;
    const portUrn = incident?.portUrn;
    if (!incident || typeof portUrn !== 'string' || typeof incident.id !== 'string') {
      this.logger.warn(`Passed over ${event.type} ${event.id}: it names no incident and port`);
      return;
    }
    const type = event.type === INCIDENT_OPENED ? 'incident.opened' : 'incident.closed';
    const [port] = (await manager.query(PORT_OF, [portUrn])) as PortRow[];
    const consumers = await this.access.consumersOf(portUrn, new Date(event.time), manager);
    const recipients = [...(port?.owner_team_id ? [`team:${port.owner_team_id}`] : []), ...consumers];
    if (recipients.length === 0) return;
    const body = webhookBody({ type, port_urn: portUrn, payload: incident, port_name: port?.port_name ?? null, owner_team_id: port?.owner_team_id ?? null, domain: port?.domain ?? null, product: port?.product ?? null, product_version: port?.product_version ?? null });
    await manager.query(EXPAND, [event.id, type, incident.id, JSON.stringify(body), this.clock.now(), recipients, portUrn]);
  }

  /**
   * Each feed event goes to the subscriptions asking for its type; a new major contract version also goes, as
   * `contract.breaking-change`, to the grant holders of each old major port, as the access feed's projection knows them.
   */
  private async expandFeed(manager: EntityManager): Promise<number> {
    const events = (await manager.query(PENDING_FEED_EVENTS, [EVENT_BATCH])) as FeedEventRow[];
    const now = this.clock.now();
    const dispatched: string[] = [];
    for (const row of events) {
      const time = new Date(row.event.time);
      const eventAt = Number.isNaN(time.getTime()) ? row.created_at : time;
      await manager.query(EXPAND_FEED, [row.id, row.type, JSON.stringify(row.event), now, filterEntriesFor(row.type), eventAt, row.subject]);
      await this.expandBreaking(manager, row, eventAt, now);
      dispatched.push(row.id);
    }
    if (dispatched.length > 0) await manager.query(`UPDATE "sla"."webhook_events" SET "dispatched_at" = $2 WHERE "id" = ANY($1::bigint[])`, [dispatched, now]);
    return dispatched.length;
  }

  /** A new major contract version, as `contract.breaking-change`, to the grant holders of each old major port. */
  private async expandBreaking(manager: EntityManager, row: FeedEventRow, eventAt: Date, now: Date): Promise<void> {
    if (row.type !== VERSION_ADDED) return;
    const change = breakingChangeOf(row.event);
    if (!change) return;
    for (const port of change.ports) {
      const consumers = await this.access.consumersOf(port.oldUrn, eventAt, manager);
      if (consumers.length === 0) continue;
      await manager.query(EXPAND_BREAKING, [row.id, JSON.stringify(breakingChangeBody(row.event, change, port)), now, consumers, port.oldUrn, eventAt]);
    }
  }

  private async prepare(ids: string[]): Promise<Map<string, PreparedDelivery>> {
    const rows = (await this.db.query(PREPARE, [ids])) as DueRow[];
    const prepared = new Map<string, PreparedDelivery>();
    for (const row of rows) {
      if (row.body === null) continue;
      prepared.set(row.id, { url: row.url, body: JSON.stringify(row.body), ...this.secretOf(row) });
    }
    return prepared;
  }

  /** No secret when the key changed since it was stored: the attempt fails with the reason, nothing is sent unsigned. */
  private secretOf(row: DueRow): Pick<PreparedDelivery, 'secret' | 'secretError'> {
    try {
      return { secret: this.secrets.open(row.subscription_id, row.secret_encrypted) };
    } catch {
      return {
        secret: undefined,
        secretError: 'the subscription’s secret cannot be decrypted with SLA_SECRET_KEY: set the key it was stored under, or give the subscription a new secret (PATCH)',
      };
    }
  }
}

/** The body POSTed: the incident as the service answers it, with its port and product. */
export function webhookBody(row: PortRow & { type: string; port_urn: string; payload: Record<string, unknown> }): WebhookBody {
  // urn:meshwork:<domain>:<product>:<port>:v<major>, for a port the service no longer lists.
  const [, , domain, product, port] = row.port_urn.split(':');
  return {
    type: row.type,
    incident: row.payload,
    port: { urn: row.port_urn, name: row.port_name ?? port ?? null, ownerTeamId: row.owner_team_id },
    product: { domain: row.domain ?? domain ?? null, name: row.product ?? product ?? null, version: row.product_version },
  };
}
