import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Incidents1795669038246 implements MigrationInterface {
  name = 'Incidents1795669038246';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sla\".\"incidents\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slo_id\" uuid NOT NULL, \"port_urn\" character varying(300) NOT NULL, \"property\" character varying(100) NOT NULL, \"opened_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"detected_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"observed_value\" jsonb, \"observed_unit\" character varying(50) NOT NULL, \"target\" jsonb NOT NULL, \"time_to_detect_seconds\" double precision NOT NULL, \"time_to_recover_seconds\" double precision, CONSTRAINT \"PK_ccb34c01719889017e2246469f9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"incidents_one_open_per_slo\" ON \"sla\".\"incidents\"  (\"slo_id\") WHERE \"closed_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"incidents_slo_opened_idx\" ON \"sla\".\"incidents\"  (\"slo_id\", \"opened_at\") ");
    await queryRunner.query("CREATE INDEX \"incidents_port_opened_idx\" ON \"sla\".\"incidents\"  (\"port_urn\", \"opened_at\") ");
    await queryRunner.query("CREATE TABLE \"sla\".\"incident_events\" (\"id\" BIGSERIAL NOT NULL, \"incident_id\" uuid NOT NULL, \"kind\" character varying(10) NOT NULL, \"port_urn\" character varying(300) NOT NULL, \"slo_id\" uuid NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"dispatched_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_1230e0a50df3503eed115634297\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"incident_events_pending_idx\" ON \"sla\".\"incident_events\"  (\"id\") WHERE \"dispatched_at\" IS NULL");
    await queryRunner.query("CREATE TABLE \"sla\".\"slo_status_history\" (\"id\" BIGSERIAL NOT NULL, \"slo_id\" uuid NOT NULL, \"status\" character varying(10) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_da9fccc9968b7822e7ec220e6cb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"slo_status_history_slo_at_idx\" ON \"sla\".\"slo_status_history\"  (\"slo_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"slos_next_due_at_idx\" ON \"sla\".\"slos\"  (\"next_due_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"sla\".\"slos_next_due_at_idx\"");
    await queryRunner.query("DROP INDEX \"sla\".\"slo_status_history_slo_at_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"slo_status_history\"");
    await queryRunner.query("DROP INDEX \"sla\".\"incident_events_pending_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"incident_events\"");
    await queryRunner.query("DROP INDEX \"sla\".\"incidents_port_opened_idx\"");
    await queryRunner.query("DROP INDEX \"sla\".\"incidents_slo_opened_idx\"");
    await queryRunner.query("DROP INDEX \"sla\".\"incidents_one_open_per_slo\"");
    await queryRunner.query("DROP TABLE \"sla\".\"incidents\"");
  }
}
