import { Injectable } from '@nestjs/common';
import { parseUrn } from '@meshwork/descriptors';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { ContractVersionEntity } from '../contracts/contract-version.entity';
import { contractRules, type QualityRule } from './quality-rules';

/** An output port as the profiles and quality results of its URN need it: its product's owner and its contract's rules. */
export interface PortContext {
  urn: string;
  domain: string;
  product: string;
  ownerTeamId: string;
  contractId: string | null;
  contractVersion: string | null;
  rules: QualityRule[];
}

interface PortRow {
  urn: string;
  domain: string;
  product: string;
  owner_team_id: string;
  contract_id: string | null;
  version: string;
  major: number;
}

/** The port as declared by the newest product version that has it (as resolution answers it), with that version's contract. */
const PORT = `
SELECT o.urn, p.domain, p.name AS product, p.owner_team_id, o.contract_id, o.version, o.major
FROM catalog.output_ports o
JOIN catalog.data_products p ON p.id = o.product_id
JOIN catalog.product_versions v ON v.id = o.product_version_id
WHERE o.urn = $1
ORDER BY v.major DESC, v.minor DESC, v.patch DESC, v.created_at DESC
LIMIT 1`;

@Injectable()
export class PortContexts {
  constructor(private readonly dataSource: DataSource) {}

  /** The port at a URN; 400 when it is not a port URN, 404 when no product declares it. */
  async get(urn: string, manager: EntityManager = this.dataSource.manager): Promise<PortContext> {
    const parsed = parseUrn(urn);
    if (parsed?.kind !== 'port') {
      throw new CatalogError(CatalogErrorCode.INVALID_URN, `'${urn}' is not an output port URN: expected urn:meshwork:<domain>:<product>:<port>:v<major>, lower-case kebab names.`);
    }
    const [row] = (await manager.query(PORT, [urn])) as PortRow[];
    if (!row) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `No data product declares an output port at ${urn}.`);
    return this.context(manager, row);
  }

  /** The ports among these URNs that some product declares; the others are left out. */
  async known(manager: EntityManager, urns: string[]): Promise<PortContext[]> {
    const out: PortContext[] = [];
    for (const urn of urns) {
      const [row] = (await manager.query(PORT, [urn])) as PortRow[];
      if (row) out.push(await this.context(manager, row));
    }
    return out;
  }

  private async context(manager: EntityManager, row: PortRow): Promise<PortContext> {
    const repo = manager.getRepository(ContractVersionEntity);
    const contract = row.contract_id
      ? ((await repo.findOne({ where: { domain: row.domain, contractId: row.contract_id, version: row.version } })) ??
        (await repo.findOne({ where: { domain: row.domain, contractId: row.contract_id, major: row.major }, order: { minor: 'DESC', patch: 'DESC' } })))
      : null;
    return {
      urn: row.urn,
      domain: row.domain,
      product: row.product,
      ownerTeamId: row.owner_team_id,
      contractId: row.contract_id,
      contractVersion: contract?.version ?? null,
      rules: contractRules(contract?.document),
    };
  }
}
