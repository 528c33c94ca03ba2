import { GovernanceGate } from '../governance/governance-gate';
import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { compareSemver, contractDatasets, diffContracts, type OdcsContract, parseUrn, portUrn, productUrn } from '@meshwork/descriptors';
import { AccessControl, checkIfMatch, etagOf, EventOutbox, type Page, pageWindow, PlatformError, PlatformErrorCode, retryOnConflict } from '@meshwork/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { semverColumns } from '../common/semver-row';
import { ContractVersionEntity } from '../contracts/contract-version.entity';
import { DomainEntity } from '../domains/domain.entity';
import { DomainsService } from '../domains/domains.service';
import { SearchIndexer } from '../search/search-indexer';
import { LineageIndexer } from '../lineage/lineage-indexer';
import { contractRef, datasetRef } from '../lineage/refs';
import { ContractsService } from '../contracts/contracts.service';
import { ChangesService } from '../changes/changes.service';
import { DocumentationService } from '../docs/documentation.service';
import type { ProductChange } from '../changes/product-change';
import { contractChanges, contractSla, majorDeprecationDate } from '../events/catalog-feed';
import { DataProductEntity } from './data-product.entity';
import type { ListProductsQueryDto } from './dto/product.dto';
import { canTransition, allowedTransitions, type LifecycleStatus } from './lifecycle';
import { OutputPortEntity } from './output-port.entity';
import { type CheckedContract, type CheckedSubmission, checkSubmission, portSlug, readSubmission } from './product-submission';
import { ProductTransitionEntity } from './product-transition.entity';
import { ProductVersionEntity } from './product-version.entity';

export type RegisterOutcome = 'created' | 'version-added' | 'unchanged';

/** Bump when search or lineage indexing changes: products registered before are indexed again on their next registration. */
export const INDEX_VERSION = 1;

/** A product with the version that is current and that version's output ports. */
export interface ProductView {
  product: DataProductEntity;
  version: ProductVersionEntity;
  ports: OutputPortEntity[];
}

@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly domains: DomainsService,
    private readonly search: SearchIndexer,
    private readonly lineage: LineageIndexer,
    private readonly contractsService: ContractsService,
    private readonly changes: ChangesService,
    private readonly gate: GovernanceGate,
    private readonly events: EventOutbox,
    private readonly documentation: DocumentationService,
  ) {}

  /**
   * Self-serve registration: the same document twice changes nothing; a new semver adds a version. With `ifMatch`,
   * the product must exist and still carry that ETag (412 otherwise), so that a stale writer cannot add a version.
   */
  async register(actor: Actor, domain: string, name: string, body: unknown, authorization?: string, ifMatch?: string): Promise<{ outcome: RegisterOutcome; view: ProductView }> {
    // Who may register here is settled before the documents are read: a stranger learns nothing from validation.
    const owner = await this.domains.get(domain);
    this.access.require(actor, 'update', subject('DataProduct', { domain, ownerTeamId: owner.ownerTeamId }), `data products of domain '${domain}'`);
    const submission = checkSubmission(readSubmission(body), domain);
    // Registrations of related products touch shared lineage rows and the word list: a deadlock is retried.
    const result = await retryOnConflict(() => this.dataSource.transaction(async (manager) => {
      const domainRow = await this.domains.get(domain, manager);
      this.access.require(actor, 'update', subject('DataProduct', { domain, ownerTeamId: domainRow.ownerTeamId }), `data products of domain '${domain}'`);
      const created = await this.insertIfAbsent(manager, domainRow, name, submission);
      const product = await manager.findOneOrFail(DataProductEntity, { where: { domain, name }, lock: { mode: 'pessimistic_write' } });
      if (ifMatch !== undefined) checkProductIfMatch(ifMatch, product, created);
      if (created) await manager.save(manager.create(ProductTransitionEntity, { productId: product.id, from: null, to: 'draft', reason: 'registered', actor: actor.id }));
      const outcome = await this.addVersion(manager, actor, product, submission, created, authorization);
      // The search indexer updates the row too, so the revision (and the ETag answered) is read back.
      const stored = await manager.findOneOrFail(DataProductEntity, { where: { id: product.id } });
      return { outcome, view: await this.view(manager, stored) };
    }));
    return result;
  }

  private async insertIfAbsent(manager: EntityManager, domain: DomainEntity, name: string, submission: CheckedSubmission): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(DataProductEntity)
      .values({
        domain: domain.name,
        name,
        urn: productUrn(domain.name, name),
        title: submission.normalised.name ?? name,
        status: 'draft',
        currentVersion: submission.version,
        ownerTeamId: domain.ownerTeamId,
      })
      .orIgnore()
      .execute();
    return result.identifiers.length > 0 && result.identifiers[0] !== undefined;
  }

  private async addVersion(manager: EntityManager, actor: Actor, product: DataProductEntity, submission: CheckedSubmission, created: boolean, authorization?: string): Promise<RegisterOutcome> {
    const { version } = submission;
    const where = `${product.domain}/${product.name}`;
    if (product.status === 'retired') throw new CatalogError(CatalogErrorCode.PRODUCT_RETIRED, `Data product ${where} is retired; it accepts no new versions.`);
    const existing = await manager.findOne(ProductVersionEntity, { where: { productId: product.id, version } });
    if (existing) {
      if (existing.contentHash !== submission.hash) {
        throw new CatalogError(CatalogErrorCode.VERSION_CONFLICT, `Version ${version} of ${where} already exists with different content; every version is immutable, so publish the change as a new version.`);
      }
      if (submission.documentation) await this.documentation.applyToExisting(manager, actor, product.id, existing, submission.documentation);
      if (existing.version === product.currentVersion && (product.indexVersion < INDEX_VERSION || submission.documentation)) await this.indexCurrent(manager, actor, product, existing, submission);
      return 'unchanged';
    }
    if (!created && compareSemver(version, product.currentVersion) <= 0) {
      throw new CatalogError(CatalogErrorCode.VERSION_NOT_INCREASING, `Version ${version} is not greater than the current version ${product.currentVersion} of ${where}.`);
    }
    if (!created) await this.refuseUnannouncedBreaks(manager, product, submission);
    // A new version of a published product is published at once: it passes the gate first.
    const findings =
      product.status === 'published'
        ? await this.gate.check({ domain: product.domain, name: product.name, version, product: submission.product, contracts: submission.contracts.map((c) => c.document) }, authorization)
        : null;
    const added = await this.storeContracts(manager, product, submission.contracts);
    const row = await manager.save(
      manager.create(ProductVersionEntity, {
        productId: product.id,
        ...semverColumns(version),
        document: submission.product,
        normalised: submission.normalised,
        contracts: submission.contracts.map((c) => ({ id: c.normalised.id, version: c.normalised.version })),
        contentHash: submission.hash,
        createdBy: actor.id,
        policyFindings: findings,
        policyCheckedAt: findings ? new Date() : null,
      }),
    );
    const ports = await manager.save(
      submission.normalised.outputPorts.map((port) =>
        manager.create(OutputPortEntity, {
          productVersionId: row.id,
          productId: product.id,
          name: port.name,
          slug: portSlug(port.name),
          major: port.major,
          version: port.version,
          urn: portUrn(product.domain, product.name, portSlug(port.name), port.major),
          type: port.type ?? null,
          description: port.description ?? null,
          contractId: port.contractId ?? null,
        }),
      ),
    );
    const previous = created ? null : await manager.findOne(ProductVersionEntity, { where: { productId: product.id, version: product.currentVersion } });
    await this.documentation.carryOver(manager, actor, product.id, previous?.id ?? null, row, ports, submission.documentation);
    product.currentVersion = version;
    product.title = submission.normalised.name ?? product.name;
    await manager.save(product);
    await this.index(manager, actor, product, submission, ports, row.id);
    for (const contract of added) await this.contractAdded(manager, product, version, contract, ports);
    if (product.status === 'published') await this.published(manager, product, version, ports);
    return created ? 'created' : 'version-added';
  }

  /** Search columns and lineage of the current version, in the registration's transaction. */
  private async index(manager: EntityManager, actor: Actor, product: DataProductEntity, submission: CheckedSubmission, ports: OutputPortEntity[], versionId: string): Promise<void> {
    const contracts = await this.contractsService.forPorts(manager, product.domain, submission.normalised, submission.contracts.map((c) => c.document));
    await this.requireClaimableNames(manager, actor, product, ports, contracts);
    await this.search.index(manager, product, submission.normalised, [...contracts.values()], await this.documentation.searchText(manager, versionId));
    await this.lineage.index(manager, product, submission.normalised, ports, contracts);
    await manager.update(DataProductEntity, { id: product.id }, { indexVersion: INDEX_VERSION });
  }

  private async indexCurrent(manager: EntityManager, actor: Actor, product: DataProductEntity, version: ProductVersionEntity, submission: CheckedSubmission): Promise<void> {
    const ports = await manager.find(OutputPortEntity, { where: { productVersionId: version.id } });
    await this.index(manager, actor, product, submission, ports, version.id);
  }

  /**
   * Lineage finds a port by its contract and by the datasets its servers hold. A name that a port of another
   * data product claims moves to this one only for a principal who may update that other product.
   */
  private async requireClaimableNames(manager: EntityManager, actor: Actor, product: DataProductEntity, ports: OutputPortEntity[], contracts: Map<string, Record<string, unknown>>): Promise<void> {
    const refs = new Set<string>();
    for (const port of ports) {
      if (!port.contractId) continue;
      refs.add(contractRef(port.contractId, port.major));
      const contract = contracts.get(port.contractId);
      if (contract) for (const dataset of contractDatasets(contract as OdcsContract)) refs.add(datasetRef(dataset.key));
    }
    if (refs.size === 0) return;
    const claimed: { urn: string }[] = await manager.query('SELECT DISTINCT urn FROM catalog.lineage_aliases WHERE ref = ANY($1) ORDER BY urn', [[...refs]]);
    const others = claimed.flatMap(({ urn }) => {
      const parsed = parseUrn(urn);
      return parsed && (parsed.domain !== product.domain || parsed.product !== product.name) ? [{ urn, domain: parsed.domain, name: parsed.product }] : [];
    });
    if (others.length === 0) return;
    const domains = await manager.find(DomainEntity, { where: { name: In([...new Set(others.map((o) => o.domain))]) } });
    for (const other of others) {
      const ownerTeamId = domains.find((d) => d.name === other.domain)?.ownerTeamId ?? '';
      this.access.require(actor, 'update', subject('DataProduct', { domain: other.domain, ownerTeamId }), `data product ${other.domain}/${other.name} (its port ${other.urn} already claims a contract or dataset of this version)`);
    }
  }

  /** A breaking change needs a new major version: of the contract for a changed port, of the product for a removed port. */
  private async refuseUnannouncedBreaks(manager: EntityManager, product: DataProductEntity, submission: CheckedSubmission): Promise<void> {
    const current = await manager.findOneOrFail(ProductVersionEntity, { where: { productId: product.id, version: product.currentVersion } });
    const breaks = await this.changes.unannouncedBreaks(manager, product, current, submission);
    if (breaks.length === 0) return;
    const errors = breaks.map((change) => ({ pointer: submissionPointer(change, submission), detail: change.detail }));
    throw new CatalogError(
      CatalogErrorCode.BREAKING_CHANGE,
      `Version ${submission.version} of ${product.domain}/${product.name} breaks consumers (${breaks.map((b) => b.detail).join('; ')}). ` +
        'Publish it as a new major version: of the contract for a changed port, of the product for a removed port.',
      errors,
    );
  }

  /** Stores the contract versions not stored yet; answers each one added with the version stored before it (if any). */
  private async storeContracts(manager: EntityManager, product: DataProductEntity, contracts: CheckedContract[]): Promise<AddedContract[]> {
    const added: AddedContract[] = [];
    for (const contract of contracts) {
      const { id, version } = contract.normalised;
      const owner = await manager.findOne(ContractVersionEntity, { where: { domain: product.domain, contractId: id }, order: { createdAt: 'ASC' } });
      if (owner && owner.productId !== product.id) {
        throw new CatalogError(CatalogErrorCode.CONTRACT_OWNED_ELSEWHERE, `Contract '${id}' was published by another data product of domain '${product.domain}'; a contract id belongs to one product.`);
      }
      const existing = await manager.findOne(ContractVersionEntity, { where: { domain: product.domain, contractId: id, version } });
      if (existing) {
        if (existing.contentHash === contract.hash) continue;
        throw new CatalogError(CatalogErrorCode.CONTRACT_VERSION_CONFLICT, `Contract '${id}' version ${version} already exists with different content; publish the change as a new contract version.`);
      }
      const previous = await manager.findOne(ContractVersionEntity, { where: { domain: product.domain, contractId: id }, order: { major: 'DESC', minor: 'DESC', patch: 'DESC', createdAt: 'DESC' } });
      const stored = await manager.save(
        manager.create(ContractVersionEntity, {
          contractId: id,
          ...semverColumns(version),
          productId: product.id,
          domain: product.domain,
          apiVersion: contract.normalised.apiVersion,
          document: contract.document,
          normalised: contract.normalised,
          contentHash: contract.hash,
        }),
      );
      added.push({ stored, previous });
    }
    return added;
  }

  /** The contract.version-added fact, in the registration's transaction: the changes against the version stored before. */
  private async contractAdded(manager: EntityManager, product: DataProductEntity, productVersion: string, contract: AddedContract, ports: OutputPortEntity[]): Promise<void> {
    const { stored, previous } = contract;
    const changes = previous ? diffContracts(previous.document as OdcsContract, stored.document as OdcsContract) : [];
    await this.events.append(manager, {
      type: 'contract.version-added',
      subject: `${product.urn}#contract:${stored.contractId}`,
      data: {
        domain: product.domain,
        contractId: stored.contractId,
        version: stored.version,
        major: stored.major,
        previousVersion: previous?.version ?? null,
        previousMajor: previous?.major ?? null,
        ...contractChanges(changes),
        previousMajorDeprecationDate: previous && stored.major > previous.major ? majorDeprecationDate(stored.createdAt) : null,
        productUrn: product.urn,
        productVersion,
        ports: ports.filter((p) => p.contractId === stored.contractId).map((p) => ({ urn: p.urn, name: p.name, major: p.major })),
      },
    });
  }

  /** The product.published fact: the version with its ports and the SLA properties of their contracts. */
  private async published(manager: EntityManager, product: DataProductEntity, version: string, ports: OutputPortEntity[]): Promise<void> {
    const row = await manager.findOneOrFail(ProductVersionEntity, { where: { productId: product.id, version } });
    const contracts = await this.contractsService.forPorts(manager, product.domain, row.normalised, []);
    await this.events.append(manager, {
      type: 'product.published',
      subject: product.urn,
      data: {
        ...productFact(product, version),
        ports: ports.map((port) => ({ urn: port.urn, name: port.name, major: port.major, contract: contractSla(port.contractId ? contracts.get(port.contractId) : null) })),
      },
    });
  }

  async get(domain: string, name: string, manager: EntityManager = this.dataSource.manager): Promise<ProductView> {
    const product = await manager.findOne(DataProductEntity, { where: { domain, name } });
    if (!product) throw new CatalogError(CatalogErrorCode.PRODUCT_NOT_FOUND, `No data product '${name}' in domain '${domain}'.`);
    return this.view(manager, product);
  }

  private async view(manager: EntityManager, product: DataProductEntity): Promise<ProductView> {
    const [view] = await this.views(manager, [product]);
    return view;
  }

  /** Loads current versions and their ports for many products in two queries. */
  private async views(manager: EntityManager, products: DataProductEntity[]): Promise<ProductView[]> {
    if (products.length === 0) return [];
    const versions = await manager
      .createQueryBuilder(ProductVersionEntity, 'v')
      .innerJoin(DataProductEntity, 'p', 'p.id = v.product_id AND p.current_version = v.version')
      .where('v.product_id IN (:...ids)', { ids: products.map((p) => p.id) })
      .getMany();
    const ports = await manager.find(OutputPortEntity, { where: { productVersionId: In(versions.map((v) => v.id)) }, order: { name: 'ASC', major: 'ASC' } });
    return products.map((product) => {
      const version = versions.find((v) => v.productId === product.id);
      if (!version) throw new Error(`data product ${product.id} has no row for its current version ${product.currentVersion}`);
      return { product, version, ports: ports.filter((p) => p.productVersionId === version.id) };
    });
  }

  async list(query: ListProductsQueryDto): Promise<Page<ProductView>> {
    const { limit, offset } = pageWindow(query);
    const [products, total] = await this.dataSource.getRepository(DataProductEntity).findAndCount({
      where: { ...(query.domain ? { domain: query.domain } : {}), ...(query.status ? { status: query.status } : {}) },
      order: { domain: 'ASC', name: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items: await this.views(this.dataSource.manager, products), total, limit, offset };
  }

  async listVersions(domain: string, name: string, window: { limit?: number; offset?: number }): Promise<Page<ProductVersionEntity> & { ports: OutputPortEntity[] }> {
    const { product } = await this.get(domain, name);
    const { limit, offset } = pageWindow(window);
    const [items, total] = await this.dataSource.getRepository(ProductVersionEntity).findAndCount({
      where: { productId: product.id },
      order: { major: 'DESC', minor: 'DESC', patch: 'DESC', createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
    const ports = items.length === 0 ? [] : await this.dataSource.getRepository(OutputPortEntity).find({ where: { productVersionId: In(items.map((v) => v.id)) }, order: { name: 'ASC', major: 'ASC' } });
    return { items, total, limit, offset, ports };
  }

  async getVersion(domain: string, name: string, version: string | undefined): Promise<ProductView> {
    const view = await this.get(domain, name);
    if (version === undefined || version === view.version.version) return view;
    const row = await this.dataSource.getRepository(ProductVersionEntity).findOne({ where: { productId: view.product.id, version } });
    if (!row) throw new CatalogError(CatalogErrorCode.VERSION_NOT_FOUND, `Data product ${domain}/${name} has no version ${version}.`);
    const ports = await this.dataSource.getRepository(OutputPortEntity).find({ where: { productVersionId: row.id }, order: { name: 'ASC', major: 'ASC' } });
    return { product: view.product, version: row, ports };
  }

  async transition(actor: Actor, domain: string, name: string, to: LifecycleStatus, reason: string | undefined, authorization?: string, ifMatch?: string): Promise<ProductView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const product = await manager.findOne(DataProductEntity, { where: { domain, name }, lock: { mode: 'pessimistic_write' } });
      if (!product) throw new CatalogError(CatalogErrorCode.PRODUCT_NOT_FOUND, `No data product '${name}' in domain '${domain}'.`);
      const owner = await manager.findOneOrFail(DomainEntity, { where: { name: domain } });
      this.access.require(actor, 'transition', subject('DataProduct', { domain, ownerTeamId: owner.ownerTeamId }), `data product ${domain}/${name}`);
      checkIfMatch(ifMatch, productEtag(product));
      const from = product.status;
      if (!canTransition(from, to)) {
        const allowed = allowedTransitions(from);
        throw new CatalogError(
          CatalogErrorCode.ILLEGAL_TRANSITION,
          `Data product ${domain}/${name} is ${from}; it cannot become ${to}. Allowed from ${from}: ${allowed.length > 0 ? allowed.join(', ') : 'none (final state)'}.`,
        );
      }
      if (to === 'published') await this.passGate(manager, product, authorization);
      product.status = to;
      await manager.save(product);
      await manager.save(manager.create(ProductTransitionEntity, { productId: product.id, from, to, reason: reason ?? null, actor: actor.id }));
      const view = await this.view(manager, product);
      if (to === 'published') await this.published(manager, product, product.currentVersion, view.ports);
      else if (to === 'deprecated' || to === 'retired') await this.events.append(manager, { type: `product.${to}`, subject: product.urn, data: { ...productFact(product, product.currentVersion), reason: reason ?? null } });
      return view;
    });
    return view;
  }

  /** Publishing the current version: the governance evaluation must let it through; its warnings are kept on the version. */
  private async passGate(manager: EntityManager, product: DataProductEntity, authorization: string | undefined): Promise<void> {
    const row = await manager.findOneOrFail(ProductVersionEntity, { where: { productId: product.id, version: product.currentVersion } });
    const contracts = await this.contractsService.forPorts(manager, product.domain, row.normalised, []);
    const findings = await this.gate.check({ domain: product.domain, name: product.name, version: row.version, product: row.document, contracts: [...contracts.values()] }, authorization);
    if (findings === null) return;
    row.policyFindings = findings;
    row.policyCheckedAt = new Date();
    await manager.save(row);
  }

  /** The classified changes between two versions (by default: the current one and the one before it). */
  async changelog(domain: string, name: string, from: string | undefined, to: string | undefined): Promise<{ from: string; to: string; changes: ProductChange[] }> {
    const { product } = await this.get(domain, name);
    const versions = await this.dataSource.getRepository(ProductVersionEntity).find({ where: { productId: product.id } });
    versions.sort((a, b) => compareSemver(a.version, b.version));
    const target = versions.find((v) => v.version === (to ?? product.currentVersion));
    if (!target) throw new CatalogError(CatalogErrorCode.VERSION_NOT_FOUND, `Data product ${domain}/${name} has no version ${to}.`);
    const base = from === undefined ? versions[versions.indexOf(target) - 1] : versions.find((v) => v.version === from);
    if (!base) {
      throw new CatalogError(CatalogErrorCode.VERSION_NOT_FOUND, from === undefined ? `Version ${target.version} of ${domain}/${name} is its first; there is nothing to compare it with.` : `Data product ${domain}/${name} has no version ${from}.`);
    }
    const changes = await this.changes.between(product, base, target);
    changes.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'breaking' ? -1 : 1));
    return { from: base.version, to: target.version, changes };
  }

  async history(domain: string, name: string): Promise<ProductTransitionEntity[]> {
    const { product } = await this.get(domain, name);
    return this.dataSource.getRepository(ProductTransitionEntity).find({ where: { productId: product.id }, order: { at: 'ASC' } });
  }
}

interface AddedContract {
  stored: ContractVersionEntity;
  previous: ContractVersionEntity | null;
}

function productFact(product: DataProductEntity, version: string): Record<string, unknown> {
  return { urn: product.urn, domain: product.domain, name: product.name, version, ownerTeamId: product.ownerTeamId };
}

/** Where a breaking change sits in the request body (or, for something removed, the nearest place to it). */
function submissionPointer(change: ProductChange, submission: CheckedSubmission): string {
  if (change.kind === 'port-removed') return `${submission.productPointer}/outputPorts`;
  const index = submission.contracts.findIndex((c) => c.normalised.id === change.contract?.id);
  const contract = index >= 0 ? `/contracts/${index}` : `${submission.productPointer}/outputPorts`;
  return change.side === 'next' ? `${contract}${change.pointer}` : contract;
}

/** The ETag of a data product: its id and revision, which every registered version and transition moves on. */
export function productEtag(product: Pick<DataProductEntity, 'id' | 'revision'>): string {
  return etagOf(product.id, product.revision);
}

/** If-Match on a registration: a product created by it had no ETag to match (412), otherwise the usual check. */
function checkProductIfMatch(ifMatch: string, product: DataProductEntity, created: boolean): void {
  if (created) {
    throw new PlatformError(PlatformErrorCode.PRECONDITION_FAILED, `If-Match ${ifMatch} was sent, but data product ${product.domain}/${product.name} did not exist; register it without If-Match.`);
  }
  checkIfMatch(ifMatch, productEtag(product));
}
