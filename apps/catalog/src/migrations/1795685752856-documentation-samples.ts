import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentationSamples1795685752856 implements MigrationInterface {
  name = 'DocumentationSamples1795685752856';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"catalog\".\"documentation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"product_id\" uuid NOT NULL, \"product_version_id\" uuid NOT NULL, \"target\" character varying(300) NOT NULL, \"markdown\" text NOT NULL, \"content_hash\" character(64) NOT NULL, \"updated_by\" character varying(200) NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5bd6f5f1b06e11515e4174b020f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_documentation_product\" ON \"catalog\".\"documentation\"  (\"product_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_documentation_version_target\" ON \"catalog\".\"documentation\"  (\"product_version_id\", \"target\") ");
    await queryRunner.query("CREATE TABLE \"catalog\".\"port_samples\" (\"port_urn\" character varying(300) NOT NULL, \"product_id\" uuid NOT NULL, \"contract_id\" character varying(200) NOT NULL, \"contract_version\" character varying(64) NOT NULL, \"schema_name\" character varying(200) NOT NULL, \"rows\" jsonb NOT NULL, \"row_count\" integer NOT NULL, \"format\" character varying(8) NOT NULL, \"uploaded_by\" character varying(200) NOT NULL, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5cb970cc414d86881fae72a13bb\" PRIMARY KEY (\"port_urn\"))");
    await queryRunner.query("ALTER TABLE \"catalog\".\"documentation\" ADD CONSTRAINT \"fk_documentation_product\" FOREIGN KEY (\"product_id\") REFERENCES \"catalog\".\"data_products\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"catalog\".\"documentation\" ADD CONSTRAINT \"fk_documentation_product_version\" FOREIGN KEY (\"product_version_id\") REFERENCES \"catalog\".\"product_versions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"catalog\".\"port_samples\" ADD CONSTRAINT \"fk_port_samples_product\" FOREIGN KEY (\"product_id\") REFERENCES \"catalog\".\"data_products\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"port_samples\" DROP CONSTRAINT \"fk_port_samples_product\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"documentation\" DROP CONSTRAINT \"fk_documentation_product_version\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"documentation\" DROP CONSTRAINT \"fk_documentation_product\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"port_samples\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_documentation_version_target\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_documentation_product\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"documentation\"");
  }
}
