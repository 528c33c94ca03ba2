import { Injectable } from '@nestjs/common';
import { type CatalogProduct, CatalogReader } from '@meshwork/platform';

export { CatalogMissing, type CatalogProduct } from '@meshwork/platform';

/** The current version of a product: its output ports, each with its ODCS document (null without a contract). */
export interface CatalogPublication {
  ownerTeamId: string;
  ports: { urn: string; name: string; contract: Record<string, unknown> | null }[];
}

/** The catalog as SLA monitoring reads it: the output ports of products and their contracts. */
@Injectable()
export class CatalogClient extends CatalogReader {
  /** The current version's output ports with the ODCS documents of their contracts. */
  async publication(product: CatalogProduct, ownerTeamId: string, authorization: string | undefined): Promise<CatalogPublication> {
    const version = await this.currentVersion(product, authorization);
    const ports = await Promise.all(
      version.outputPorts.map(async (port) => {
        const contract = port.contractId ? version.contracts.find((c) => c.id === port.contractId) : undefined;
        return { urn: port.urn, name: port.name, contract: contract ? await this.contractDocument(product.domain, contract, authorization) : null };
      }),
    );
    return { ownerTeamId, ports };
  }
}
