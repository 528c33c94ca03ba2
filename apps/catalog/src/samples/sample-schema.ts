import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { allowedValues, type OdcsProperty, type OdcsPropertyBase, type OdcsSchemaObject } from '@meshwork/descriptors';
import type { ProblemFieldError } from '@meshwork/platform';
import { isObject } from '../common/json';

/** How a masked value is replaced: `email` keeps the first letter and the domain, `fixed` is `***`, `null` drops it. */
export type MaskingRule = 'email' | 'fixed' | 'null';

/** A property of the sample: how it is typed in the contract and whether it is masked for readers without a grant. */
export interface SampleColumn {
  name: string;
  logicalType: string | null;
  required: boolean;
  classification: string | null;
  /** Classified `restricted` or `pii`, or marked PII (tag `pii`, or custom property `pii: true`). */
  sensitive: boolean;
  /** How its values are masked when they are; null when it is not sensitive. */
  masking: MaskingRule | null;
  /** Nested properties of an object (or of an array's objects). */
  children: SampleColumn[];
  /** Whether the column holds an array of `children` objects. */
  array: boolean;
}

export const SENSITIVE_CLASSIFICATIONS = ['restricted', 'pii'];

/** Sensitive: classified restricted or pii, tagged pii (as governance's PII policy reads it), or `pii: true` in customProperties. */
export function isSensitive(property: OdcsPropertyBase): boolean {
  if (typeof property.classification === 'string' && SENSITIVE_CLASSIFICATIONS.includes(property.classification.toLowerCase())) return true;
  if ((property.tags ?? []).some((tag) => typeof tag === 'string' && tag.toLowerCase() === 'pii')) return true;
  return (property.customProperties ?? []).some((custom) => isObject(custom) && String(custom.property).toLowerCase() === 'pii' && (custom.value === true || custom.value === 'true'));
}

const logicalTypeOf = (property: OdcsPropertyBase): string | null => (typeof property.logicalType === 'string' ? property.logicalType.toLowerCase() : null);

function maskingOf(property: OdcsPropertyBase): MaskingRule {
  const type = logicalTypeOf(property);
  if (type !== null && type !== 'string') return 'null';
  const format = property.logicalTypeOptions?.format;
  return format === 'email' || /e-?mail/i.test(property.name ?? '') ? 'email' : 'fixed';
}

function column(property: OdcsPropertyBase): SampleColumn {
  const sensitive = isSensitive(property);
  const nested = logicalTypeOf(property) === 'array' ? property.items?.properties : property.properties;
  return {
    name: property.name ?? '',
    logicalType: logicalTypeOf(property),
    required: property.required === true,
    classification: typeof property.classification === 'string' ? property.classification : null,
    sensitive,
    masking: sensitive ? maskingOf(property) : null,
    children: (nested ?? []).map(column),
    array: logicalTypeOf(property) === 'array',
  };
}

export function sampleColumns(object: OdcsSchemaObject): SampleColumn[] {
  return (object.properties ?? []).map(column);
}

/** Formats of logicalTypeOptions that the sample check knows; others are not checked. */
const KNOWN_FORMATS = new Set(['email', 'uuid', 'uri', 'url', 'hostname', 'ipv4', 'ipv6', 'date', 'date-time', 'time']);
const NUMBER_OPTIONS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const STRING_OPTIONS = ['minLength', 'maxLength'];
const ARRAY_OPTIONS = ['minItems', 'maxItems', 'uniqueItems'];

type JsonSchema = Record<string, unknown>;

function copyOptions(options: Record<string, unknown>, names: string[], into: JsonSchema): void {
  for (const name of names) if (options[name] !== undefined && (typeof options[name] === 'number' || typeof options[name] === 'boolean')) into[name] = options[name];
}

/** Checks a pattern is a regular expression JavaScript can run; a contract's broken pattern is not checked. */
function usablePattern(pattern: unknown): string | undefined {
  if (typeof pattern !== 'string') return undefined;
  try {
    new RegExp(pattern, 'u');
    return pattern;
  } catch {
    return undefined;
  }
}

/** The JSON Schema of one property's values, from its logical type, options and allowed values. */
function valueSchema(property: OdcsPropertyBase, pointer: string): JsonSchema {
  const options = isObject(property.logicalTypeOptions) ? property.logicalTypeOptions : {};
  const schema: JsonSchema = {};
  switch (logicalTypeOf(property)) {
    case 'string': {
      schema.type = 'string';
      copyOptions(options, STRING_OPTIONS, schema);
      const pattern = usablePattern(options.pattern);
      if (pattern) schema.pattern = pattern;
      if (typeof options.format === 'string' && KNOWN_FORMATS.has(options.format)) schema.format = options.format;
      break;
    }
    case 'date':
      Object.assign(schema, { type: 'string', format: 'date' });
      break;
    case 'timestamp':
      Object.assign(schema, { type: 'string', format: 'iso-date-time' });
      break;
    case 'time':
      Object.assign(schema, { type: 'string', format: 'iso-time' });
      break;
    case 'integer':
      schema.type = 'integer';
      copyOptions(options, NUMBER_OPTIONS, schema);
      break;
    case 'number':
      schema.type = 'number';
      copyOptions(options, NUMBER_OPTIONS, schema);
      break;
    case 'boolean':
      schema.type = 'boolean';
      break;
    case 'object':
      Object.assign(schema, property.properties ? objectSchema(property.properties, pointer) : { type: 'object' });
      break;
    case 'array':
      schema.type = 'array';
      copyOptions(options, ARRAY_OPTIONS, schema);
      if (property.items) schema.items = nullable(valueSchema(property.items, `${pointer}/items`), property.items.required !== true);
      break;
    default:
      break;
  }
  const allowed = allowedValues(property, pointer);
  if (allowed) schema.enum = allowed.values;
  return schema;
}

/** A value that may also be null (a property that is not required). */
function nullable(schema: JsonSchema, optional: boolean): JsonSchema {
  if (!optional) return schema;
  const open: JsonSchema = Array.isArray(schema.enum) ? { ...schema, enum: [...(schema.enum as unknown[]), null] } : { ...schema };
  if (typeof schema.type === 'string') open.type = [schema.type, 'null'];
  return open;
}

function objectSchema(properties: OdcsProperty[], pointer: string): JsonSchema {
  const schemaProperties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  properties.forEach((property, i) => {
    if (!property.name) return;
    const optional = property.required !== true;
    const value = valueSchema(property, `${pointer}/properties/${i}`);
    schemaProperties[property.name] = optional ? nullable(value, true) : { ...value, not: { type: 'null' } };
    if (!optional) required.push(property.name);
  });
  return { type: 'object', properties: schemaProperties, required, additionalProperties: false };
}

/** Most errors listed in one problem; the detail says how many there were. */
export const MAX_REPORTED_ERRORS = 100;

export interface RowCheck {
  errors: ProblemFieldError[];
  /** Every error found (only the first MAX_REPORTED_ERRORS are listed). */
  total: number;
}

/** Validates sample rows against a contract schema object; each error's pointer is `<prefix>/<row index>/<field>`. */
export class SampleSchema {
  readonly columns: SampleColumn[];
  private readonly validate: ReturnType<Ajv['compile']>;

  constructor(readonly object: OdcsSchemaObject, objectPointer: string) {
    this.columns = sampleColumns(object);
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    this.validate = ajv.compile({ type: 'array', items: objectSchema(object.properties ?? [], objectPointer) });
  }

  check(rows: unknown[], prefix: string, rowLabel: (index: number) => string): RowCheck {
    if (this.validate(rows)) return { errors: [], total: 0 };
    const seen = new Set<string>();
    const errors: ProblemFieldError[] = [];
    for (const error of this.validate.errors ?? []) {
      const located = locate(error, prefix, rowLabel);
      if (!located || seen.has(located.pointer)) continue;
      seen.add(located.pointer);
      errors.push(located);
    }
    return { errors: errors.slice(0, MAX_REPORTED_ERRORS), total: errors.length };
  }
}

/** One ajv error as a field error: the row and field it is about, in words. */
function locate(error: ErrorObject, prefix: string, rowLabel: (index: number) => string): ProblemFieldError | undefined {
  let path = error.instancePath;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    path = `${path}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    message = 'is required by the contract';
  } else if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    path = `${path}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    message = 'is not a property of the contract schema';
  } else if (error.keyword === 'not') {
    message = 'is required by the contract and must not be null';
  } else if (error.keyword === 'enum') {
    // null is allowed only because the property is optional; it is no valid value of the contract.
    message = `must be one of the contract's valid values ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null))}`;
  } else if (error.keyword === 'type' && error.instancePath.split('/').length === 2) {
    message = 'must be an object of the schema properties';
  }
  const [, index, ...field] = path.split('/');
  const where = field.length > 0 ? `${rowLabel(Number(index))}, ${field.join('.')}` : rowLabel(Number(index));
  return { pointer: `${prefix}${path}`, detail: `${where}: ${message}` };
}
