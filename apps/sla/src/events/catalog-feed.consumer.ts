import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DomainError, eventType, FeedConsumer, type FeedEvent } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationSettings } from '../notifications/notification-settings';
import { ObservationsService } from '../observations/observations.service';
import { parseObservationBatch, parseOpenLineageEvent } from '../observations/observation-input';
import type { PublishedProductDto } from '../slos/dto/publication.dto';
import { PublicationsService } from '../slos/publications.service';

export const CATALOG_FEED_NAME = 'catalog';

const PUBLISHED = eventType('catalog', 'product.published');
const RETIRED = eventType('catalog', 'product.retired');
const RUN_COMPLETED = eventType('catalog', 'lineage.run-completed');
const RUN_FAILED = eventType('catalog', 'lineage.run-failed');
const QUALITY_FAILED = eventType('catalog', 'quality.failed');

interface PublishedData {
  domain: string;
  name: string;
  version: string;
  ownerTeamId: string;
  ports: { urn: string; name: string; contract: Record<string, unknown> | null }[];
}

/**
 * SLA monitoring reads the catalog's feed (MESHWORK_CATALOG_URL, with the service's credentials: MESHWORK_SERVICE_API_KEY or MESHWORK_SERVICE_TOKEN): each product.published
 * derives the SLOs of the version's ports, product.retired retires them, and each lineage.run-completed / run-failed is
 * recorded as observations, and each quality.failed (a failing `error` rule of a port's contract) as a failed `check`
 * observation (failingRows as its errors over rowCount, which errorRate counts), each in the transaction that moves the
 * cursor (sla.feed_cursors, row `catalog`).
 * Handlers are idempotent (derivation converges; observation ids come from the run), so an event handled twice after a
 * crash changes nothing more. A fact that SLA monitoring refuses (a port URN not of its product, a run too old) is
 * logged and passed, so that it does not hold back the ones after it. Settings: SLA_CATALOG_FEED=off turns the consumer
 * off; SLA_CATALOG_FEED_WAIT_SECONDS (long-poll, default 25), SLA_CATALOG_FEED_BACKOFF_MS (first pause after a failure,
 * default 1000), SLA_CATALOG_FEED_IDLE_MS (how often an idle replica looks again, default 5000).
 */
@Injectable()
export class CatalogFeedConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CatalogFeed');
  readonly consumer: FeedConsumer;

  constructor(
    dataSource: DataSource,
    private readonly publications: PublicationsService,
    private readonly observations: ObservationsService,
    settings: NotificationSettings,
  ) {
    this.consumer = new FeedConsumer({
      name: CATALOG_FEED_NAME,
      schema: 'sla',
      dataSource,
      baseUrl: () => process.env.MESHWORK_CATALOG_URL?.trim() || undefined,
      token: () => settings.credentials.token(),
      refreshToken: () => settings.credentials.refresh(),
      types: [PUBLISHED, RETIRED, RUN_COMPLETED, RUN_FAILED, QUALITY_FAILED],
      handle: (event, manager) => this.handle(event, manager),
      waitSeconds: Number(process.env.SLA_CATALOG_FEED_WAIT_SECONDS) || undefined,
      backoffMs: Number(process.env.SLA_CATALOG_FEED_BACKOFF_MS) || undefined,
      idleMs: Number(process.env.SLA_CATALOG_FEED_IDLE_MS) || undefined,
    });
  }

  onApplicationBootstrap(): void {
    if (process.env.SLA_CATALOG_FEED !== 'off') this.consumer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }

  /** One catalog fact, in the transaction that moves the cursor past it. */
  async handle(event: FeedEvent, manager: EntityManager): Promise<void> {
    try {
      await this.apply(event, manager);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      this.logger.warn(`Passed over catalog event ${event.id} (${event.type} ${event.subject}): ${error.detail}`);
    }
  }

  private async apply(event: FeedEvent, manager: EntityManager): Promise<void> {
    switch (event.type) {
      case PUBLISHED: {
        const data = event.data as unknown as PublishedData;
        const product: PublishedProductDto = { domain: data.domain, name: data.name, version: data.version, ownerTeamId: data.ownerTeamId, ports: data.ports.map((p) => ({ urn: p.urn, name: p.name, contract: p.contract })) };
        await this.publications.applyIn(manager, product);
        return;
      }
      case RETIRED:
        await this.publications.retireProductIn(manager, String(event.data.domain), String(event.data.name));
        return;
      case RUN_COMPLETED:
      case RUN_FAILED: {
        const run = { portUrn: event.data.portUrn, eventType: event.type === RUN_COMPLETED ? 'COMPLETE' : 'FAIL', eventTime: event.data.eventTime, runId: event.data.runId };
        await this.observations.recordIn(manager, parseOpenLineageEvent(run, this.observations.now()));
        return;
      }
      case QUALITY_FAILED:
        await this.observations.recordIn(manager, parseObservationBatch({ observations: [qualityCheck(event)] }, this.observations.now()));
        return;
      default:
    }
  }
}

/** A failed quality rule as a failed check of its port; the id is the event's, so a fact handled twice counts once. */
function qualityCheck(event: FeedEvent): Record<string, unknown> {
  const { portUrn, evaluatedAt, rowCount, failingRows } = event.data;
  return { id: `catalog:${event.id}`, portUrn, kind: 'check', at: evaluatedAt, success: false, rowCount: rowCount ?? undefined, errorCount: failingRows ?? undefined };
}
