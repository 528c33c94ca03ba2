import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weighted search vector loses its positions and weights (search only asks whether a product has a word; tiers
 * come from the name and label vectors) and is never compressed: testing a product against it no longer means
 * decompressing it, which made scans in `doc` order slow. The table is rewritten once by the type change.
 */
export class SearchVectorStripped1795656000000 implements MigrationInterface {
  name = 'SearchVectorStripped1795656000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "catalog"."search_vectors" ALTER COLUMN "search_vector" SET STORAGE EXTERNAL');
    await queryRunner.query('ALTER TABLE "catalog"."search_vectors" ALTER COLUMN "search_vector" TYPE tsvector USING strip("search_vector")');
    await queryRunner.query('ANALYZE "catalog"."search_vectors"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Positions and weights cannot be restored; the vectors stay stripped, stored the default way.
    await queryRunner.query('ALTER TABLE "catalog"."search_vectors" ALTER COLUMN "search_vector" SET STORAGE EXTENDED');
  }
}
