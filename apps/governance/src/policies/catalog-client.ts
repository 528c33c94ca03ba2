import { Injectable } from '@nestjs/common';
import { type CatalogProduct, CatalogReader } from '@meshwork/platform';

export { CatalogMissing, type CatalogProduct } from '@meshwork/platform';

/** States of a product still part of the mesh: a retired one is left out of dry runs. */
const IN_MESH = ['draft', 'published', 'deprecated'];

/** A product version with its documents, read from the catalog. */
export interface CatalogSubmission {
  product: Record<string, unknown>;
  contracts: Record<string, unknown>[];
}

/** The catalog as governance reads it: products still in the mesh, with their documents. */
@Injectable()
export class CatalogClient extends CatalogReader {
  meshProducts(authorization: string | undefined): Promise<CatalogProduct[]> {
    return this.products(IN_MESH, authorization);
  }

  /** The current version's ODPS document and the ODCS documents of the contracts submitted with it. */
  async submission(product: CatalogProduct, authorization: string | undefined): Promise<CatalogSubmission> {
    const document = await this.productDocument(product, product.currentVersion, authorization);
    const { contracts } = await this.currentVersion(product, authorization);
    return { product: document, contracts: await Promise.all(contracts.map((contract) => this.contractDocument(product.domain, contract, authorization))) };
  }
}
