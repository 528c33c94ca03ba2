import { Inject, Injectable } from '@nestjs/common';
import { parseUrn } from '@meshwork/descriptors';
import { PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { contractDocumentUrl } from '../contracts/contracts.mapper';
import { ContractsService } from '../contracts/contracts.service';
import { OpenLineageService } from '../lineage/openlineage.service';
import { OutputPortEntity } from '../products/output-port.entity';
import { ProductVersionEntity } from '../products/product-version.entity';
import { toOutputPortDto, toProductDto } from '../products/products.mapper';
import { ProductsService } from '../products/products.service';
import type { ResolutionDto, ResolvedPortDto } from './dto/resolution.dto';

@Injectable()
export class ResolveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsService,
    private readonly contracts: ContractsService,
    private readonly openLineage: OpenLineageService,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async resolve(urn: string): Promise<ResolutionDto> {
    const parsed = parseUrn(urn);
    if (!parsed) {
      throw new CatalogError(
        CatalogErrorCode.INVALID_URN,
        `'${urn}' is not a Meshwork URN: expected urn:meshwork:<domain>:<product> or urn:meshwork:<domain>:<product>:<port>:v<major>, lower-case kebab names.`,
      );
    }
    const view = await this.products.get(parsed.domain, parsed.product).catch((error: unknown) => {
      if (error instanceof CatalogError && error.code === CatalogErrorCode.PRODUCT_NOT_FOUND) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `No data product is registered at ${urn}.`);
      throw error;
    });
    const product = toProductDto(view);
    const access = { requestUrl: `${this.config.accessUrl.replace(/\/$/, '')}/v1/access-requests`, method: 'POST' };
    if (parsed.kind === 'product') return { urn, kind: 'product', product, access: { ...access, target: urn } };
    const port = await this.resolvePort(view.product.id, view.product.domain, urn);
    return { urn, kind: 'port', product, port, access: { ...access, target: urn } };
  }

  /** The port as declared by the newest product version that still has it. */
  private async resolvePort(productId: string, domain: string, urn: string): Promise<ResolvedPortDto> {
    const row = await this.dataSource
      .createQueryBuilder(OutputPortEntity, 'port')
      .innerJoinAndMapOne('port.productVersion', ProductVersionEntity, 'v', 'v.id = port.product_version_id')
      .where('port.product_id = :productId AND port.urn = :urn', { productId, urn })
      .orderBy('v.major', 'DESC')
      .addOrderBy('v.minor', 'DESC')
      .addOrderBy('v.patch', 'DESC')
      .addOrderBy('v.created_at', 'DESC')
      .getOne();
    if (!row || !row.productVersion) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `The data product exists but has no output port at ${urn}.`);
    const contract = row.contractId ? await this.contracts.findForPort(domain, row.contractId, row.version, row.major) : null;
    const lastRun = await this.openLineage.lastSuccessfulRun(urn);
    return {
      ...toOutputPortDto(row),
      productVersion: row.productVersion.version,
      lastSuccessfulRunAt: lastRun?.toISOString() ?? null,
      contract: row.contractId
        ? { id: row.contractId, version: contract?.version ?? null, documentUrl: contract ? contractDocumentUrl(domain, contract.contractId, contract.version) : null }
        : null,
    };
  }
}
