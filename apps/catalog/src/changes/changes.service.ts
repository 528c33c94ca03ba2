import { Injectable } from '@nestjs/common';
import { diffContracts, type OdcsContract, parseSemver, portUrn } from '@meshwork/descriptors';
import { DataSource, type EntityManager } from 'typeorm';
import { ContractsService } from '../contracts/contracts.service';
import type { DataProductEntity } from '../products/data-product.entity';
import { OutputPortEntity } from '../products/output-port.entity';
import { portSlug } from '../products/product-submission';
import type { CheckedSubmission } from '../products/product-submission';
import type { ProductVersionEntity } from '../products/product-version.entity';
import { diffPorts, type PortVersion, type ProductChange } from './product-change';

type Json = Record<string, unknown>;

/** A product version as far as compatibility goes: its ports and the contract behind each. */
interface VersionShape {
  version: string;
  ports: PortVersion[];
  contracts: Map<string, { version: string; document: Json }>;
}

const majorOf = (version: string) => parseSemver(version)?.major ?? 0;

@Injectable()
export class ChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
  ) {}

  /** The classified changelog between two stored versions. */
  async between(product: DataProductEntity, from: ProductVersionEntity, to: ProductVersionEntity): Promise<ProductChange[]> {
    const manager = this.dataSource.manager;
    return compare(await this.storedShape(manager, product, from), await this.storedShape(manager, product, to));
  }

  /** Breaking changes of a submission against the current version that its version numbers do not allow. */
  async unannouncedBreaks(manager: EntityManager, product: DataProductEntity, current: ProductVersionEntity, submission: CheckedSubmission): Promise<ProductChange[]> {
    const changes = compare(await this.storedShape(manager, product, current), this.submittedShape(product, submission));
    const productMajorBumped = majorOf(submission.version) > majorOf(current.version);
    return changes.filter((change) => {
      if (change.severity !== 'breaking') return false;
      if (change.kind === 'port-removed') return !productMajorBumped;
      return !change.contract || majorOf(change.contract.to) <= majorOf(change.contract.from);
    });
  }

  private async storedShape(manager: EntityManager, product: DataProductEntity, version: ProductVersionEntity): Promise<VersionShape> {
    const ports = await manager.find(OutputPortEntity, { where: { productVersionId: version.id }, order: { name: 'ASC', major: 'ASC' } });
    const contracts = new Map<string, { version: string; document: Json }>();
    for (const port of ports) {
      if (!port.contractId || contracts.has(port.contractId)) continue;
      const submitted = version.contracts.find((c) => c.id === port.contractId);
      const row = submitted
        ? await this.contracts.findForPort(product.domain, port.contractId, submitted.version, majorOf(submitted.version))
        : await this.contracts.findForPort(product.domain, port.contractId, port.version, port.major);
      if (row) contracts.set(port.contractId, { version: row.version, document: row.document });
    }
    return { version: version.version, ports: ports.map((p) => ({ name: p.name, slug: p.slug, major: p.major, urn: p.urn, contractId: p.contractId })), contracts };
  }

  private submittedShape(product: DataProductEntity, submission: CheckedSubmission): VersionShape {
    const ports = submission.normalised.outputPorts.map((port) => ({
      name: port.name,
      slug: portSlug(port.name),
      major: port.major,
      urn: portUrn(product.domain, product.name, portSlug(port.name), port.major),
      contractId: port.contractId ?? null,
    }));
    const contracts = new Map(submission.contracts.map((c) => [c.normalised.id, { version: c.normalised.version, document: c.document }]));
    return { version: submission.version, ports, contracts };
  }
}

/** Port additions and removals, then the contract changes of every port present in both versions. */
function compare(previous: VersionShape, next: VersionShape): ProductChange[] {
  const changes = diffPorts(previous.ports, next.ports);
  for (const port of next.ports) {
    const before = previous.ports.find((p) => p.urn === port.urn);
    const was = before?.contractId ? previous.contracts.get(before.contractId) : undefined;
    const now = port.contractId ? next.contracts.get(port.contractId) : undefined;
    if (!before?.contractId || !port.contractId || !was || !now) continue;
    const contract = { id: port.contractId, from: was.version, to: now.version };
    for (const change of diffContracts(was.document as OdcsContract, now.document as OdcsContract)) changes.push({ ...change, port: port.urn, contract });
  }
  return changes;
}
