import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search in tiers (exact name, names, tags and ports, everything) with one vector per tier, and typo correction
 * through a word list with a trigram index instead of trigrams over every product.
 */
export class SearchTiers1795645222953 implements MigrationInterface {
  name = 'SearchTiers1795645222953';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "catalog"."search_terms" ("term" character varying(60) NOT NULL, CONSTRAINT "PK_5dbe64fd530c2350fd868bf6460" PRIMARY KEY ("term"))');
    await queryRunner.query(
      `INSERT INTO "catalog"."search_terms" ("term")
       SELECT DISTINCT w FROM "catalog"."data_products", unnest(string_to_array("search_text", ' ')) AS w
       WHERE length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$' ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query('CREATE INDEX "ix_search_terms_trgm" ON "catalog"."search_terms" USING gin ("term" gin_trgm_ops)');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_search_text_trgm"');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" DROP COLUMN "search_text"');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" ADD "name_vector" tsvector');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" ADD "label_vector" tsvector');
    // Products registered before: names and tags are at hand; port names come with their next version.
    await queryRunner.query(
      `UPDATE "catalog"."data_products" SET
         "name_vector" = to_tsvector('english', replace("name", '-', ' ') || ' ' || "title"),
         "label_vector" = setweight(to_tsvector('english', replace("name", '-', ' ') || ' ' || "title"), 'A')
                       || setweight(to_tsvector('english', "domain" || ' ' || array_to_string("tags", ' ')), 'B')`,
    );
    await queryRunner.query('CREATE INDEX "ix_data_products_name" ON "catalog"."data_products" ("name")');
    await queryRunner.query('CREATE INDEX "ix_data_products_lower_title" ON "catalog"."data_products" (lower("title"))');
    await queryRunner.query('CREATE INDEX "ix_data_products_name_vector" ON "catalog"."data_products" USING gin ("name_vector")');
    await queryRunner.query('CREATE INDEX "ix_data_products_label_vector" ON "catalog"."data_products" USING gin ("label_vector")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_label_vector"');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_name_vector"');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_lower_title"');
    await queryRunner.query('DROP INDEX "catalog"."ix_data_products_name"');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" DROP COLUMN "label_vector"');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" DROP COLUMN "name_vector"');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" ADD "search_text" text NOT NULL DEFAULT \'\'');
    await queryRunner.query('CREATE INDEX "ix_data_products_search_text_trgm" ON "catalog"."data_products" USING gin ("search_text" gin_trgm_ops)');
    await queryRunner.query('DROP TABLE "catalog"."search_terms"');
  }
}
