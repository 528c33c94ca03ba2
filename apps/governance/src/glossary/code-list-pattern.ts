/** Escapes a code for use inside a regular expression. */
function escapeRegExp(code: string): string {
  return code.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);
}

/**
 * The pattern a property bound to a code list must declare as `logicalTypeOptions.pattern`: an anchored alternation
 * of the codes in code order, e.g. `^(AD|AE|AF)$`. Deterministic, so a pipeline can compare it by equality.
 */
export function codeListPattern(codes: readonly string[]): string {
  return `^(${[...codes].sort(compareCodes).map(escapeRegExp).join('|')})$`;
}

/** Code order: by code point, so the order never depends on the locale. */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
