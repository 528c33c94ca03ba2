import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The GIN indexes search reads: names, labels, everything searchable, tags and classifications. */
const INDEXES = ['ix_data_products_name_vector', 'ix_data_products_label_vector', 'ix_search_vectors_search', 'ix_data_products_tags', 'ix_data_products_classifications'];

/**
 * GIN indexes take new entries into an unsorted pending list that every search through them reads in full, until
 * vacuum or a write that finds the list over its limit merges it into the index. At the default limit of 4 MB, the
 * several-word searches of a catalog taking registrations ran about twice as long as right after a vacuum; at 64 kB
 * the list stays a few pages long. Only the storage parameter changes: nothing is rebuilt.
 */
export class SearchPendingLists1795688188473 implements MigrationInterface {
  name = 'SearchPendingLists1795688188473';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.query(`ALTER INDEX "catalog"."${index}" SET (gin_pending_list_limit = 64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.query(`ALTER INDEX "catalog"."${index}" RESET (gin_pending_list_limit)`);
  }
}
