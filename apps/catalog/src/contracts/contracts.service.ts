import { Injectable } from '@nestjs/common';
import { type Page, type PageQueryDto, pageWindow } from '@meshwork/platform';
import type { NormalisedProduct } from '@meshwork/descriptors';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { DataProductEntity } from '../products/data-product.entity';
import { ContractVersionEntity } from './contract-version.entity';

export interface ContractView {
  contract: ContractVersionEntity;
  productUrn: string;
}

@Injectable()
export class ContractsService {
  constructor(private readonly dataSource: DataSource) {}

  async listVersions(domain: string, contractId: string, query: PageQueryDto): Promise<Page<ContractView>> {
    const { limit, offset } = pageWindow(query);
    const [rows, total] = await this.dataSource.getRepository(ContractVersionEntity).findAndCount({
      where: { domain, contractId },
      order: { major: 'DESC', minor: 'DESC', patch: 'DESC', createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
    if (total === 0) throw new CatalogError(CatalogErrorCode.CONTRACT_NOT_FOUND, `No contract '${contractId}' in domain '${domain}'.`);
    return { items: await this.withProducts(rows), total, limit, offset };
  }

  async getVersion(domain: string, contractId: string, version: string): Promise<ContractView> {
    const row = await this.dataSource.getRepository(ContractVersionEntity).findOne({ where: { domain, contractId, version } });
    if (!row) throw new CatalogError(CatalogErrorCode.CONTRACT_NOT_FOUND, `No version ${version} of contract '${contractId}' in domain '${domain}'.`);
    const [view] = await this.withProducts([row]);
    return view;
  }

  /** The contract version a port points at: the same version as the port, else the newest of the port's major. */
  async findForPort(domain: string, contractId: string, portVersion: string, major: number): Promise<ContractVersionEntity | null> {
    const repo = this.dataSource.getRepository(ContractVersionEntity);
    return (await repo.findOne({ where: { domain, contractId, version: portVersion } })) ?? (await repo.findOne({ where: { domain, contractId, major }, order: { minor: 'DESC', patch: 'DESC' } }));
  }

  /**
   * The ODCS documents of a version's output ports, by contract id: those submitted with it, and for the others
   * the newest version stored in the domain.
   */
  async forPorts(manager: EntityManager, domain: string, product: NormalisedProduct, submitted: Record<string, unknown>[]): Promise<Map<string, Record<string, unknown>>> {
    const byId = new Map(submitted.map((doc) => [String(doc.id), doc]));
    const missing = [...new Set(product.outputPorts.map((p) => p.contractId).filter((id): id is string => id !== undefined && !byId.has(id)))];
    if (missing.length === 0) return byId;
    const rows = await manager.find(ContractVersionEntity, { where: { domain, contractId: In(missing) }, order: { major: 'DESC', minor: 'DESC', patch: 'DESC' } });
    for (const row of rows) if (!byId.has(row.contractId)) byId.set(row.contractId, row.document);
    return byId;
  }

  private async withProducts(rows: ContractVersionEntity[]): Promise<ContractView[]> {
    const ids = [...new Set(rows.map((r) => r.productId))];
    const products = ids.length === 0 ? [] : await this.dataSource.getRepository(DataProductEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).getMany();
    return rows.map((contract) => ({ contract, productUrn: products.find((p) => p.id === contract.productId)?.urn ?? '' }));
  }
}
