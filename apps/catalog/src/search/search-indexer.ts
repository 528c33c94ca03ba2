import { Injectable } from '@nestjs/common';
import type { NormalisedProduct } from '@meshwork/descriptors';
import type { EntityManager } from 'typeorm';
import type { DataProductEntity } from '../products/data-product.entity';
import { searchDocument } from './search-document';

/** Keeps a product's search columns and the word list in step with its current version, in the same transaction. */
@Injectable()
export class SearchIndexer {
  async index(manager: EntityManager, product: DataProductEntity, normalised: NormalisedProduct, contracts: Record<string, unknown>[]): Promise<void> {
    const doc = searchDocument(product.domain, product.name, normalised, contracts);
    await manager.query(
      `UPDATE catalog.data_products SET
         name_vector = to_tsvector('english', $2),
         label_vector = setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B'),
         search_vector = setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B')
                      || setweight(to_tsvector('english', $4), 'C') || setweight(to_tsvector('english', $5), 'D'),
         tags = $6, classifications = $7
       WHERE id = $1`,
      [product.id, doc.weighted.a, doc.weighted.b, doc.weighted.c, doc.weighted.d, doc.tags, doc.classifications],
    );
    // Sorted, so concurrent registrations lock shared words in one order.
    await manager.query('INSERT INTO catalog.search_terms (term) SELECT unnest($1::varchar[]) ON CONFLICT DO NOTHING', [[...doc.terms].sort()]);
  }
}
