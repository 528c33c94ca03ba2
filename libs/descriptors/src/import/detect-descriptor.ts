import { isRecord } from './read-values';

/** The descriptor formats this library recognises, by standard and major version. */
export type DescriptorKind = 'odcs-v3.1' | 'odcs-v3.0' | 'odcs-v2' | 'dcs-v1' | 'odps-v1' | 'odps-v0.9';

const DESCRIPTIONS: Readonly<Record<DescriptorKind, string>> = {
  'odcs-v3.1': 'an ODCS v3.1 data contract',
  'odcs-v3.0': 'an ODCS v3.0 data contract',
  'odcs-v2': 'an ODCS v2 data contract',
  'dcs-v1': 'a Data Contract Specification 1.x contract',
  'odps-v1': 'an ODPS v1 data product',
  'odps-v0.9': 'an ODPS v0.9 data product',
};

/** A few words naming the kind, e.g. "an ODPS v1 data product". */
export function describeKind(kind: DescriptorKind): string {
  return DESCRIPTIONS[kind];
}

/**
 * Recognises a parsed document by its markers: `dataContractSpecification: 1.x` (DCS); `kind: DataContract` with
 * `apiVersion` v3.1.x, v3.0.x or v2.x.x (ODCS; v2 also without the "v"); `kind: DataProduct` with v1.x.x or
 * v0.9.x (ODPS). Undefined for anything else. Only the markers are read: the document may still be invalid.
 */
export function detectDescriptor(doc: unknown): DescriptorKind | undefined {
  if (!isRecord(doc)) return undefined;
  if (isDcsV1(doc['dataContractSpecification'])) return 'dcs-v1';
  const apiVersion = typeof doc['apiVersion'] === 'string' ? doc['apiVersion'] : '';
  if (doc['kind'] === 'DataContract') return contractKind(apiVersion);
  if (doc['kind'] === 'DataProduct') return productKind(apiVersion);
  return undefined;
}

// 1.x, also written as a YAML number (1.2).
function isDcsV1(version: unknown): boolean {
  return (typeof version === 'string' || typeof version === 'number') && /^1\.\d+(\.\d+)?$/.test(String(version));
}

function contractKind(apiVersion: string): DescriptorKind | undefined {
  if (/^v3\.1\.\d+$/.test(apiVersion)) return 'odcs-v3.1';
  if (/^v3\.0\.\d+$/.test(apiVersion)) return 'odcs-v3.0';
  if (/^v?2\.\d+\.\d+$/.test(apiVersion)) return 'odcs-v2';
  return undefined;
}

function productKind(apiVersion: string): DescriptorKind | undefined {
  if (/^v1\.\d+\.\d+$/.test(apiVersion)) return 'odps-v1';
  if (/^v0\.9\.\d+$/.test(apiVersion)) return 'odps-v0.9';
  return undefined;
}
