import type { ContractChange, ContractChangeKind } from '@meshwork/descriptors';

export type ProductChangeKind = ContractChangeKind | 'port-removed' | 'port-added';

/** One classified difference between two versions of a product: a port, or its contract. */
export interface ProductChange extends Omit<ContractChange, 'kind'> {
  kind: ProductChangeKind;
  /** URN of the output port concerned. */
  port: string;
  /** The contract compared, when the change is inside a contract. */
  contract?: { id: string; from: string; to: string };
}

export interface PortVersion {
  name: string;
  slug: string;
  major: number;
  urn: string;
  contractId: string | null;
}

/** Output ports (per major version) added or removed between two product versions. */
export function diffPorts(previous: PortVersion[], next: PortVersion[]): ProductChange[] {
  const nextUrns = new Set(next.map((p) => p.urn));
  const previousUrns = new Set(previous.map((p) => p.urn));
  const removed = previous
    .filter((p) => !nextUrns.has(p.urn))
    .map((p): ProductChange => ({ kind: 'port-removed', severity: 'breaking', path: `${p.name} v${p.major}`, pointer: '/outputPorts', side: 'previous', detail: `output port ${p.name} v${p.major} was removed`, port: p.urn }));
  const added = next
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => !previousUrns.has(p.urn))
    .map(({ p, index }): ProductChange => ({ kind: 'port-added', severity: 'compatible', path: `${p.name} v${p.major}`, pointer: `/outputPorts/${index}`, side: 'next', detail: `output port ${p.name} v${p.major} was added`, port: p.urn }));
  return [...removed, ...added];
}
