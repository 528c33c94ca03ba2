/**
 * JSON values as the CEL library expects them: it represents CEL `int` as BigInt and reads a JS number as `double`,
 * so whole numbers become BigInt (a rule can then write `value == 99` and `count + 1`); other numbers stay doubles.
 */
export function toCelValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCelValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const converted: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) if (entry !== undefined) converted[key] = toCelValue(entry);
    return converted;
  }
  return value;
}
