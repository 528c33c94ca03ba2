import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves the large weighted search vector out of the product rows into a table of its own, so that the rows search
 * reads for filters, facets and results (with the small name and label vectors) are narrow enough to stay in
 * memory. The product table is rewritten once (by a column type change there and back) so that the space of the
 * moved vectors is given back at once.
 */
export class SearchVectorApart1795653187132 implements MigrationInterface {
  name = 'SearchVectorApart1795653187132';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"catalog\".\"ix_data_products_search_vector\"");
    await queryRunner.query("CREATE TABLE \"catalog\".\"search_vectors\" (\"doc\" integer NOT NULL, \"search_vector\" tsvector NOT NULL, CONSTRAINT \"PK_f19ae2611b670f4cd75e41bedbc\" PRIMARY KEY (\"doc\"))");
    await queryRunner.query(
      `INSERT INTO "catalog"."search_vectors" ("doc", "search_vector")
       SELECT "doc", coalesce("search_vector", '') FROM "catalog"."data_products"`,
    );
    await queryRunner.query('CREATE INDEX "ix_search_vectors_search" ON "catalog"."search_vectors" USING gin ("search_vector")');
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" DROP COLUMN \"search_vector\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"search_vectors\" ADD CONSTRAINT \"fk_search_vectors_product\" FOREIGN KEY (\"doc\") REFERENCES \"catalog\".\"data_products\"(\"doc\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query('ALTER TABLE "catalog"."data_products" ALTER COLUMN "index_version" TYPE bigint');
    await queryRunner.query('ALTER TABLE "catalog"."data_products" ALTER COLUMN "index_version" TYPE integer');
    await queryRunner.query('ANALYZE "catalog"."search_vectors"');
    await queryRunner.query('ANALYZE "catalog"."data_products"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"catalog\".\"search_vectors\" DROP CONSTRAINT \"fk_search_vectors_product\"");
    await queryRunner.query("ALTER TABLE \"catalog\".\"data_products\" ADD \"search_vector\" tsvector");
    await queryRunner.query('UPDATE "catalog"."data_products" p SET "search_vector" = v."search_vector" FROM "catalog"."search_vectors" v WHERE v."doc" = p."doc"');
    await queryRunner.query("DROP TABLE \"catalog\".\"search_vectors\"");
    await queryRunner.query("CREATE INDEX \"ix_data_products_search_vector\" ON \"catalog\".\"data_products\" USING gin (\"search_vector\") ");
  }
}
