import type { OdcsPropertyBase, OdcsQualityRule } from '../model/odcs.types';
import { canonicalJson } from './type-compatibility';

/** The values a field may take, and the pointer of the list that says so. */
export interface AllowedValues {
  values: unknown[];
  pointer: string;
}

/**
 * Where ODCS keeps allowed values: logicalTypeOptions has no `enum`, so an enumeration is a field-level quality
 * rule `metric: invalidValues` with `arguments.validValues` (v3.1; `rule: invalidValues` in v3.0 documents), or
 * the v3.0 library rule `rule: validValues` with a sibling `validValues` list. Several such rules intersect.
 */
export function allowedValues(element: OdcsPropertyBase, pointer: string): AllowedValues | undefined {
  const lists = (element.quality ?? []).flatMap((rule, index) => allowedValuesOfRule(rule, `${pointer}/quality/${index}`));
  if (lists.length === 0) return undefined;
  const [first, ...others] = lists;
  return { values: others.reduce((values, other) => intersection(values, other.values), first.values), pointer: first.pointer };
}

function allowedValuesOfRule(rule: OdcsQualityRule, pointer: string): AllowedValues[] {
  const isInvalidValues = rule.metric === 'invalidValues' || rule.rule === 'invalidValues';
  const argumentValues = rule.arguments?.['validValues'];
  if (isInvalidValues && Array.isArray(argumentValues)) {
    return [{ values: argumentValues, pointer: `${pointer}/arguments/validValues` }];
  }
  const ownValues = rule['validValues'];
  if (rule.rule === 'validValues' && Array.isArray(ownValues)) return [{ values: ownValues, pointer: `${pointer}/validValues` }];
  return [];
}

function intersection(values: unknown[], others: unknown[]): unknown[] {
  return values.filter((value) => others.some((other) => canonicalJson(other) === canonicalJson(value)));
}

/** The members of `values` that `others` lacks (deep equality). */
export function missingFrom(values: unknown[], others: unknown[]): unknown[] {
  const present = new Set(others.map(canonicalJson));
  return values.filter((value) => !present.has(canonicalJson(value)));
}
