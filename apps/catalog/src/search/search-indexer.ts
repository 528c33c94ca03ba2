import { Injectable } from '@nestjs/common';
import type { NormalisedProduct } from '@meshwork/descriptors';
import type { EntityManager } from 'typeorm';
import type { DataProductEntity } from '../products/data-product.entity';
import { searchDocument } from './search-document';

/** The tier a word `w` of a product is found in: 1 in its names, 2 in its labels (domain, tags, ports), 3 elsewhere. */
const level = (vectors: string) =>
  `CASE WHEN w.lexeme = ANY (tsvector_to_array(${vectors}.name_vector)) THEN 1 WHEN w.lexeme = ANY (tsvector_to_array(${vectors}.label_vector)) THEN 2 ELSE 3 END`;

/**
 * Keeps a product's search columns, its search postings and the word list in step with its current version, in
 * the same transaction (the product row is locked by the caller). Postings that did not change are left alone.
 */
@Injectable()
export class SearchIndexer {
  async index(manager: EntityManager, product: DataProductEntity, normalised: NormalisedProduct, contracts: Record<string, unknown>[], documentation: string[] = []): Promise<void> {
    const doc = searchDocument(product.domain, product.name, normalised, contracts, documentation);
    await manager.query(
      `WITH product AS (SELECT doc, name_vector, label_vector FROM catalog.data_products WHERE id = $1),
       fresh AS (
         SELECT to_tsvector('english', $2) AS name_vector,
                setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B') AS label_vector,
                -- Every word, without positions or weights: only whether a product has a word is ever asked of it.
                strip(to_tsvector('english', $2) || to_tsvector('english', $3) || to_tsvector('english', $4) || to_tsvector('english', $5)) AS search_vector
       ),
       before AS (SELECT v.search_vector FROM catalog.search_vectors v, product WHERE v.doc = product.doc),
       written AS (
         INSERT INTO catalog.search_vectors (doc, search_vector) SELECT product.doc, fresh.search_vector FROM product, fresh
         ON CONFLICT (doc) DO UPDATE SET search_vector = excluded.search_vector
         RETURNING doc
       ),
       labelled AS (
         UPDATE catalog.data_products SET name_vector = fresh.name_vector, label_vector = fresh.label_vector, tags = $6, classifications = $7
         FROM fresh WHERE id = $1
       ),
       was AS (SELECT w.lexeme, ${level('product')} AS level FROM product, before, unnest(before.search_vector) w),
       is_now AS (SELECT w.lexeme, ${level('fresh')} AS level FROM fresh, unnest(fresh.search_vector) w),
       removed AS (
         DELETE FROM catalog.search_postings sp USING (SELECT * FROM was EXCEPT SELECT * FROM is_now) gone, product
         WHERE sp.lexeme = gone.lexeme AND sp.level = gone.level AND sp.doc = product.doc
       )
       INSERT INTO catalog.search_postings (lexeme, level, doc)
       SELECT added.lexeme, added.level, written.doc FROM (SELECT * FROM is_now EXCEPT SELECT * FROM was) added, written
       ORDER BY 1, 2 ON CONFLICT DO NOTHING`,
      [product.id, doc.weighted.a, doc.weighted.b, doc.weighted.c, doc.weighted.d, doc.tags, doc.classifications],
    );
    // Sorted, so concurrent registrations lock shared words in one order.
    await manager.query('INSERT INTO catalog.search_terms (term) SELECT unnest($1::varchar[]) ON CONFLICT DO NOTHING', [[...doc.terms].sort()]);
  }
}
