import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection of the access service's feed that SLA monitoring reads instead of calling it: grants per port (who,
 * which fields, until when, ended or not) and access requests per port (state, decision time). Written only by the
 * access feed consumer, in the transaction that moves its cursor; no entity (like the outbox tables).
 */
export class AccessProjection1795687280806 implements MigrationInterface {
  name = 'AccessProjection1795687280806';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sla"."access_grants" ("grant_id" uuid NOT NULL, "port_urn" character varying(500) NOT NULL, "owner_team_id" character varying(200), "consumer_principal_id" character varying(200), "consumer_team" character varying(200), "fields" jsonb, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(16), "event_time" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "access_grants_pkey" PRIMARY KEY ("grant_id"))',
    );
    await queryRunner.query('CREATE INDEX "access_grants_port_idx" ON "sla"."access_grants" ("port_urn") WHERE "ended_at" IS NULL');
    await queryRunner.query(
      'CREATE TABLE "sla"."access_requests" ("request_id" uuid NOT NULL, "port_urn" character varying(500) NOT NULL, "state" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "event_time" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "access_requests_pkey" PRIMARY KEY ("request_id"))',
    );
    await queryRunner.query('CREATE INDEX "access_requests_port_idx" ON "sla"."access_requests" ("port_urn", "state", "decided_at")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "sla"."access_requests"');
    await queryRunner.query('DROP TABLE "sla"."access_grants"');
    await queryRunner.query(`DELETE FROM "sla"."feed_cursors" WHERE "feed" = 'access'`);
  }
}
