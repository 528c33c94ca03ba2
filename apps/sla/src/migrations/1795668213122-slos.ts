import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Slos1795668213122 implements MigrationInterface {
  name = 'Slos1795668213122';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sla\".\"ports\" (\"urn\" character varying(300) NOT NULL, \"domain\" character varying(63) NOT NULL, \"product\" character varying(63) NOT NULL, \"port_name\" character varying(63) NOT NULL, \"owner_team_id\" character varying(200) NOT NULL, \"contract_id\" character varying(200), \"contract_version\" character varying(100), \"product_version\" character varying(100) NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e5c44c402e66b28b2b4ea9dd722\" PRIMARY KEY (\"urn\"))");
    await queryRunner.query("CREATE INDEX \"ports_product_idx\" ON \"sla\".\"ports\"  (\"domain\", \"product\") ");
    await queryRunner.query("CREATE TABLE \"sla\".\"slos\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"port_urn\" character varying(300) NOT NULL, \"property\" character varying(100) NOT NULL, \"element\" character varying(300), \"target_value\" jsonb NOT NULL, \"target_unit\" character varying(50) NOT NULL, \"target_seconds\" double precision, \"target_ratio\" double precision, \"target_time_of_day\" character varying(20), \"target_max\" double precision, \"monitored\" boolean NOT NULL, \"unmonitored_reason\" text, \"window_seconds\" integer NOT NULL, \"description\" text NOT NULL, \"position\" integer, \"source\" character varying(10) NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'unknown', \"status_since\" TIMESTAMP WITH TIME ZONE NOT NULL, \"next_due_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_88c186866e955d0595f2018d456\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"slos_status_idx\" ON \"sla\".\"slos\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"slos_port_urn_idx\" ON \"sla\".\"slos\"  (\"port_urn\") ");
    await queryRunner.query("ALTER TABLE \"sla\".\"slos\" ADD CONSTRAINT \"slos_port_urn_fk\" FOREIGN KEY (\"port_urn\") REFERENCES \"sla\".\"ports\"(\"urn\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sla\".\"slos\" DROP CONSTRAINT \"slos_port_urn_fk\"");
    await queryRunner.query("DROP INDEX \"sla\".\"slos_port_urn_idx\"");
    await queryRunner.query("DROP INDEX \"sla\".\"slos_status_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"slos\"");
    await queryRunner.query("DROP INDEX \"sla\".\"ports_product_idx\"");
    await queryRunner.query("DROP TABLE \"sla\".\"ports\"");
  }
}
