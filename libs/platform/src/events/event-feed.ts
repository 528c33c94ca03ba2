/**
 * What one service's event feed carries: the service name (the CloudEvents `source` is `/meshwork/<service>`) and
 * the facts it emits, each with a description and the fields of its `data`, for the OpenAPI document.
 */
export interface EventFeedDefinition {
  /** Service name: `catalog`, `governance`, `access`, `sla`. */
  service: string;
  /** The service's Postgres schema, which holds its `events` table. */
  schema: string;
  types: EventTypeDefinition[];
}

export interface EventTypeDefinition {
  /** The fact, without prefix or version: `product.published`. */
  fact: string;
  description: string;
  /** The fields of `data`, name → meaning. */
  data: Record<string, string>;
}

/** A fact to write into the outbox; `type` is the fact name (`product.published`), the full CloudEvents type is derived. */
export interface NewEvent {
  type: string;
  /** What the fact is about: a URN or an id. */
  subject: string;
  /** The fact's payload: JSON, never secrets (every authenticated principal reads the feed). */
  data: Record<string, unknown>;
}

/** A CloudEvents 1.0 event in structured JSON mode. */
export interface CloudEvent<T = Record<string, unknown>> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: T;
}

/** Longest long-poll, in seconds; the default is 0 (answer at once). */
export const MAX_EVENTS_WAIT_SECONDS = 30;
export const MAX_EVENTS_LIMIT = 1000;
export const DEFAULT_EVENTS_LIMIT = 100;
/** Facts are kept this long, then removed in batches. */
export const EVENTS_RETENTION_DAYS = 30;
/** The channel appends NOTIFY (payload: the schema) so that long-polls wake at commit. */
export const EVENTS_CHANNEL = 'meshwork_events';
export const EVENTS_TABLE = 'events';
export const FEED_CURSORS_TABLE = 'feed_cursors';

/** `io.meshwork.<service>.<fact>.v1` */
export function eventType(service: string, fact: string): string {
  return `io.meshwork.${service}.${fact}.v1`;
}

export function eventSource(service: string): string {
  return `/meshwork/${service}`;
}
