/** The services whose feeds SLA monitoring reads for subscriptions. */
export const FEED_SERVICES = ['catalog', 'governance', 'access', 'sla'] as const;
export type FeedService = (typeof FEED_SERVICES)[number];

/** Deliveries SLA monitoring composes for the ports a subscription's owner is concerned with (owner team, grant holders). */
export const PORT_WEBHOOK_TYPES = ['incident.opened', 'incident.closed', 'contract.breaking-change'] as const;
export type PortWebhookType = (typeof PORT_WEBHOOK_TYPES)[number];

/** The subscriptions made before `events` took feed types deliver incidents, as they did. */
export const DEFAULT_EVENTS: string[] = ['incident.opened', 'incident.closed'];

/**
 * What the `events` of a subscription may hold: one of PORT_WEBHOOK_TYPES, a CloudEvents type of a service's feed
 * (`io.meshwork.<service>.<fact>.v1`), every type of one service (`io.meshwork.<service>.*`) or of all (`io.meshwork.*`).
 */
export const EVENT_FILTER = new RegExp(
  `^(${PORT_WEBHOOK_TYPES.map((t) => t.replace('.', '\\.')).join('|')}|io\\.meshwork\\.\\*|io\\.meshwork\\.(${FEED_SERVICES.join('|')})\\.(\\*|[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*\\.v[0-9]+))$`,
);
export const EVENT_FILTER_MESSAGE =
  'each value of $property must be incident.opened, incident.closed, contract.breaking-change, a feed event type io.meshwork.<catalog|governance|access|sla>.<fact>.v1, or a pattern io.meshwork.<service>.* or io.meshwork.*';

export function isPortWebhookType(value: string): value is PortWebhookType {
  return (PORT_WEBHOOK_TYPES as readonly string[]).includes(value);
}

/** Whether a subscription's filter takes the feed event type `type`. */
export function matchesFeedType(filter: readonly string[], type: string): boolean {
  return filter.some((entry) => entry === type || (entry.endsWith('.*') && type.startsWith(entry.slice(0, -1))));
}

/** The filter entries a feed event of `type` is matched by, as SQL text patterns (exact type, its service's `*`, `io.meshwork.*`). */
export function filterEntriesFor(type: string): string[] {
  const service = /^io\.meshwork\.([a-z]+)\./.exec(type)?.[1];
  return [type, 'io.meshwork.*', ...(service ? [`io.meshwork.${service}.*`] : [])];
}

/** Ports first in their order, then feed types and patterns sorted, each once. */
export function sortedEvents(events: readonly string[]): string[] {
  const unique = [...new Set(events)];
  return [...PORT_WEBHOOK_TYPES.filter((t) => unique.includes(t)), ...unique.filter((t) => !isPortWebhookType(t)).sort()];
}
