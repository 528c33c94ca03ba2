import type { MigrationInterface, QueryRunner } from 'typeorm';
import { encodeCursor, eventSource, eventType } from '@meshwork/platform';

const FEED = 'sla:incident-notifications';
const SOURCE = eventSource('sla');
const TYPES = [eventType('sla', 'incident.opened'), eventType('sla', 'incident.closed')];

// The incident fact in sla.events that each incident_events row copied: one opened and one closed per incident.
const TWIN = `e."subject" = ie."incident_id"::text AND e."type" = 'io.meshwork.sla.incident.' || ie."kind" || '.v1'`;

/**
 * The notification dispatcher reads incident.opened / incident.closed from sla.events (its cursor in sla.feed_cursors)
 * instead of the copy in sla.incident_events, which goes. Incident deliveries get the body they were to be sent with and
 * the id of their fact in sla.events (negated when it has none: older than the feed), so that the facts read again
 * are not notified twice; facts not dispatched yet and never written to sla.events are written now; the cursor stops
 * just before the first fact not dispatched yet, or after the last one when all were.
 */
export class IncidentNotificationsFeed1795685737205 implements MigrationInterface {
  name = 'IncidentNotificationsFeed1795685737205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "sla"."deliveries" d SET "body" = jsonb_build_object(
         'type', d."type", 'incident', ie."payload",
         'port', jsonb_build_object('urn', ie."port_urn", 'name', coalesce(p."port_name", nullif(split_part(ie."port_urn", ':', 5), '')), 'ownerTeamId', p."owner_team_id"),
         'product', jsonb_build_object('domain', coalesce(p."domain", nullif(split_part(ie."port_urn", ':', 3), '')), 'name', coalesce(p."product", nullif(split_part(ie."port_urn", ':', 4), '')), 'version', p."product_version"))
       FROM "sla"."incident_events" ie LEFT JOIN "sla"."ports" p ON p."urn" = ie."port_urn"
       WHERE d."origin" = 'incident' AND d."event_id" = ie."id" AND d."body" IS NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "sla"."events" ("type", "source", "subject", "time", "data")
       SELECT 'io.meshwork.sla.incident.' || ie."kind" || '.v1', $1, ie."incident_id"::text, ie."created_at", jsonb_build_object('incident', ie."payload")
       FROM "sla"."incident_events" ie
       WHERE ie."dispatched_at" IS NULL AND NOT EXISTS (SELECT 1 FROM "sla"."events" e WHERE ${TWIN})
       ORDER BY ie."id"`,
      [SOURCE],
    );
    // Negated first, so that no id moved meets one not moved yet under the unique key.
    await queryRunner.query(`UPDATE "sla"."deliveries" SET "event_id" = -"event_id" WHERE "origin" = 'incident'`);
    await queryRunner.query(`UPDATE "sla"."deliveries" d SET "event_id" = e."id" FROM "sla"."incident_events" ie JOIN "sla"."events" e ON ${TWIN} WHERE d."origin" = 'incident' AND d."event_id" = -ie."id"`);
    const cursor = await this.cursor(queryRunner);
    if (cursor !== undefined) {
      await queryRunner.query(`INSERT INTO "sla"."feed_cursors" ("feed", "cursor") VALUES ($1, $2) ON CONFLICT ("feed") DO UPDATE SET "cursor" = EXCLUDED."cursor", "updated_at" = now()`, [FEED, cursor]);
    }
    await queryRunner.query('DROP INDEX "sla"."incident_events_pending_idx"');
    await queryRunner.query('DROP TABLE "sla"."incident_events"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sla"."incident_events" ("id" BIGSERIAL NOT NULL, "incident_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "port_urn" character varying(300) NOT NULL, "slo_id" uuid NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1230e0a50df3503eed115634297" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "incident_events_pending_idx" ON "sla"."incident_events"  ("id") WHERE "dispatched_at" IS NULL');
    await queryRunner.query(`DELETE FROM "sla"."feed_cursors" WHERE "feed" = $1`, [FEED]);
  }

  /** Just before the first fact not dispatched, else at the last incident fact; undefined when there is none. */
  private async cursor(queryRunner: QueryRunner): Promise<string | undefined> {
    const pending = (await queryRunner.query(
      `SELECT e."tx_id"::text AS "tx_id", e."id"::text AS "id" FROM "sla"."incident_events" ie JOIN "sla"."events" e ON ${TWIN} WHERE ie."dispatched_at" IS NULL ORDER BY e."tx_id", e."id" LIMIT 1`,
    )) as { tx_id: string; id: string }[];
    if (pending.length > 0) return encodeCursor({ txId: BigInt(pending[0].tx_id), id: BigInt(pending[0].id) - 1n });
    const last = (await queryRunner.query(`SELECT "tx_id"::text AS "tx_id", "id"::text AS "id" FROM "sla"."events" WHERE "type" = ANY($1::varchar[]) ORDER BY "tx_id" DESC, "id" DESC LIMIT 1`, [TYPES])) as {
      tx_id: string;
      id: string;
    }[];
    return last.length > 0 ? encodeCursor({ txId: BigInt(last[0].tx_id), id: BigInt(last[0].id) }) : undefined;
  }
}
