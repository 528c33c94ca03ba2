import type { MigrationInterface, QueryRunner } from 'typeorm';
import countries from '../glossary/data/iso-3166-1-alpha-2.json';
import currencies from '../glossary/data/iso-4217.json';

// The code lists shipped with the platform; a later revision of them lands as a new migration.
const SHIPPED_CODE_LISTS = [countries, currencies];

export class GlossaryAndMasterData1795665988394 implements MigrationInterface {
  name = 'GlossaryAndMasterData1795665988394';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"governance\".\"code_lists\" (\"name\" character varying(63) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text, \"standard\" character varying(200), \"shipped\" boolean NOT NULL DEFAULT false, \"codes\" jsonb NOT NULL, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c9f491544621c15d3f18226e20d\" PRIMARY KEY (\"name\"))");
    await queryRunner.query("CREATE TABLE \"governance\".\"glossary_terms\" (\"name\" character varying(63) NOT NULL, \"title\" character varying(200) NOT NULL, \"definition\" text NOT NULL, \"owner_team_id\" character varying(63) NOT NULL, \"synonyms\" text array NOT NULL DEFAULT '{}', \"status\" character varying(20) NOT NULL, \"master_data_entity\" character varying(63), \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5848b4db8481922c728b763a720\" PRIMARY KEY (\"name\"))");
    await queryRunner.query("CREATE INDEX \"glossary_terms_status_idx\" ON \"governance\".\"glossary_terms\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"governance\".\"master_data_entities\" (\"name\" character varying(63) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text, \"owner_team_id\" character varying(63) NOT NULL, \"attributes\" jsonb NOT NULL, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_50f1d52edf487805d346681184d\" PRIMARY KEY (\"name\"))");
    for (const list of SHIPPED_CODE_LISTS) {
      await queryRunner.query(
        'INSERT INTO "governance"."code_lists" ("name", "title", "description", "standard", "shipped", "codes", "revision") VALUES ($1, $2, $3, $4, true, $5::jsonb, 1)',
        [list.name, list.title, list.description, list.standard, JSON.stringify(list.codes)],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"governance\".\"master_data_entities\"");
    await queryRunner.query("DROP INDEX \"governance\".\"glossary_terms_status_idx\"");
    await queryRunner.query("DROP TABLE \"governance\".\"glossary_terms\"");
    await queryRunner.query("DROP TABLE \"governance\".\"code_lists\"");
  }
}
