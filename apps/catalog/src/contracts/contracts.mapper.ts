import type { ContractVersionDto } from './dto/contract.dto';
import type { ContractView } from './contracts.service';

export function contractDocumentUrl(domain: string, contractId: string, version: string): string {
  return `/v1/contracts/${domain}/${encodeURIComponent(contractId)}/versions/${encodeURIComponent(version)}/document`;
}

export function toContractVersionDto({ contract, productUrn }: ContractView): ContractVersionDto {
  const n = contract.normalised;
  return {
    id: contract.contractId,
    version: contract.version,
    name: n.name ?? null,
    status: n.status,
    apiVersion: contract.apiVersion,
    domain: contract.domain,
    productUrn,
    objectCount: n.schema.length,
    fieldCount: n.schema.reduce((sum, object) => sum + object.properties.length, 0),
    slaProperties: n.slaProperties.map((p) => p.property),
    documentUrl: contractDocumentUrl(contract.domain, contract.contractId, contract.version),
    createdAt: contract.createdAt.toISOString(),
  };
}
