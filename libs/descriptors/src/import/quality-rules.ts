import type { OdcsQualityRule } from '../model/odcs.types';
import { customPropertiesOrNone, leftoverCustomProperties } from './custom-properties';
import { arrayOf, compact, isRecord, stringOf, type JsonObject } from './read-values';

/** The library metrics of ODCS v3.1 (`metric`). */
export const ODCS_METRICS: ReadonlySet<string> = new Set([
  'nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount',
]);

/** The quality dimensions of ODCS v3.1. */
export const ODCS_DIMENSIONS: ReadonlySet<string> = new Set([
  'accuracy', 'completeness', 'conformity', 'consistency', 'coverage', 'timeliness', 'uniqueness',
]);

// Operators of ODCS v3.1, and the deprecated DCS spellings of two of them.
const OPERATORS: ReadonlyMap<string, string> = new Map([
  ['mustBe', 'mustBe'],
  ['mustNotBe', 'mustNotBe'],
  ['mustBeGreaterThan', 'mustBeGreaterThan'],
  ['mustBeGreaterOrEqualTo', 'mustBeGreaterOrEqualTo'],
  ['mustBeGreaterThanOrEqualTo', 'mustBeGreaterOrEqualTo'],
  ['mustBeLessThan', 'mustBeLessThan'],
  ['mustBeLessOrEqualTo', 'mustBeLessOrEqualTo'],
  ['mustBeLessThanOrEqualTo', 'mustBeLessOrEqualTo'],
  ['mustBeBetween', 'mustBeBetween'],
  ['mustNotBeBetween', 'mustNotBeBetween'],
]);

// Members every ODCS v3.1 rule may carry, whatever its type.
const COMMON = [
  'id', 'name', 'description', 'dimension', 'method', 'severity', 'businessImpact', 'unit', 'schedule', 'scheduler', 'tags',
  'authoritativeDefinitions', 'customProperties',
];

/** The operator of a rule in ODCS spelling, when the rule has exactly one. */
export function singleOperator(rule: JsonObject): Record<string, unknown> | undefined {
  const present = Object.keys(rule).filter((key) => OPERATORS.has(key) && rule[key] !== undefined);
  if (present.length !== 1) return undefined;
  return { [OPERATORS.get(present[0]) as string]: rule[present[0]] };
}

/** The members every rule may carry (a dimension outside the ODCS list is not one of them). */
export function commonMembers(rule: JsonObject): JsonObject {
  const members = Object.fromEntries(COMMON.filter((key) => rule[key] !== undefined).map((key) => [key, rule[key]]));
  if (typeof members['dimension'] === 'string' && !ODCS_DIMENSIONS.has(members['dimension'])) delete members['dimension'];
  return members;
}

/**
 * Maps DCS quality rules (type text, sql, library or custom, and engine-named types such as SodaCL) to ODCS v3.1.
 * A sql or library rule ODCS cannot express (no or several operators, an unknown metric) becomes a custom rule of
 * engine "datacontract" holding what it said, so that nothing is lost and the result stays valid.
 */
export function mapDcsQualityRules(rules: unknown, path: string, notes: string[]): OdcsQualityRule[] | undefined {
  const list = (arrayOf(rules) ?? []).flatMap((rule, index) => {
    return isRecord(rule) ? [mapDcsQualityRule(rule, `${path}[${index}]`, notes)] : [];
  });
  return list.length > 0 ? list : undefined;
}

function mapDcsQualityRule(rule: JsonObject, path: string, notes: string[]): OdcsQualityRule {
  const type = stringOf(rule['type']);
  const metric = stringOf(rule['metric']) ?? stringOf(rule['rule']);
  if (type === 'text') return withLeftovers({ type: 'text', ...commonMembers(rule) }, rule, ['type'], path, notes);
  if (type === 'sql') return sqlRule(rule, path, notes);
  if (type === 'library' || (type === undefined && metric !== undefined)) return libraryRule(rule, metric, path, notes);
  if (type === 'custom') {
    const engine = stringOf(rule['engine']) ?? 'unknown';
    return customRule(rule, engine, rule['implementation'], ['type', 'engine', 'implementation'], path, notes);
  }
  // Older DCS rules name their engine as the type (SodaCL, great-expectations) and hold it in `specification`.
  const implementation = rule['specification'] ?? rule['implementation'];
  return customRule(rule, type ?? 'unknown', implementation, ['type', 'specification', 'implementation'], path, notes);
}

function sqlRule(rule: JsonObject, path: string, notes: string[]): OdcsQualityRule {
  const operator = singleOperator(rule);
  const query = stringOf(rule['query']);
  if (!operator || query === undefined) return asCustom(rule, path, notes, 'a sql rule needs a query and exactly one operator');
  const mapped = { type: 'sql', query, ...operator, ...commonMembers(rule) };
  return withLeftovers(mapped, rule, ['type', 'query', ...OPERATORS.keys()], path, notes);
}

function libraryRule(rule: JsonObject, metric: string | undefined, path: string, notes: string[]): OdcsQualityRule {
  const operator = singleOperator(rule);
  if (!operator || metric === undefined || !ODCS_METRICS.has(metric)) {
    return asCustom(rule, path, notes, 'a library rule needs an ODCS metric and exactly one operator');
  }
  const args = isRecord(rule['arguments']) ? rule['arguments'] : undefined;
  const mapped = compact({ metric, arguments: args, ...operator, ...commonMembers(rule) });
  return withLeftovers(mapped, rule, ['type', 'metric', 'rule', 'arguments', ...OPERATORS.keys()], path, notes);
}

function customRule(
  rule: JsonObject,
  engine: string,
  implementation: unknown,
  known: string[],
  path: string,
  notes: string[],
): OdcsQualityRule {
  const mapped = { type: 'custom', engine, implementation: implementationOf(implementation), ...commonMembers(rule) };
  return withLeftovers(mapped, rule, known, path, notes);
}

// ODCS implementations are a string or an object; a list (several engine checks) is written as JSON text.
function implementationOf(value: unknown): string | JsonObject {
  if (typeof value === 'string' || isRecord(value)) return value;
  return value === undefined ? '' : JSON.stringify(value);
}

function asCustom(rule: JsonObject, path: string, notes: string[], reason: string): OdcsQualityRule {
  notes.push(`${path}: ${reason}, kept as a custom rule (engine "datacontract")`);
  const common = commonMembers(rule);
  const implementation = Object.fromEntries(Object.entries(rule).filter(([key]) => !(key in common)));
  return { type: 'custom', engine: 'datacontract', implementation, ...common };
}

function withLeftovers(
  mapped: OdcsQualityRule,
  rule: JsonObject,
  known: Iterable<string>,
  path: string,
  notes: string[],
): OdcsQualityRule {
  // What the mapping wrote is read; what it left out (an unknown dimension, a dialect...) is kept aside.
  const leftovers = leftoverCustomProperties(rule, new Set([...Object.keys(mapped), ...known]), path, notes);
  const customProperties = customPropertiesOrNone(mapped.customProperties ?? [], leftovers);
  return compact({ ...mapped, customProperties });
}
