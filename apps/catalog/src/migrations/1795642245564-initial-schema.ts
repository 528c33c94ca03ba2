import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795642245564 implements MigrationInterface {
  name = 'InitialSchema1795642245564';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"catalog\".\"contract_versions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"contract_id\" character varying(200) NOT NULL, \"version\" character varying(64) NOT NULL, \"major\" integer NOT NULL, \"minor\" integer NOT NULL, \"patch\" integer NOT NULL, \"prerelease\" character varying(64), \"product_id\" uuid NOT NULL, \"domain\" character varying(63) NOT NULL, \"api_version\" character varying(32) NOT NULL, \"document\" json NOT NULL, \"normalised\" jsonb NOT NULL, \"content_hash\" character(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d975932f14e4d73be73188e295f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_contract_versions_product\" ON \"catalog\".\"contract_versions\"  (\"product_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_contract_versions_domain_contract_version\" ON \"catalog\".\"contract_versions\"  (\"domain\", \"contract_id\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"catalog\".\"domains\" (\"name\" character varying(63) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text, \"owner_team_id\" character varying(63) NOT NULL, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f36af68a2defaa8ae5fdd9b5640\" PRIMARY KEY (\"name\"))");
    await queryRunner.query("CREATE TABLE \"catalog\".\"data_products\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"domain\" character varying(63) NOT NULL, \"name\" character varying(63) NOT NULL, \"urn\" character varying(200) NOT NULL, \"title\" character varying(200) NOT NULL, \"status\" character varying(16) NOT NULL, \"current_version\" character varying(64) NOT NULL, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_758d8775a02789c5cf588f28135\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_data_products_urn\" ON \"catalog\".\"data_products\"  (\"urn\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_data_products_domain_name\" ON \"catalog\".\"data_products\"  (\"domain\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"catalog\".\"product_versions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"product_id\" uuid NOT NULL, \"version\" character varying(64) NOT NULL, \"major\" integer NOT NULL, \"minor\" integer NOT NULL, \"patch\" integer NOT NULL, \"prerelease\" character varying(64), \"document\" json NOT NULL, \"normalised\" jsonb NOT NULL, \"contracts\" jsonb NOT NULL DEFAULT '[]', \"content_hash\" character(64) NOT NULL, \"created_by\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dbd6ab6ae9343c6c6f2df5e76db\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_product_versions_product_version\" ON \"catalog\".\"product_versions\"  (\"product_id\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"catalog\".\"output_ports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"product_version_id\" uuid NOT NULL, \"product_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"slug\" character varying(63) NOT NULL, \"major\" integer NOT NULL, \"version\" character varying(64) NOT NULL, \"urn\" character varying(300) NOT NULL, \"type\" character varying(100), \"description\" text, \"contract_id\" character varying(200), CONSTRAINT \"PK_8e1f8c7f1acb0076b34bd0a9762\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_output_ports_version_urn\" ON \"catalog\".\"output_ports\"  (\"product_version_id\", \"urn\") ");
    await queryRunner.query("CREATE INDEX \"ix_output_ports_urn\" ON \"catalog\".\"output_ports\"  (\"urn\") ");
    await queryRunner.query("CREATE TABLE \"catalog\".\"product_transitions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"product_id\" uuid NOT NULL, \"from_status\" character varying(16), \"to_status\" character varying(16) NOT NULL, \"reason\" text, \"actor\" character varying(200) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3c8875196af7af618f1b1a955e0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_product_transitions_product\" ON \"catalog\".\"product_transitions\"  (\"product_id\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD CONSTRAINT \"fk_data_products_domain\" FOREIGN KEY (\"domain\") REFERENCES \"catalog\".\"domains\"(\"name\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"catalog\".\"product_versions\" ADD CONSTRAINT \"fk_product_versions_product\" FOREIGN KEY (\"product_id\") REFERENCES \"catalog\".\"data_products\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"catalog\".\"output_ports\" ADD CONSTRAINT \"fk_output_ports_product_version\" FOREIGN KEY (\"product_version_id\") REFERENCES \"catalog\".\"product_versions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"output_ports\" DROP CONSTRAINT \"fk_output_ports_product_version\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"product_versions\" DROP CONSTRAINT \"fk_product_versions_product\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP CONSTRAINT \"fk_data_products_domain\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_product_transitions_product\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"product_transitions\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_output_ports_urn\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_output_ports_version_urn\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"output_ports\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_product_versions_product_version\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"product_versions\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_data_products_domain_name\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_data_products_urn\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"data_products\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"domains\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_contract_versions_domain_contract_version\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_contract_versions_product\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"contract_versions\"");
  }
}
