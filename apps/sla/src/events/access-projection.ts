import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export const ACCESS_FEED_NAME = 'access';

/** Access requests of some ports: open now, and decided in a window, with the mean time to decide. */
export interface AccessRequestCounts {
  /** Waiting for a first or a second approval. */
  pending: number;
  approved: number;
  rejected: number;
  /** Mean seconds from request to decision of those approved or rejected in the window; null when none was. */
  meanDecisionSeconds: number | null;
}

/** How fresh the projection is: when the consumer last read the access feed to its end (or moved), and the last fact's time. */
export interface AccessFreshness {
  readAt: Date;
  lastEventAt: Date | null;
}

const CONSUMERS = `
SELECT DISTINCT CASE WHEN "consumer_principal_id" IS NOT NULL THEN 'principal:' || "consumer_principal_id" END AS "principal",
       CASE WHEN "consumer_team" IS NOT NULL THEN 'team:' || "consumer_team" END AS "team"
FROM "sla"."access_grants" WHERE "port_urn" = $1 AND "ended_at" IS NULL AND "expires_at" > $2`;

const ACTIVE_CONSUMERS = `
SELECT count(DISTINCT coalesce('principal:' || "consumer_principal_id", 'team:' || "consumer_team"))::int AS "n"
FROM "sla"."access_grants" WHERE "port_urn" = ANY($1::varchar[]) AND "ended_at" IS NULL AND "expires_at" > $2`;

const REQUESTS = `
SELECT count(*) FILTER (WHERE "state" = 'pending')::int AS "pending",
       count(*) FILTER (WHERE "state" = 'approved' AND "decided_at" >= $2)::int AS "approved",
       count(*) FILTER (WHERE "state" = 'rejected' AND "decided_at" >= $2)::int AS "rejected",
       avg(extract(epoch FROM "decided_at" - "created_at")) FILTER (WHERE "state" IN ('approved', 'rejected') AND "decided_at" >= $2)::float8 AS "mean"
FROM "sla"."access_requests" WHERE "port_urn" = ANY($1::varchar[])`;

const FRESHNESS = `
SELECT c."updated_at" AS "read_at", greatest((SELECT max("event_time") FROM "sla"."access_grants"), (SELECT max("event_time") FROM "sla"."access_requests")) AS "last_event_at"
FROM "sla"."feed_cursors" c WHERE c."feed" = $1`;

/**
 * What SLA monitoring knows of grants and access requests: the projection of the access service's feed kept by
 * AccessFeedConsumer in sla.access_grants and sla.access_requests. Read by the notification dispatcher (who holds a
 * grant on a port) and by the KPIs; nothing here calls the access service.
 */
@Injectable()
export class AccessProjection {
  constructor(private readonly db: DataSource) {}

  /** `principal:<id>` and `team:<name>` of every consumer holding a grant on the port at `at`. */
  async consumersOf(portUrn: string, at: Date, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows = (await manager.query(CONSUMERS, [portUrn, at])) as { principal: string | null; team: string | null }[];
    return [...new Set(rows.flatMap((r) => [r.principal, r.team].filter((c): c is string => c !== null)))];
  }

  /** Distinct consumers holding a grant on any of the ports at `at` (a principal and a team count apart). */
  async activeConsumers(ports: string[], at: Date): Promise<number> {
    const [row] = (await this.db.query(ACTIVE_CONSUMERS, [ports, at])) as { n: number }[];
    return row?.n ?? 0;
  }

  async requestCounts(ports: string[], decidedSince: Date): Promise<AccessRequestCounts> {
    const [row] = (await this.db.query(REQUESTS, [ports, decidedSince])) as { pending: number; approved: number; rejected: number; mean: number | null }[];
    return { pending: row?.pending ?? 0, approved: row?.approved ?? 0, rejected: row?.rejected ?? 0, meanDecisionSeconds: row?.mean === null || row?.mean === undefined ? null : Math.round(row.mean) };
  }

  /** Undefined until the consumer has first read the feed. */
  async freshness(): Promise<AccessFreshness | undefined> {
    const [row] = (await this.db.query(FRESHNESS, [ACCESS_FEED_NAME])) as { read_at: Date; last_event_at: Date | null }[];
    return row ? { readAt: row.read_at, lastEventAt: row.last_event_at } : undefined;
  }
}
