import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A filter's products in key order (`doc`): a search or a browse within a domain, an owner or a status reads that
 * filter's products in the order results come in and stops at a page, instead of reading every product in order and
 * leaving out the others. The owner and status indexes become the first column of the new ones.
 */
export class FilterOrder1795701601121 implements MigrationInterface {
  name = 'FilterOrder1795701601121';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_status\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_owner\"");
    await queryRunner.query("CREATE INDEX \"ix_data_products_status_doc\" ON \"catalog\".\"data_products\"  (\"status\", \"doc\") ");
    await queryRunner.query("CREATE INDEX \"ix_data_products_owner_doc\" ON \"catalog\".\"data_products\"  (\"owner_team_id\", \"doc\") ");
    await queryRunner.query("CREATE INDEX \"ix_data_products_domain_doc\" ON \"catalog\".\"data_products\"  (\"domain\", \"doc\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_domain_doc\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_owner_doc\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_status_doc\"");
    await queryRunner.query("CREATE INDEX \"ix_data_products_owner\" ON \"catalog\".\"data_products\" USING btree (\"owner_team_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_data_products_status\" ON \"catalog\".\"data_products\" USING btree (\"status\") ");
  }
}
