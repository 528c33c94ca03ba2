import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1795658175775 implements MigrationInterface {
  name = 'AuditEvents1795658175775';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"access\".\"audit_events\" (\"sequence\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor\" character varying(255) NOT NULL, \"action\" character varying(63) NOT NULL, \"resource\" character varying(500) NOT NULL, \"outcome\" character varying(16) NOT NULL, \"details\" jsonb NOT NULL, \"source_ip\" character varying(64), \"request_id\" character varying(128), \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_f56d97c399750ed8e6a6fd3023b\" PRIMARY KEY (\"sequence\"))");
    await queryRunner.query("CREATE INDEX \"audit_events_resource_idx\" ON \"access\".\"audit_events\"  (\"resource\") ");
    await queryRunner.query("CREATE INDEX \"audit_events_actor_idx\" ON \"access\".\"audit_events\"  (\"actor\") ");
    await queryRunner.query("CREATE INDEX \"audit_events_occurred_idx\" ON \"access\".\"audit_events\"  (\"occurred_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"access\".\"audit_events_occurred_idx\"");
    await queryRunner.query("DROP INDEX \"access\".\"audit_events_actor_idx\"");
    await queryRunner.query("DROP INDEX \"access\".\"audit_events_resource_idx\"");
    await queryRunner.query("DROP TABLE \"access\".\"audit_events\"");
  }
}
