/** Readers for documents of other formats, whose values are not known to have the right types. */

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recordOf(value: unknown): JsonObject | undefined {
  return isRecord(value) ? value : undefined;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string after trimming, else undefined (the v2 templates are full of empty and null values). */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function booleanOf(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function arrayOf(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function stringsOf(value: unknown): string[] | undefined {
  const list = arrayOf(value)?.filter((item): item is string => typeof item === 'string');
  return list && list.length > 0 ? list : undefined;
}

/** The entries of an object (a DCS map of servers, models, fields...); none for anything else. */
export function entriesOf(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}

/** A copy without the members that are undefined, so that built documents carry no `key: undefined`. */
export function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The list, or undefined when it is empty (an empty list in a converted document says nothing). */
export function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** ODCS ids (`StableId`): letters, digits, `_` and `-`. */
export function isStableId(value: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(value);
}
