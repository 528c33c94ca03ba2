import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetiredPorts1795674381719 implements MigrationInterface {
  name = 'RetiredPorts1795674381719';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sla\".\"ports\" ADD \"retired_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"sla\".\"slos\" ADD \"retired_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"sla\".\"incidents\" ADD \"close_reason\" character varying(20)");
    // Every incident closed so far closed on recovery.
    await queryRunner.query("UPDATE \"sla\".\"incidents\" SET \"close_reason\" = 'recovered' WHERE \"closed_at\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"slos_contract_position_key\" ON \"sla\".\"slos\"  (\"port_urn\", \"position\") WHERE \"source\" = 'contract' AND \"retired_at\" IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"sla\".\"slos_contract_position_key\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"incidents\" DROP COLUMN \"close_reason\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"slos\" DROP COLUMN \"retired_at\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"ports\" DROP COLUMN \"retired_at\"");
  }
}
