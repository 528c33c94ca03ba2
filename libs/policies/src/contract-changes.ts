import { diffContracts, leadingMajor, type OdcsContract } from '@meshwork/descriptors';
import type { EvaluationInput } from './types';

/** One change between the previous and the submitted version of a contract, as rules see it (`changes`). */
export interface ContractChangeFact {
  contractId: string;
  breaking: boolean;
  /** A ContractChangeKind of @meshwork/descriptors: `field-removed`, `type-narrowed`... */
  kind: string;
  /** Pointer into the submitted contract where the element exists there, else into the previous one. */
  pointer: string;
  path: string;
  detail: string;
  previousVersion: string;
  version: string;
  /** Major numbers of the two versions; 0 when a version does not start with one, as the catalog counts them. */
  previousMajor: number;
  major: number;
}

/**
 * The changes of every submitted contract that was already published (matched by `id`); none without a previous
 * version. A contract that is new or gone is a port change, which the catalog classifies, not a contract change.
 */
export function contractChanges(input: EvaluationInput): ContractChangeFact[] {
  if (!input.previous) return [];
  const previousById = new Map(input.previous.contracts.filter((contract) => typeof contract['id'] === 'string').map((contract) => [contract['id'] as string, contract]));
  return input.contracts.flatMap((next) => {
    const id = next['id'];
    const previous = typeof id === 'string' ? previousById.get(id) : undefined;
    if (!previous || typeof id !== 'string') return [];
    const previousVersion = versionOf(previous);
    const version = versionOf(next);
    return diffContracts(previous as unknown as OdcsContract, next as unknown as OdcsContract).map((change) => ({
      contractId: id,
      breaking: change.severity === 'breaking',
      kind: change.kind,
      pointer: change.pointer,
      path: change.path,
      detail: change.detail,
      previousVersion,
      version,
      previousMajor: leadingMajor(previousVersion) ?? 0,
      major: leadingMajor(version) ?? 0,
    }));
  });
}

function versionOf(contract: Record<string, unknown>): string {
  return typeof contract['version'] === 'string' ? contract['version'] : '';
}
