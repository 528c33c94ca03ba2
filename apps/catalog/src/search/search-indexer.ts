import { Injectable } from '@nestjs/common';
import type { NormalisedProduct } from '@meshwork/descriptors';
import { type EntityManager, In } from 'typeorm';
import { ContractVersionEntity } from '../contracts/contract-version.entity';
import type { DataProductEntity } from '../products/data-product.entity';
import { searchDocument } from './search-document';

/** Keeps a product's search columns in step with its current version, inside the same transaction. */
@Injectable()
export class SearchIndexer {
  async index(manager: EntityManager, product: DataProductEntity, normalised: NormalisedProduct, submitted: Record<string, unknown>[]): Promise<void> {
    const contracts = [...submitted, ...(await this.storedContracts(manager, product, normalised, submitted))];
    const doc = searchDocument(product.domain, product.name, normalised, contracts);
    await manager.query(
      `UPDATE catalog.data_products SET
         search_vector = setweight(to_tsvector('english', $2), 'A') || setweight(to_tsvector('english', $3), 'B')
                      || setweight(to_tsvector('english', $4), 'C') || setweight(to_tsvector('english', $5), 'D'),
         search_text = $6, tags = $7, classifications = $8
       WHERE id = $1`,
      [product.id, doc.weighted.a, doc.weighted.b, doc.weighted.c, doc.weighted.d, doc.text, doc.tags, doc.classifications],
    );
  }

  /** Contracts of the current ports that this submission did not carry: their newest stored version. */
  private async storedContracts(manager: EntityManager, product: DataProductEntity, normalised: NormalisedProduct, submitted: Record<string, unknown>[]) {
    const submittedIds = new Set(submitted.map((c) => c.id));
    const missing = [...new Set(normalised.outputPorts.map((p) => p.contractId).filter((id): id is string => Boolean(id) && !submittedIds.has(id)))];
    if (missing.length === 0) return [];
    const rows = await manager.find(ContractVersionEntity, { where: { domain: product.domain, contractId: In(missing) }, order: { major: 'DESC', minor: 'DESC', patch: 'DESC' } });
    const newest = new Map<string, Record<string, unknown>>();
    for (const row of rows) if (!newest.has(row.contractId)) newest.set(row.contractId, row.document);
    return [...newest.values()];
  }
}
