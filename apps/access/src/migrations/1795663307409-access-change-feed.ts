import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['principals', 'memberships', 'grants'];

/** Every committed change to principals, memberships or grants notifies `meshwork_access_changed`, so replicas reload their decision view. */
export class AccessChangeFeed1795663307409 implements MigrationInterface {
  name = 'AccessChangeFeed1795663307409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "access"."notify_access_changed"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('meshwork_access_changed', TG_TABLE_NAME); RETURN NULL; END $$`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "access"."${table}" FOR EACH STATEMENT EXECUTE FUNCTION "access"."notify_access_changed"()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "${table}_changed" ON "access"."${table}"`);
    await queryRunner.query('DROP FUNCTION "access"."notify_access_changed"()');
  }
}
