import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sealed head of the audit chain, and a trigger that makes the audit log append-only for every role but a superuser bypassing triggers. */
export class AuditHead1795664004523 implements MigrationInterface {
  name = 'AuditHead1795664004523';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"access\".\"audit_head\" (\"id\" smallint NOT NULL, \"sequence\" bigint NOT NULL, \"hash\" character(64) NOT NULL, \"mac\" character(64) NOT NULL, CONSTRAINT \"PK_d3ed64edb3e208e83ccb5da589a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query(
      `CREATE FUNCTION "access"."refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query('CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "access"."audit_events" FOR EACH ROW EXECUTE FUNCTION "access"."refuse_audit_change"()');
    await queryRunner.query('CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "access"."audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "access"."refuse_audit_change"()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_events_no_truncate" ON "access"."audit_events"');
    await queryRunner.query('DROP TRIGGER "audit_events_append_only" ON "access"."audit_events"');
    await queryRunner.query('DROP FUNCTION "access"."refuse_audit_change"()');
    await queryRunner.query("DROP TABLE \"access\".\"audit_head\"");
  }
}
