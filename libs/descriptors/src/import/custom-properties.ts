import type { OdcsCustomProperty } from '../model/odcs.types';
import type { JsonObject } from './read-values';

/** A note that `source` (a dotted path in the imported document) has no ODCS field and became a custom property. */
export function keptAsCustomProperty(source: string, property: string): string {
  return `${source}: no ODCS v3.1 field, kept as custom property "${property}"`;
}

/** A note that `source` was not carried over, and why. */
export function dropped(source: string, reason: string): string {
  return `${source}: dropped (${reason})`;
}

/** One custom property, with its note. */
export function customProperty(
  property: string,
  value: unknown,
  source: string,
  notes: string[],
  description?: string,
): OdcsCustomProperty {
  notes.push(keptAsCustomProperty(source, property));
  return description === undefined ? { property, value } : { property, value, description };
}

/**
 * The members of `source` (at dotted `path`, '' for the top level) that the mapping did not read (`known`), as
 * custom properties named like the members;
 * null members are absent ones (templates of older standards are full of them) and are skipped.
 */
export function leftoverCustomProperties(
  source: JsonObject,
  known: ReadonlySet<string>,
  path: string,
  notes: string[],
): OdcsCustomProperty[] {
  return Object.entries(source)
    .filter(([key, value]) => !known.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => customProperty(key, value, path === '' ? key : `${path}.${key}`, notes));
}

/** The list of custom properties, or undefined when empty. */
export function customPropertiesOrNone(...lists: OdcsCustomProperty[][]): OdcsCustomProperty[] | undefined {
  const all = lists.flat();
  return all.length > 0 ? all : undefined;
}
