import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchColumns1795643336898 implements MigrationInterface {
  name = 'SearchColumns1795643336898';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing products take their domain's owner before the column becomes mandatory.
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"owner_team_id\" character varying(63)");
    await queryRunner.query("UPDATE \"catalog\".\"data_products\" p SET \"owner_team_id\" = d.\"owner_team_id\" FROM \"catalog\".\"domains\" d WHERE d.\"name\" = p.\"domain\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ALTER COLUMN \"owner_team_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"tags\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"classifications\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"search_vector\" tsvector");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"search_text\" text NOT NULL DEFAULT ''");
    await queryRunner.query("CREATE INDEX \"ix_data_products_status\" ON \"catalog\".\"data_products\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_data_products_owner\" ON \"catalog\".\"data_products\"  (\"owner_team_id\") ");
    // Trigram matching for typos and prefixes; trusted since PostgreSQL 13, installed into the catalog's own schema.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA "catalog"');
    await queryRunner.query('CREATE INDEX "ix_data_products_search_vector" ON "catalog"."data_products" USING gin ("search_vector")');
    await queryRunner.query('CREATE INDEX "ix_data_products_search_text_trgm" ON "catalog"."data_products" USING gin ("search_text" gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX "ix_data_products_tags" ON "catalog"."data_products" USING gin ("tags")');
    await queryRunner.query('CREATE INDEX "ix_data_products_classifications" ON "catalog"."data_products" USING gin ("classifications")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_classifications"');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_tags"');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_search_text_trgm"');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_search_vector"');
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_owner\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_status\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"search_text\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"search_vector\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"classifications\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"tags\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"owner_team_id\"");
  }
}
