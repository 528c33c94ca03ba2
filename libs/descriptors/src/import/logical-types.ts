/** What ODCS v3.1 makes of a type name of DCS (or of a free-form ODCS v2 logicalType). */
export interface MappedType {
  /** Absent when ODCS has no logical type for it (json, variant, null...). */
  logicalType?: string;
  /** logicalTypeOptions implied by the type, e.g. `timezone: true` for timestamp_tz. */
  options?: Record<string, unknown>;
  /** The type does not map one to one (map → object, bytes → binary string); the original is worth keeping. */
  lossy: boolean;
}

const TYPES: Readonly<Record<string, MappedType>> = {
  string: { logicalType: 'string', lossy: false },
  text: { logicalType: 'string', lossy: false },
  varchar: { logicalType: 'string', lossy: false },
  integer: { logicalType: 'integer', lossy: false },
  int: { logicalType: 'integer', lossy: false },
  long: { logicalType: 'integer', options: { format: 'i64' }, lossy: false },
  bigint: { logicalType: 'integer', options: { format: 'i64' }, lossy: false },
  decimal: { logicalType: 'number', lossy: false },
  numeric: { logicalType: 'number', lossy: false },
  number: { logicalType: 'number', lossy: false },
  float: { logicalType: 'number', options: { format: 'f32' }, lossy: false },
  double: { logicalType: 'number', options: { format: 'f64' }, lossy: false },
  boolean: { logicalType: 'boolean', lossy: false },
  date: { logicalType: 'date', lossy: false },
  time: { logicalType: 'time', lossy: false },
  timestamp: { logicalType: 'timestamp', lossy: false },
  timestamp_tz: { logicalType: 'timestamp', options: { timezone: true }, lossy: false },
  timestamp_ntz: { logicalType: 'timestamp', options: { timezone: false }, lossy: false },
  object: { logicalType: 'object', lossy: false },
  record: { logicalType: 'object', lossy: false },
  struct: { logicalType: 'object', lossy: false },
  array: { logicalType: 'array', lossy: false },
  map: { logicalType: 'object', lossy: true },
  bytes: { logicalType: 'string', options: { format: 'binary' }, lossy: true },
};

/** Maps a type name (case-insensitive); unknown names (json, variant, null...) map to no logical type. */
export function mapLogicalType(type: string): MappedType {
  const name = type.trim().toLowerCase();
  return Object.hasOwn(TYPES, name) ? TYPES[name] : { lossy: true };
}

/** The logicalTypeOptions each ODCS v3.1 logical type accepts (its schema closes them). */
export const TYPE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  date: ['format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  timestamp: ['format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'timezone', 'defaultTimezone'],
  time: ['format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'timezone', 'defaultTimezone'],
  integer: ['multipleOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  number: ['multipleOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  object: ['minProperties', 'maxProperties'],
  array: ['minItems', 'maxItems', 'uniqueItems'],
};

type OptionType = 'string' | 'number' | 'integer' | 'boolean';

const DATE_OPTIONS: Readonly<Record<string, OptionType>> = {
  format: 'string',
  minimum: 'string',
  maximum: 'string',
  exclusiveMinimum: 'string',
  exclusiveMaximum: 'string',
};

// Type of each option's value: bounds of dates and timestamps are strings, of numbers numbers.
const OPTION_VALUE_TYPE: Readonly<Record<string, Readonly<Record<string, OptionType>>>> = {
  string: { minLength: 'integer', maxLength: 'integer', pattern: 'string', format: 'string' },
  date: DATE_OPTIONS,
  timestamp: { ...DATE_OPTIONS, timezone: 'boolean', defaultTimezone: 'string' },
  time: { ...DATE_OPTIONS, timezone: 'boolean', defaultTimezone: 'string' },
  integer: { multipleOf: 'number', minimum: 'number', maximum: 'number', exclusiveMinimum: 'number', exclusiveMaximum: 'number' },
  number: { multipleOf: 'number', minimum: 'number', maximum: 'number', exclusiveMinimum: 'number', exclusiveMaximum: 'number' },
  object: { minProperties: 'integer', maxProperties: 'integer' },
  array: { minItems: 'integer', maxItems: 'integer', uniqueItems: 'boolean' },
};

/** True when `value` fits option `option` of `logicalType` in ODCS v3.1 (name and value type). */
export function fitsTypeOption(logicalType: string | undefined, option: string, value: unknown): boolean {
  const types = logicalType === undefined ? undefined : OPTION_VALUE_TYPE[logicalType];
  const expected = types && Object.hasOwn(types, option) ? types[option] : undefined;
  if (expected === undefined) return false;
  if (expected === 'integer') return Number.isInteger(value) && (value as number) >= 0;
  if (option === 'multipleOf') return typeof value === 'number' && value > 0;
  return typeof value === expected;
}
