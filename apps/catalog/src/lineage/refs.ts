/** References used by lineage before they are known to be catalog URNs. */
export function contractRef(contractId: string, major: number): string {
  return `contract:${contractId}:v${major}`;
}

export function datasetRef(key: string): string {
  return `dataset:${key}`;
}
