import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795669196245 implements MigrationInterface {
  name = 'Notifications1795669196245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sla\".\"subscriptions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"owner\" character varying(300) NOT NULL, \"port_urn\" character varying(500), \"url\" character varying(2000) NOT NULL, \"secret\" character varying(200) NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_by\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_a87248d73155605cf782be9ee5e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"subscriptions_owner_idx\" ON \"sla\".\"subscriptions\"  (\"owner\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"sla\".\"deliveries\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"event_id\" bigint NOT NULL, \"subscription_id\" uuid NOT NULL, \"type\" character varying(32) NOT NULL, \"incident_id\" uuid NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'pending', \"attempts\" integer NOT NULL DEFAULT '0', \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_status\" integer, \"last_error\" character varying(1000), \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"attempt_log\" jsonb NOT NULL DEFAULT '[]', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"deliveries_event_subscription_key\" UNIQUE (\"event_id\", \"subscription_id\"), CONSTRAINT \"PK_a6ef225c5c5f0974e503bfb731f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"deliveries_subscription_idx\" ON \"sla\".\"deliveries\"  (\"subscription_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"deliveries_due_idx\" ON \"sla\".\"deliveries\"  (\"next_attempt_at\") WHERE \"status\" = 'pending'");
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" ADD CONSTRAINT \"FK_475d7dfa30fed80412dcf59e403\" FOREIGN KEY (\"subscription_id\") REFERENCES \"sla\".\"subscriptions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sla\".\"deliveries\" DROP CONSTRAINT \"FK_475d7dfa30fed80412dcf59e403\"");
    await queryRunner.query("DROP INDEX \"sla\".\"deliveries_due_idx\"");
    await queryRunner.query("DROP INDEX \"sla\".\"deliveries_subscription_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"deliveries\"");
    await queryRunner.query("DROP INDEX \"sla\".\"subscriptions_owner_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"subscriptions\"");
  }
}
