import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookEvents1795678237799 implements MigrationInterface {
  name = 'WebhookEvents1795678237799';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sla\".\"webhook_events\" (\"id\" BIGSERIAL NOT NULL, \"feed\" character varying(32) NOT NULL, \"feed_event_id\" character varying(100) NOT NULL, \"type\" character varying(200) NOT NULL, \"subject\" character varying(1000) NOT NULL, \"event\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"dispatched_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"webhook_events_feed_event_key\" UNIQUE (\"feed\", \"feed_event_id\"), CONSTRAINT \"PK_4cba37e6a0acb5e1fc49c34ebfd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"webhook_events_pending_idx\" ON \"sla\".\"webhook_events\"  (\"id\") WHERE \"dispatched_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ADD \"origin\" character varying(16) NOT NULL DEFAULT 'incident'");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ADD \"body\" jsonb");
    // Widened in place: the delivery log of incidents is kept.
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ALTER COLUMN \"type\" TYPE character varying(200)");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ALTER COLUMN \"incident_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" DROP CONSTRAINT \"deliveries_event_subscription_key\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ADD CONSTRAINT \"deliveries_event_subscription_key\" UNIQUE (\"origin\", \"event_id\", \"subscription_id\", \"type\")");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"sla\".\"deliveries\" WHERE \"origin\" <> 'incident'");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" DROP CONSTRAINT \"deliveries_event_subscription_key\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ADD CONSTRAINT \"deliveries_event_subscription_key\" UNIQUE (\"event_id\", \"subscription_id\")");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ALTER COLUMN \"incident_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ALTER COLUMN \"type\" TYPE character varying(32)");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" DROP COLUMN \"body\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" DROP COLUMN \"origin\"");
    await queryRunner.query("DROP INDEX \"sla\".\"webhook_events_pending_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"webhook_events\"");
  }
}
