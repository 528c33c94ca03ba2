import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { assertUnreachable, eventType, FeedConsumer, type FeedEvent, PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { type Clock, CLOCK } from '../clock';
import { breakingChangeOf } from './breaking-change';
import { type FeedService, filterEntriesFor } from './event-filter';
import { NotificationSettings } from './notification-settings';

const VERSION_ADDED = eventType('catalog', 'contract.version-added');

/** Cursor row of the feed read for webhooks, in sla.feed_cursors. */
export function webhookFeedName(service: FeedService): string {
  return `webhooks:${service}`;
}

/** Where each service's feed is read: MESHWORK_<SERVICE>_URL (the access service's from the platform config when unset). */
function baseUrlOf(service: FeedService, config: PlatformConfig): () => string | undefined {
  switch (service) {
    case 'catalog':
      return () => process.env.MESHWORK_CATALOG_URL?.trim() || undefined;
    case 'governance':
      return () => process.env.MESHWORK_GOVERNANCE_URL?.trim() || undefined;
    case 'access':
      return () => process.env.MESHWORK_ACCESS_URL?.trim() || config.accessUrl;
    case 'sla':
      return () => process.env.MESHWORK_SLA_URL?.trim() || undefined;
    default:
      return assertUnreachable(service);
  }
}

/**
 * Reads the feeds of the four services (SLA_WEBHOOK_FEEDS: a comma-separated subset; `off` for none) with the
 * service token, and keeps each event some subscription may want — its type or a pattern of it is in an active
 * subscription's `events`, or it is a new major contract version (breaking-change notices) — in sla.webhook_events,
 * in the transaction that moves the cursor. The dispatcher expands them into deliveries.
 */
@Injectable()
export class WebhookFeeds implements OnApplicationBootstrap, OnModuleDestroy {
  readonly consumers: ReadonlyMap<FeedService, FeedConsumer>;

  constructor(
    dataSource: DataSource,
    settings: NotificationSettings,
    @Inject(PLATFORM_CONFIG) config: PlatformConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.consumers = new Map(
      settings.webhookFeeds.map((service) => [
        service,
        new FeedConsumer({
          name: webhookFeedName(service),
          schema: 'sla',
          dataSource,
          baseUrl: baseUrlOf(service, config),
          token: () => settings.credentials.token(),
          refreshToken: () => settings.credentials.refresh(),
          types: [],
          handle: (event, manager) => this.keep(service, event, manager),
          backoffMs: settings.feedBackoffMs,
          idleMs: settings.feedIdleMs,
        }),
      ]),
    );
  }

  onApplicationBootstrap(): void {
    for (const consumer of this.consumers.values()) consumer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.stop()));
  }

  /** Idempotent: an event read again after a crash is kept once (feed, event id). */
  async keep(service: FeedService, event: FeedEvent, manager: EntityManager): Promise<void> {
    if (!(await this.wanted(event, manager))) return;
    const { cursor: _cursor, ...cloudEvent } = event;
    await manager.query(
      `INSERT INTO "sla"."webhook_events" ("feed", "feed_event_id", "type", "subject", "event", "created_at") VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT ("feed", "feed_event_id") DO NOTHING`,
      [service, String(event.id).slice(0, 100), event.type.slice(0, 200), String(event.subject ?? '').slice(0, 1000), JSON.stringify(cloudEvent), this.clock.now()],
    );
  }

  private async wanted(event: FeedEvent, manager: EntityManager): Promise<boolean> {
    if (event.type === VERSION_ADDED && breakingChangeOf(event) !== undefined) return true;
    const rows = (await manager.query(`SELECT 1 FROM "sla"."subscriptions" WHERE "active" AND "events" ?| $1::text[] LIMIT 1`, [filterEntriesFor(event.type)])) as unknown[];
    return rows.length > 0;
  }
}

