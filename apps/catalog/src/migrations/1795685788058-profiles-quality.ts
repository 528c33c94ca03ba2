import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Column profiles of output ports and the outcomes of their contracts' quality rules, both kept as history. */
export class ProfilesQuality1795685788058 implements MigrationInterface {
  name = 'ProfilesQuality1795685788058';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "catalog"."port_profiles" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "seq" bigint GENERATED ALWAYS AS IDENTITY,
      "port_urn" varchar(300) NOT NULL,
      "contract_id" varchar(200),
      "contract_version" varchar(64),
      "object" varchar(200),
      "row_count" bigint,
      "columns" jsonb NOT NULL,
      "source" varchar(16) NOT NULL,
      "run_id" varchar(200),
      "observed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "recorded_by" varchar(200),
      CONSTRAINT "pk_port_profiles" PRIMARY KEY ("id"),
      CONSTRAINT "uq_port_profiles_seq" UNIQUE ("seq"))`);
    await queryRunner.query('CREATE INDEX "ix_port_profiles_port_seq" ON "catalog"."port_profiles" ("port_urn", "seq" DESC)');
    await queryRunner.query(`CREATE TABLE "catalog"."quality_results" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "seq" bigint GENERATED ALWAYS AS IDENTITY,
      "port_urn" varchar(300) NOT NULL,
      "rule_id" varchar(300) NOT NULL,
      "element" varchar(600) NOT NULL,
      "metric" varchar(64),
      "severity" varchar(32) NOT NULL,
      "outcome" varchar(8) NOT NULL,
      "value" double precision,
      "unit" varchar(32),
      "row_count" bigint,
      "failing_rows" bigint,
      "basis" varchar(16) NOT NULL,
      "source" varchar(16) NOT NULL,
      "profile_id" uuid,
      "run_id" varchar(200),
      "detail" text,
      "contract_version" varchar(64),
      "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_quality_results" PRIMARY KEY ("id"),
      CONSTRAINT "uq_quality_results_seq" UNIQUE ("seq"),
      CONSTRAINT "ck_quality_results_outcome" CHECK ("outcome" IN ('pass', 'fail')),
      CONSTRAINT "fk_quality_results_profile" FOREIGN KEY ("profile_id") REFERENCES "catalog"."port_profiles" ("id") ON DELETE CASCADE)`);
    await queryRunner.query('CREATE INDEX "ix_quality_results_port_rule_seq" ON "catalog"."quality_results" ("port_urn", "rule_id", "seq" DESC)');
    await queryRunner.query('CREATE INDEX "ix_quality_results_port_seq" ON "catalog"."quality_results" ("port_urn", "seq" DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "catalog"."quality_results"');
    await queryRunner.query('DROP TABLE "catalog"."port_profiles"');
  }
}
