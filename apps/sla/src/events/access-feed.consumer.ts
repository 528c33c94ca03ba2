import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { eventType, FeedConsumer, type FeedEvent, PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationSettings } from '../notifications/notification-settings';
import { ACCESS_FEED_NAME } from './access-projection';

const APPROVED = eventType('access', 'grant.approved');
const REVOKED = eventType('access', 'grant.revoked');
const EXPIRED = eventType('access', 'grant.expired');
const REQUESTED = eventType('access', 'access-request.created');
const DECIDED = eventType('access', 'access-request.decided');

// A grant's end is kept once: a revocation read again, or an expiry after it, changes nothing.
const UPSERT_GRANT = `
INSERT INTO "sla"."access_grants" ("grant_id", "port_urn", "owner_team_id", "consumer_principal_id", "consumer_team", "fields", "expires_at", "ended_at", "end_reason", "event_time")
VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)
ON CONFLICT ("grant_id") DO UPDATE SET "ended_at" = coalesce("access_grants"."ended_at", EXCLUDED."ended_at"), "end_reason" = coalesce("access_grants"."end_reason", EXCLUDED."end_reason"),
  "event_time" = greatest("access_grants"."event_time", EXCLUDED."event_time")`;

// A decision is final: a `created` read again after it does not make the request pending again.
const UPSERT_REQUEST = `
INSERT INTO "sla"."access_requests" ("request_id", "port_urn", "state", "created_at", "decided_at", "event_time") VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT ("request_id") DO UPDATE SET "state" = CASE WHEN EXCLUDED."decided_at" IS NOT NULL THEN EXCLUDED."state" ELSE "access_requests"."state" END,
  "decided_at" = coalesce(EXCLUDED."decided_at", "access_requests"."decided_at"), "event_time" = greatest("access_requests"."event_time", EXCLUDED."event_time")`;

interface GrantData {
  grantId?: unknown;
  portUrn?: unknown;
  ownerTeamId?: unknown;
  consumerPrincipalId?: unknown;
  consumerTeam?: unknown;
  fields?: unknown;
  expiresAt?: unknown;
  revokedAt?: unknown;
}

interface RequestData {
  requestId?: unknown;
  portUrn?: unknown;
  state?: unknown;
  createdAt?: unknown;
  decidedAt?: unknown;
}

/**
 * SLA monitoring reads the access service's feed (MESHWORK_ACCESS_URL, with the service's credentials) and keeps the
 * grants and access requests of each port in sla.access_grants and sla.access_requests, each fact in the transaction
 * that moves the cursor (sla.feed_cursors, row `access`). Handlers are idempotent upserts, so a fact read twice after a
 * crash changes nothing more; a fact missing a field is logged and passed. SLA_ACCESS_FEED=off turns the consumer off.
 */
@Injectable()
export class AccessFeedConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AccessFeed');
  readonly consumer: FeedConsumer;

  constructor(dataSource: DataSource, settings: NotificationSettings, @Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.consumer = new FeedConsumer({
      name: ACCESS_FEED_NAME,
      schema: 'sla',
      dataSource,
      baseUrl: () => process.env.MESHWORK_ACCESS_URL?.trim() || config.accessUrl,
      token: () => settings.credentials.token(),
      refreshToken: () => settings.credentials.refresh(),
      types: [APPROVED, REVOKED, EXPIRED, REQUESTED, DECIDED],
      handle: (event, manager) => this.handle(event, manager),
      backoffMs: settings.feedBackoffMs,
      idleMs: settings.feedIdleMs,
    });
  }

  onApplicationBootstrap(): void {
    if (process.env.SLA_ACCESS_FEED !== 'off') this.consumer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }

  /** One access fact, in the transaction that moves the cursor past it. */
  async handle(event: FeedEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case APPROVED:
      case REVOKED:
      case EXPIRED:
        return this.grant(event, event.data as GrantData, manager);
      case REQUESTED:
      case DECIDED:
        return this.request(event, event.data as RequestData, manager);
      default:
    }
  }

  private async grant(event: FeedEvent, data: GrantData, manager: EntityManager): Promise<void> {
    const expiresAt = instant(data.expiresAt);
    if (!uuid(data.grantId) || typeof data.portUrn !== 'string' || !expiresAt || (!text(data.consumerPrincipalId) && !text(data.consumerTeam))) {
      this.logger.warn(`Passed over access event ${event.id} (${event.type} ${event.subject}): it lacks the grant id, port, consumer or end`);
      return;
    }
    const ended = event.type === REVOKED ? { at: instant(data.revokedAt) ?? new Date(event.time), reason: 'revoked' } : event.type === EXPIRED ? { at: expiresAt, reason: 'expired' } : undefined;
    await manager.query(UPSERT_GRANT, [
      data.grantId,
      data.portUrn,
      text(data.ownerTeamId) ?? null,
      text(data.consumerPrincipalId) ?? null,
      text(data.consumerTeam) ?? null,
      Array.isArray(data.fields) ? JSON.stringify(data.fields) : null,
      expiresAt,
      ended?.at ?? null,
      ended?.reason ?? null,
      new Date(event.time),
    ]);
  }

  private async request(event: FeedEvent, data: RequestData, manager: EntityManager): Promise<void> {
    const createdAt = instant(data.createdAt);
    if (!uuid(data.requestId) || typeof data.portUrn !== 'string' || typeof data.state !== 'string' || !createdAt) {
      this.logger.warn(`Passed over access event ${event.id} (${event.type} ${event.subject}): it lacks the request id, port, state or creation time`);
      return;
    }
    const decidedAt = event.type === DECIDED ? (instant(data.decidedAt) ?? new Date(event.time)) : null;
    await manager.query(UPSERT_REQUEST, [data.requestId, data.portUrn, decidedAt ? data.state : 'pending', createdAt, decidedAt, new Date(event.time)]);
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function uuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function instant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
