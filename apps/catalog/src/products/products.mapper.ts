import type { OutputPortEntity } from './output-port.entity';
import type { ProductView } from './products.service';
import type { OutputPortDto, ProductDto, ProductVersionDto, TransitionRecordDto } from './dto/product.dto';
import type { ProductVersionEntity } from './product-version.entity';
import type { ProductTransitionEntity } from './product-transition.entity';

export function toOutputPortDto(port: OutputPortEntity): OutputPortDto {
  return { name: port.name, urn: port.urn, major: port.major, version: port.version, type: port.type, description: port.description, contractId: port.contractId };
}

export function toProductDto({ product, version, ports }: ProductView): ProductDto {
  return {
    urn: product.urn,
    domain: product.domain,
    name: product.name,
    title: product.title,
    status: product.status,
    currentVersion: product.currentVersion,
    odpsId: version.normalised.id,
    purpose: version.normalised.description?.purpose ?? null,
    tags: version.normalised.tags,
    outputPorts: ports.map(toOutputPortDto),
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
    policyWarnings: version.policyFindings ?? [],
    policyCheckedAt: version.policyCheckedAt?.toISOString() ?? null,
  };
}

export function toProductVersionDto(version: ProductVersionEntity, ports: OutputPortEntity[]): ProductVersionDto {
  return {
    version: version.version,
    outputPorts: ports.filter((p) => p.productVersionId === version.id).map(toOutputPortDto),
    contracts: version.contracts,
    contentHash: version.contentHash,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
  };
}

export function toTransitionRecordDto(row: ProductTransitionEntity): TransitionRecordDto {
  return { from: row.from, to: row.to, reason: row.reason, actor: row.actor, at: row.at.toISOString() };
}
