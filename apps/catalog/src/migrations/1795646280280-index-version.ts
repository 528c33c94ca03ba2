import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexVersion1795646280280 implements MigrationInterface {
  name = 'IndexVersion1795646280280';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"index_version\" integer NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"index_version\"");
  }
}
