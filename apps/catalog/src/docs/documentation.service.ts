import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { parseUrn } from '@meshwork/descriptors';
import { AccessControl, checkIfMatch, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import type { Json } from '../common/json';
import { ContractsService } from '../contracts/contracts.service';
import { DataProductEntity } from '../products/data-product.entity';
import { OutputPortEntity } from '../products/output-port.entity';
import { ProductVersionEntity } from '../products/product-version.entity';
import { SearchIndexer } from '../search/search-indexer';
import { checkMarkdown, markdownHash, pointerToken, type SubmittedDocumentation } from './documentation-input';
import { type DocumentationLink, portLinks, productLinks } from './documentation-links';
import { DocumentationEntity, PRODUCT_TARGET } from './documentation.entity';

/** Most documentation text indexed for search per product version; the rest is kept and served, not indexed. */
const MAX_SEARCH_TEXT = 512 * 1024;

/** What a documentation request is about: a product version, and the port of it when a port is documented. */
export interface DocumentationSubject {
  product: DataProductEntity;
  version: ProductVersionEntity;
  port: OutputPortEntity | null;
  /** The product URN or the port URN. */
  urn: string;
  /** `product` or the port URN: the row's target. */
  target: string;
}

/** Quoted SHA-256 of the Markdown: the ETag of a documentation. */
export const documentationEtag = (row: Pick<DocumentationEntity, 'contentHash'>): string => `"${row.contentHash}"`;

/**
 * Markdown documentation of products and output ports, one row per product version and target. A new version starts
 * with a copy of the documentation of the version before it, unless the registration replaces it. The current
 * version's documentation is part of the product's search index.
 */
@Injectable()
export class DocumentationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly contracts: ContractsService,
    private readonly search: SearchIndexer,
  ) {}

  /**
   * In a registration's transaction, for a version just added: carries over the documentation of `previousVersionId`
   * for the targets the new version still has, then applies what the envelope sent.
   */
  async carryOver(manager: EntityManager, actor: Actor, productId: string, previousVersionId: string | null, version: ProductVersionEntity, ports: OutputPortEntity[], submitted: SubmittedDocumentation | undefined): Promise<void> {
    const targets = new Set([PRODUCT_TARGET, ...ports.map((p) => p.urn)]);
    if (previousVersionId) {
      const previous = await manager.find(DocumentationEntity, { where: { productVersionId: previousVersionId } });
      const carried = previous.filter((row) => targets.has(row.target));
      if (carried.length > 0) {
        await manager.insert(DocumentationEntity, carried.map((row) => ({ productId, productVersionId: version.id, target: row.target, markdown: row.markdown, contentHash: row.contentHash, updatedBy: row.updatedBy, updatedAt: row.updatedAt })));
      }
    }
    if (submitted) await this.applySubmitted(manager, actor, productId, version, ports, submitted);
  }

  /** Documentation sent with an unchanged registration replaces that version's. */
  async applyToExisting(manager: EntityManager, actor: Actor, productId: string, version: ProductVersionEntity, submitted: SubmittedDocumentation): Promise<void> {
    const ports = await manager.find(OutputPortEntity, { where: { productVersionId: version.id } });
    await this.applySubmitted(manager, actor, productId, version, ports, submitted);
  }

  private async applySubmitted(manager: EntityManager, actor: Actor, productId: string, version: ProductVersionEntity, ports: OutputPortEntity[], submitted: SubmittedDocumentation): Promise<void> {
    const writes = new Map<string, string | null>();
    if (submitted.product !== undefined) writes.set(PRODUCT_TARGET, submitted.product);
    const unknown: string[] = [];
    for (const [key, markdown] of Object.entries(submitted.ports)) {
      const matching = ports.filter((p) => p.name === key || p.urn === key);
      if (matching.length === 0) unknown.push(key);
      for (const port of matching) writes.set(port.urn, markdown);
    }
    if (unknown.length > 0) {
      const names = ports.map((p) => `'${p.name}'`).join(', ') || 'none';
      throw new CatalogError(
        CatalogErrorCode.INVALID_DOCUMENT,
        `The envelope documents ports this version does not declare: ${unknown.map((k) => `'${k}'`).join(', ')} (its output ports: ${names}).`,
        unknown.map((key) => ({ pointer: `/documentation/ports/${pointerToken(key)}`, detail: 'names no output port of this version (give a port name or URN)' })),
      );
    }
    for (const [target, markdown] of writes) {
      if (markdown === null) await manager.delete(DocumentationEntity, { productVersionId: version.id, target });
      else await this.upsert(manager, actor, productId, version.id, target, markdown);
    }
  }

  private async upsert(manager: EntityManager, actor: Actor, productId: string, productVersionId: string, target: string, markdown: string): Promise<DocumentationEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DocumentationEntity)
      .values({ productId, productVersionId, target, markdown, contentHash: markdownHash(markdown), updatedBy: actor.id })
      .orUpdate(['markdown', 'content_hash', 'updated_by', 'updated_at'], ['product_version_id', 'target'])
      .execute();
    return manager.findOneOrFail(DocumentationEntity, { where: { productVersionId, target } });
  }

  /** The Markdown of a version, product first then ports by target, as search indexes it. */
  async searchText(manager: EntityManager, productVersionId: string): Promise<string[]> {
    const rows = await manager.find(DocumentationEntity, { where: { productVersionId }, order: { target: 'ASC' } });
    const texts: string[] = [];
    let budget = MAX_SEARCH_TEXT;
    for (const row of [...rows.filter((r) => r.target === PRODUCT_TARGET), ...rows.filter((r) => r.target !== PRODUCT_TARGET)]) {
      if (budget <= 0) break;
      texts.push(row.markdown.slice(0, budget));
      budget -= row.markdown.length;
    }
    return texts;
  }

  /** The product version (current unless `version` is given) whose product documentation is asked about. */
  async productSubject(domain: string, name: string, version: string | undefined, manager: EntityManager = this.dataSource.manager, lock = false): Promise<DocumentationSubject> {
    const product = await manager.findOne(DataProductEntity, { where: { domain, name }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!product) throw new CatalogError(CatalogErrorCode.PRODUCT_NOT_FOUND, `No data product '${name}' in domain '${domain}'.`);
    const wanted = version ?? product.currentVersion;
    const row = await manager.findOne(ProductVersionEntity, { where: { productId: product.id, version: wanted } });
    if (!row) throw new CatalogError(CatalogErrorCode.VERSION_NOT_FOUND, `Data product ${domain}/${name} has no version ${wanted}.`);
    return { product, version: row, port: null, urn: product.urn, target: PRODUCT_TARGET };
  }

  /** The output port at `urn` in product version `version`, or in the newest version that declares it. */
  async portSubject(urn: string, version: string | undefined, manager: EntityManager = this.dataSource.manager, lock = false): Promise<DocumentationSubject> {
    const parsed = parseUrn(urn);
    if (!parsed || parsed.kind !== 'port') {
      throw new CatalogError(CatalogErrorCode.INVALID_URN, `'${urn}' is not an output port URN: expected urn:meshwork:<domain>:<product>:<port>:v<major>.`);
    }
    const product = await manager.findOne(DataProductEntity, { where: { domain: parsed.domain, name: parsed.product }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!product) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `No data product is registered at ${urn}.`);
    const query = manager
      .createQueryBuilder(OutputPortEntity, 'port')
      .innerJoinAndMapOne('port.productVersion', ProductVersionEntity, 'v', 'v.id = port.product_version_id')
      .where('port.product_id = :productId AND port.urn = :urn', { productId: product.id, urn });
    if (version !== undefined) query.andWhere('v.version = :version', { version });
    const port = await query.orderBy('v.major', 'DESC').addOrderBy('v.minor', 'DESC').addOrderBy('v.patch', 'DESC').addOrderBy('v.created_at', 'DESC').getOne();
    if (!port?.productVersion) {
      throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, version === undefined ? `The data product exists but has no output port at ${urn}.` : `Version ${version} of ${product.domain}/${product.name} has no output port at ${urn}.`);
    }
    return { product, version: port.productVersion, port, urn, target: urn };
  }

  async read(about: DocumentationSubject): Promise<DocumentationEntity> {
    const row = await this.dataSource.getRepository(DocumentationEntity).findOne({ where: { productVersionId: about.version.id, target: about.target } });
    if (!row) throw new CatalogError(CatalogErrorCode.DOCUMENTATION_NOT_FOUND, `${about.urn} has no documentation in version ${about.version.version}.`);
    return row;
  }

  async find(about: DocumentationSubject): Promise<DocumentationEntity | null> {
    return this.dataSource.getRepository(DocumentationEntity).findOne({ where: { productVersionId: about.version.id, target: about.target } });
  }

  /** Writes (or, with `markdown` null, deletes) the documentation; the product row is locked for it, and search follows. */
  async write(actor: Actor, locate: (manager: EntityManager) => Promise<DocumentationSubject>, markdown: string | null, ifMatch: string | undefined): Promise<{ about: DocumentationSubject; row: DocumentationEntity | null }> {
    if (markdown !== null) checkMarkdown(markdown, '');
    return this.dataSource.transaction(async (manager) => {
      const about = await locate(manager);
      const { product } = about;
      this.access.require(actor, 'update', subject('DataProduct', { domain: product.domain, ownerTeamId: product.ownerTeamId }), `data product ${product.domain}/${product.name}`);
      const existing = await manager.findOne(DocumentationEntity, { where: { productVersionId: about.version.id, target: about.target } });
      if (ifMatch !== undefined) {
        if (!existing) throw new PlatformError(PlatformErrorCode.PRECONDITION_FAILED, `If-Match ${ifMatch} was sent, but ${about.urn} has no documentation in version ${about.version.version}.`);
        checkIfMatch(ifMatch, documentationEtag(existing));
      }
      let row: DocumentationEntity | null = null;
      if (markdown === null) {
        if (!existing) throw new CatalogError(CatalogErrorCode.DOCUMENTATION_NOT_FOUND, `${about.urn} has no documentation in version ${about.version.version}.`);
        await manager.delete(DocumentationEntity, { id: existing.id });
      } else {
        row = await this.upsert(manager, actor, product.id, about.version.id, about.target, markdown);
      }
      if (about.version.version === product.currentVersion) await this.reindex(manager, product, about.version);
      return { about, row };
    });
  }

  /** Indexes the product's current version again, with its documentation. */
  private async reindex(manager: EntityManager, product: DataProductEntity, version: ProductVersionEntity): Promise<void> {
    const contracts = await this.contracts.forPorts(manager, product.domain, version.normalised, []);
    await this.search.index(manager, product, version.normalised, [...contracts.values()], await this.searchText(manager, version.id));
  }

  /** The authoritative definitions beside the documentation: the product's, or the port's and its contract's. */
  async links(about: DocumentationSubject): Promise<DocumentationLink[]> {
    const document = about.version.document as Json;
    if (!about.port) return productLinks(document);
    const { port } = about;
    const index = about.version.normalised.outputPorts.findIndex((p) => p.name === port.name && p.major === port.major);
    const contract = port.contractId ? await this.contracts.findForPort(about.product.domain, port.contractId, port.version, port.major) : null;
    return portLinks(document, index, contract ? (contract.document as Json) : undefined);
  }
}
