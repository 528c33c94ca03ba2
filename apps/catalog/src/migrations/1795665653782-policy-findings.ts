import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyFindings1795665653782 implements MigrationInterface {
  name = 'PolicyFindings1795665653782';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"product_versions\" ADD \"policy_findings\" jsonb");
    await queryRunner.query("ALTER TABLE \"catalog\".\"product_versions\" ADD \"policy_checked_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"product_versions\" DROP COLUMN \"policy_checked_at\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"product_versions\" DROP COLUMN \"policy_findings\"");
  }
}
