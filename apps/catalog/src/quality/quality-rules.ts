import { isObject } from '../common/json';

/** The library metrics of ODCS v3.1 that the catalog can measure or read reported results for. */
export const LIBRARY_METRICS = ['nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount'] as const;
export type LibraryMetric = (typeof LIBRARY_METRICS)[number];

/** The ODCS comparison operators (DataQualityOperators), in the order they are looked for. */
export const OPERATORS = ['mustBe', 'mustNotBe', 'mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo', 'mustBeBetween', 'mustNotBeBetween'] as const;
export type OperatorName = (typeof OPERATORS)[number];

export interface RuleOperator {
  name: OperatorName;
  /** A number, or `[low, high]` for the between operators. */
  operand: number | [number, number];
}

/** A quality rule of a contract, flattened with where it applies. */
export interface QualityRule {
  /** The rule's `id`, else `<element>#<position>` (its place in the element's quality list). */
  ruleId: string;
  /** Schema object name, or `object.property` (dotted for nested properties). */
  element: string;
  /** Schema object the rule belongs to. */
  object: string;
  /** Property name (last segment) for a property rule; null for a schema object rule. */
  property: string | null;
  /** Physical name of the property, when the contract gives one. */
  physicalName: string | null;
  /** `library`, `sql`, `custom` or `text`. */
  type: string;
  /** Library metric (`rule` in ODCS v3.0); null for other types. */
  metric: string | null;
  /** `error` when the contract gives none: a rule stated without a softened severity is a promise. */
  severity: string;
  dimension: string | null;
  description: string | null;
  name: string | null;
  /** `rows` or `percent` (rows when the contract gives none). */
  unit: string;
  operator: RuleOperator | null;
  arguments: Record<string, unknown>;
}

export const DEFAULT_SEVERITY = 'error';

/** Every quality rule of an ODCS contract document: of schema objects and of their properties, nested ones included. */
export function contractRules(document: Record<string, unknown> | null | undefined): QualityRule[] {
  if (!document || !Array.isArray(document.schema)) return [];
  const rules: QualityRule[] = [];
  for (const object of document.schema) {
    if (!isObject(object) || typeof object.name !== 'string') continue;
    rules.push(...rulesOf(object.quality, object.name, object.name, null, null));
    rules.push(...propertyRules(object.properties, object.name, object.name));
  }
  return rules;
}

function propertyRules(properties: unknown, object: string, prefix: string): QualityRule[] {
  if (!Array.isArray(properties)) return [];
  return properties.flatMap((property) => {
    if (!isObject(property) || typeof property.name !== 'string') return [];
    const element = `${prefix}.${property.name}`;
    const physical = typeof property.physicalName === 'string' ? property.physicalName : null;
    return [...rulesOf(property.quality, element, object, property.name, physical), ...propertyRules(property.properties, object, element)];
  });
}

function rulesOf(quality: unknown, element: string, object: string, property: string | null, physicalName: string | null): QualityRule[] {
  if (!Array.isArray(quality)) return [];
  return quality.flatMap((rule, position) => {
    if (!isObject(rule)) return [];
    const metric = typeof rule.metric === 'string' ? rule.metric : typeof rule.rule === 'string' ? rule.rule : null;
    return [
      {
        ruleId: typeof rule.id === 'string' && rule.id !== '' ? rule.id : `${element}#${position}`,
        element,
        object,
        property,
        physicalName,
        type: typeof rule.type === 'string' ? rule.type : 'library',
        metric,
        severity: typeof rule.severity === 'string' && rule.severity !== '' ? rule.severity : DEFAULT_SEVERITY,
        dimension: typeof rule.dimension === 'string' ? rule.dimension : null,
        description: typeof rule.description === 'string' ? rule.description : null,
        name: typeof rule.name === 'string' ? rule.name : null,
        unit: typeof rule.unit === 'string' && rule.unit !== '' ? rule.unit : 'rows',
        operator: operatorOf(rule),
        arguments: isObject(rule.arguments) ? rule.arguments : {},
      },
    ];
  });
}

function operatorOf(rule: Record<string, unknown>): RuleOperator | null {
  for (const name of OPERATORS) {
    const operand = rule[name];
    if (name === 'mustBeBetween' || name === 'mustNotBeBetween') {
      if (Array.isArray(operand) && operand.length === 2 && operand.every((n) => typeof n === 'number')) return { name, operand: [Math.min(operand[0], operand[1]), Math.max(operand[0], operand[1])] };
      continue;
    }
    if (typeof operand === 'number') return { name, operand };
  }
  return null;
}

/** Whether a measured value keeps the rule's operator; between operators include their bounds. */
export function keeps(operator: RuleOperator, value: number): boolean {
  const { name, operand } = operator;
  const [low, high] = Array.isArray(operand) ? operand : [operand, operand];
  switch (name) {
    case 'mustBe':
      return value === low;
    case 'mustNotBe':
      return value !== low;
    case 'mustBeGreaterThan':
      return value > low;
    case 'mustBeGreaterOrEqualTo':
      return value >= low;
    case 'mustBeLessThan':
      return value < low;
    case 'mustBeLessOrEqualTo':
      return value <= low;
    case 'mustBeBetween':
      return value >= low && value <= high;
    case 'mustNotBeBetween':
      return value < low || value > high;
  }
}

/** The operator as the contract states it, for display: `{ mustBe: 0 }`. */
export function operatorObject(operator: RuleOperator | null): Record<string, number | number[]> | null {
  return operator ? { [operator.name]: operator.operand } : null;
}

/** One column of a profile, as stored. */
export interface ColumnProfile {
  name: string;
  nullCount: number | null;
  nullRatio: number | null;
  distinctCount: number | null;
  min: number | string | null;
  max: number | string | null;
  quantiles: Record<string, number> | null;
}

export interface ProfileFacts {
  rowCount: number | null;
  /** Schema object the profile describes, when it says; rules of other objects are not measured by it. */
  object: string | null;
  columns: ColumnProfile[];
}

/** What a profile says about a rule: the measured value and the rows failing it (when the metric counts rows). */
export interface Measurement {
  value: number;
  unit: string;
  rowCount: number | null;
  failingRows: number | null;
}

function columnOf(profile: ProfileFacts, rule: QualityRule): ColumnProfile | undefined {
  if (rule.property === null) return undefined;
  const names = [rule.property, rule.physicalName].filter((n): n is string => n !== null).map((n) => n.toLowerCase());
  return profile.columns.find((c) => names.includes(c.name.toLowerCase()));
}

/** Only the default missing value (null) is listed: the profile's null count is the missing count. */
function missingMeansNull(args: Record<string, unknown>): boolean {
  const listed = args.missingValues;
  return listed === undefined || (Array.isArray(listed) && listed.every((v) => v === null));
}

function inUnit(rule: QualityRule, rows: number, rowCount: number | null): Measurement | undefined {
  if (rule.unit === 'percent') return rowCount === null || rowCount === 0 ? undefined : { value: (rows / rowCount) * 100, unit: 'percent', rowCount, failingRows: rows };
  if (rule.unit !== 'rows') return undefined;
  return { value: rows, unit: 'rows', rowCount, failingRows: rows };
}

/**
 * What a profile measures of a library rule, or undefined when it does not carry the metric: nullValues (and
 * missingValues when only null is missing) from the column's null count, duplicateValues from row, null and distinct
 * counts, rowCount from the row count. invalidValues, sql, custom and text rules are never measured by a profile.
 */
export function measure(rule: QualityRule, profile: ProfileFacts): Measurement | undefined {
  if (rule.type !== 'library' || rule.operator === null) return undefined;
  if (profile.object !== null && profile.object.toLowerCase() !== rule.object.toLowerCase()) return undefined;
  const rows = profile.rowCount;
  switch (rule.metric) {
    case 'rowCount':
      return rows === null || rule.property !== null ? undefined : { value: rows, unit: 'rows', rowCount: rows, failingRows: null };
    case 'nullValues':
    case 'missingValues': {
      if (rule.metric === 'missingValues' && !missingMeansNull(rule.arguments)) return undefined;
      const column = columnOf(profile, rule);
      return column?.nullCount === null || column === undefined ? undefined : inUnit(rule, column.nullCount, rows);
    }
    case 'duplicateValues': {
      const column = columnOf(profile, rule);
      if (!column || column.nullCount === null || column.distinctCount === null || rows === null) return undefined;
      return inUnit(rule, Math.max(0, rows - column.nullCount - column.distinctCount), rows);
    }
    default:
      return undefined;
  }
}
