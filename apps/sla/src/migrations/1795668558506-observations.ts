import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Observations1795668558506 implements MigrationInterface {
  name = 'Observations1795668558506';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sla\".\"observations\" (\"port_urn\" character varying(500) NOT NULL, \"observation_id\" character varying(200) NOT NULL, \"kind\" character varying(16) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"row_count\" bigint, \"error_count\" bigint, \"success\" boolean, \"oldest_record_at\" TIMESTAMP WITH TIME ZONE, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_5179f6b5e21055facff86c4576d\" PRIMARY KEY (\"port_urn\", \"observation_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_observations_port_at\" ON \"sla\".\"observations\"  (\"port_urn\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"sla\".\"port_observations\" (\"port_urn\" character varying(500) NOT NULL, \"last_refresh_at\" TIMESTAMP WITH TIME ZONE, \"last_run_at\" TIMESTAMP WITH TIME ZONE, \"last_failed_run_at\" TIMESTAMP WITH TIME ZONE, \"last_check_at\" TIMESTAMP WITH TIME ZONE, \"last_oldest_record_at\" TIMESTAMP WITH TIME ZONE, \"observation_count\" bigint NOT NULL DEFAULT '0', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_fff9a9ca2d9ffc3eba77a0784d2\" PRIMARY KEY (\"port_urn\"))");
    // Every batch rewrites the summary rows of its ports: room on each page keeps those updates HOT, and early vacuums keep the table small.
    await queryRunner.query("ALTER TABLE \"sla\".\"port_observations\" SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"sla\".\"port_observations\"");
    await queryRunner.query("DROP INDEX \"sla\".\"IDX_observations_port_at\"");
    await queryRunner.query("DROP TABLE \"sla\".\"observations\"");
  }
}
