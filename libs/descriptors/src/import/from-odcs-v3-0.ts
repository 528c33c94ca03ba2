import type { OdcsContract, OdcsPropertyBase, OdcsQualityRule, OdcsSchemaObject, OdcsServer } from '../model/odcs.types';
import { commonMembers, ODCS_METRICS, singleOperator } from './quality-rules';
import { isRecord } from './read-values';

// v3.0 library rule names and their v3.1 metric; v3.0 documented duplicateCount, validValues and rowCount.
const RULE_METRICS: Readonly<Record<string, string>> = {
  duplicateCount: 'duplicateValues',
  validValues: 'invalidValues',
  ...Object.fromEntries([...ODCS_METRICS].map((metric) => [metric, metric])),
};

/**
 * Upgrades a valid ODCS v3.0.x contract to v3.1.0 without touching the input: apiVersion, the member list `team`
 * as `team.members`, library rules `rule` → `metric` where the v3.1 metric is clear (duplicateCount →
 * duplicateValues; validValues → invalidValues with `arguments.validValues`, `mustBe: 0` when no operator is
 * given; a v3.1 metric name as it is). A rule with another name, or without exactly one operator, becomes a custom
 * rule (engine "odcs-v3.0") holding what it said. (importContract then moves the members v3.1 declares nowhere,
 * which the more open v3.0 schema allowed, to customProperties.)
 */
export function upgradeOdcsV30(doc: OdcsContract): { contract: OdcsContract; notes: string[] } {
  const notes: string[] = [];
  const upgraded: OdcsContract = {
    ...doc,
    apiVersion: 'v3.1.0',
    ...(Array.isArray(doc.team) ? { team: { members: doc.team } } : {}),
    ...(doc.servers ? { servers: doc.servers.map(upgradeServer) } : {}),
    ...(doc.schema ? { schema: doc.schema.map((object, index) => upgradeObject(object, `schema[${index}]`, notes)) } : {}),
  };
  return { contract: upgraded, notes };
}

// v3.0.2 typed the schema of a DuckDB server as an integer, v3.1 as a string.
function upgradeServer(server: OdcsServer): OdcsServer {
  const schema = server['schema'];
  return server.type === 'duckdb' && typeof schema === 'number' ? { ...server, schema: String(schema) } : server;
}

function upgradeObject(object: OdcsSchemaObject, path: string, notes: string[]): OdcsSchemaObject {
  return { ...object, ...upgradedRules(object.quality, path, notes), ...upgradedProperties(object.properties, path, notes) };
}

function upgradeElement<T extends OdcsPropertyBase>(element: T, path: string, notes: string[]): T {
  return {
    ...element,
    ...upgradedRules(element.quality, path, notes),
    ...upgradedProperties(element.properties, path, notes),
    ...(element.items ? { items: upgradeElement(element.items, `${path}.items`, notes) } : {}),
  };
}

function upgradedRules(rules: OdcsQualityRule[] | undefined, path: string, notes: string[]): { quality?: OdcsQualityRule[] } {
  if (!rules) return {};
  return { quality: rules.map((rule, index) => upgradeRule(rule, `${path}.quality[${index}]`, notes)) };
}

function upgradedProperties<T extends OdcsPropertyBase>(
  properties: T[] | undefined,
  path: string,
  notes: string[],
): { properties?: T[] } {
  if (!properties) return {};
  return { properties: properties.map((property, index) => upgradeElement(property, `${path}.properties[${index}]`, notes)) };
}

function upgradeRule(rule: OdcsQualityRule, path: string, notes: string[]): OdcsQualityRule {
  const isLibrary = rule.type === undefined || rule.type === 'library';
  if (!isLibrary || typeof rule.rule !== 'string' || rule.metric !== undefined) return rule;
  const name = rule.rule;
  const metric = Object.hasOwn(RULE_METRICS, name) ? RULE_METRICS[name] : undefined;
  const assumed = name === 'validValues' && !hasOperator(rule) ? { mustBe: 0 } : undefined;
  const hasOneOperator = singleOperator(rule) !== undefined || assumed !== undefined;
  if (metric === undefined || !hasOneOperator) return asCustomRule(rule, path, notes);
  if (metric !== name) notes.push(`${path}: rule "${name}" written as metric "${metric}"`);
  if (assumed) notes.push(`${path}: rule "validValues" had no operator, mustBe: 0 assumed`);
  return { ...withMetric(rule, metric), ...assumed };
}

function hasOperator(rule: OdcsQualityRule): boolean {
  return Object.keys(rule).some((key) => key.startsWith('mustBe') || key.startsWith('mustNotBe'));
}

// The rule with `metric` where `rule` was, and a v3.0 sibling `validValues` list moved into `arguments`.
function withMetric(rule: OdcsQualityRule, metric: string): OdcsQualityRule {
  const { validValues, arguments: args, ...rest } = rule;
  const withValues = Array.isArray(validValues) ? { ...(isRecord(args) ? args : {}), validValues } : args;
  const entries = Object.entries(rest).flatMap(([key, value]): [string, unknown][] => {
    if (key !== 'rule') return [[key, value]];
    return withValues === undefined ? [['metric', metric]] : [['metric', metric], ['arguments', withValues]];
  });
  return Object.fromEntries(entries) as OdcsQualityRule;
}

function asCustomRule(rule: OdcsQualityRule, path: string, notes: string[]): OdcsQualityRule {
  const reason = `rule "${String(rule.rule)}" has no ODCS v3.1 metric with one operator`;
  notes.push(`${path}: ${reason}, kept as a custom rule (engine "odcs-v3.0")`);
  const common = commonMembers(rule);
  const implementation = Object.fromEntries(Object.entries(rule).filter(([key]) => !(key in common) && key !== 'type'));
  return { type: 'custom', engine: 'odcs-v3.0', implementation, ...common };
}
