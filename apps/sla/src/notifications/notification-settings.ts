import { Inject, Injectable } from '@nestjs/common';
import { normalHost, PLATFORM_CONFIG, type PlatformConfig, ServiceCredentials } from '@meshwork/platform';
import { FEED_SERVICES, type FeedService } from './event-filter';

const DEFAULT_INTERVAL_MS = 1000;

/**
 * Notification settings, read from the environment when the application starts:
 * - SLA_DISPATCHER=off: no loop; deliveries are made by calling NotificationDispatcher.runOnce (tests).
 * - SLA_DISPATCHER_INTERVAL_MS: pause between two runs of the loop (default 1000).
 * - SLA_ALLOW_HTTP_WEBHOOKS=true: accept http:// webhook URLs (https:// only otherwise).
 * - SLA_WEBHOOK_ALLOWED_HOSTS: comma-separated host names or addresses that may be private or loopback.
 * - MESHWORK_SERVICE_API_KEY: API key of the service's own account (a platform admin or an auditor), exchanged for a JWT
 *   at the access service (MESHWORK_ACCESS_URL) and renewed before it expires or after a 401; the service reads every
 *   event feed with it. MESHWORK_SERVICE_TOKEN: a bearer token used as it is instead (a long-lived token of an identity
 *   provider, or the dev token); the API key wins when both are set.
 * - SLA_WEBHOOK_FEEDS: the feeds read for subscriptions, comma-separated among catalog, governance, access, sla (all
 *   four by default; `off` for none), at MESHWORK_CATALOG_URL, MESHWORK_GOVERNANCE_URL, MESHWORK_ACCESS_URL, MESHWORK_SLA_URL.
 * - SLA_WEBHOOK_FEEDS_IDLE_MS, SLA_WEBHOOK_FEEDS_BACKOFF_MS: how often an idle feed reader looks again, and its first pause after a failure.
 */
@Injectable()
export class NotificationSettings {
  readonly dispatcher: boolean;
  readonly intervalMs: number;
  readonly allowHttp: boolean;
  readonly allowedHosts: ReadonlySet<string>;
  readonly webhookFeeds: FeedService[];
  readonly feedIdleMs: number | undefined;
  readonly feedBackoffMs: number | undefined;

  /** Read at each use, as the feed readers read them on every poll: a rotated key or token is taken without a restart. */
  readonly credentials: ServiceCredentials;

  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.credentials = new ServiceCredentials({
      apiKey: () => process.env.MESHWORK_SERVICE_API_KEY?.trim() || undefined,
      token: () => process.env.MESHWORK_SERVICE_TOKEN || undefined,
      accessUrl: () => process.env.MESHWORK_ACCESS_URL?.trim() || config.accessUrl,
    });
    const env = process.env;
    this.dispatcher = env.SLA_DISPATCHER !== 'off';
    const interval = Number(env.SLA_DISPATCHER_INTERVAL_MS);
    this.intervalMs = Number.isInteger(interval) && interval > 0 ? interval : DEFAULT_INTERVAL_MS;
    this.allowHttp = env.SLA_ALLOW_HTTP_WEBHOOKS === 'true';
    this.allowedHosts = new Set(
      (env.SLA_WEBHOOK_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((host) => normalHost(host.trim()))
        .filter((host) => host.length > 0),
    );
    this.webhookFeeds = webhookFeeds(env.SLA_WEBHOOK_FEEDS);
    this.feedIdleMs = positive(env.SLA_WEBHOOK_FEEDS_IDLE_MS);
    this.feedBackoffMs = positive(env.SLA_WEBHOOK_FEEDS_BACKOFF_MS);
  }
}

function positive(text: string | undefined): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Unknown names are left out: the feeds read are the known ones named. */
function webhookFeeds(setting: string | undefined): FeedService[] {
  const text = setting?.trim();
  if (text === undefined || text === '') return [...FEED_SERVICES];
  if (text === 'off') return [];
  const named = new Set(text.split(',').map((s) => s.trim()));
  return FEED_SERVICES.filter((service) => named.has(service));
}
