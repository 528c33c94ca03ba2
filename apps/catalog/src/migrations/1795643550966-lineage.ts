import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Lineage1795643550966 implements MigrationInterface {
  name = 'Lineage1795643550966';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"catalog\".\"dataset_runs\" (\"ref\" character varying(600) NOT NULL, \"last_success_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"run_id\" character varying(200) NOT NULL, \"job\" character varying(600) NOT NULL, CONSTRAINT \"PK_fe7dcfa4e3f37b6f646fdcca9ae\" PRIMARY KEY (\"ref\"))");
    await queryRunner.query("CREATE TABLE \"catalog\".\"lineage_aliases\" (\"ref\" character varying(600) NOT NULL, \"urn\" character varying(300) NOT NULL, CONSTRAINT \"PK_6c9a9b1340730860207cefdf264\" PRIMARY KEY (\"ref\"))");
    await queryRunner.query("CREATE INDEX \"ix_lineage_aliases_urn\" ON \"catalog\".\"lineage_aliases\"  (\"urn\") ");
    await queryRunner.query("CREATE TABLE \"catalog\".\"lineage_edges\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"from_ref\" character varying(600) NOT NULL, \"to_ref\" character varying(600) NOT NULL, \"from_node\" character varying(600) NOT NULL, \"to_node\" character varying(600) NOT NULL, \"kind\" character varying(20) NOT NULL, \"source\" character varying(600) NOT NULL, \"product_id\" uuid, \"observed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_99e622724fd40ffcf4632d4e6dc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_lineage_edges_product\" ON \"catalog\".\"lineage_edges\"  (\"product_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_lineage_edges_to_ref\" ON \"catalog\".\"lineage_edges\"  (\"to_ref\") ");
    await queryRunner.query("CREATE INDEX \"ix_lineage_edges_from_ref\" ON \"catalog\".\"lineage_edges\"  (\"from_ref\") ");
    await queryRunner.query("CREATE INDEX \"ix_lineage_edges_to_node\" ON \"catalog\".\"lineage_edges\"  (\"to_node\") ");
    await queryRunner.query("CREATE INDEX \"ix_lineage_edges_from_node\" ON \"catalog\".\"lineage_edges\"  (\"from_node\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_lineage_edges_identity\" ON \"catalog\".\"lineage_edges\"  (\"from_ref\", \"to_ref\", \"kind\", \"source\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"catalog\".\"uq_lineage_edges_identity\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_lineage_edges_from_node\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_lineage_edges_to_node\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_lineage_edges_from_ref\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_lineage_edges_to_ref\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_lineage_edges_product\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"lineage_edges\"");
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_lineage_aliases_urn\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"lineage_aliases\"");
    await queryRunner.query("DROP TABLE \"catalog\".\"dataset_runs\"");
  }
}
