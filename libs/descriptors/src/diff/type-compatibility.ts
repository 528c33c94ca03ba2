/**
 * How the set of valid values moved between two type declarations: `narrowed` (fewer values valid),
 * `widened` (more values valid), `changed` (neither contains the other) or `same`.
 */
export type TypeVerdict = 'same' | 'narrowed' | 'widened' | 'changed';

// previous→next pairs of ODCS logical types where every previous value is still valid.
const LOGICAL_WIDENINGS: ReadonlySet<string> = new Set(['integer→number', 'date→timestamp']);

/** Compares ODCS logicalTypes; declaring one where there was none narrows, dropping one widens. */
export function compareLogicalTypes(before: string | undefined, after: string | undefined): TypeVerdict {
  if (before === after) return 'same';
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  if (LOGICAL_WIDENINGS.has(`${before}→${after}`)) return 'widened';
  if (LOGICAL_WIDENINGS.has(`${after}→${before}`)) return 'narrowed';
  return 'changed';
}

interface PhysicalType {
  base: string;
  /** Numeric parameters such as length, or precision and scale; undefined when the type has none. */
  args?: number[];
}

const PHYSICAL_ALIASES: Readonly<Record<string, string>> = {
  'character varying': 'varchar',
  character: 'char',
  string: 'text',
  int1: 'tinyint',
  int2: 'smallint',
  int4: 'int',
  integer: 'int',
  int8: 'bigint',
  float4: 'real',
  float8: 'double',
  'double precision': 'double',
  decimal: 'numeric',
  bool: 'boolean',
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
};

const INTEGER_RANK: Readonly<Record<string, number>> = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 5 };
const FLOAT_RANK: Readonly<Record<string, number>> = { real: 1, double: 2 };
const BOUNDED_STRINGS: ReadonlySet<string> = new Set(['char', 'varchar']);

/**
 * Compares physical types written as SQL-like type names: case and spacing ignored, common aliases folded
 * (int4 = integer = int), length and precision/scale compared. varchar(200) → varchar(50) narrows,
 * int → bigint and varchar(n) → text widen; unrelated types (uuid → varchar(36)) are `changed`.
 */
export function comparePhysicalTypes(before: string | undefined, after: string | undefined): TypeVerdict {
  if (before === undefined && after === undefined) return 'same';
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  const previous = parsePhysicalType(before);
  const next = parsePhysicalType(after);
  if (previous.base === next.base) return compareArgs(previous.args, next.args);
  return (
    compareRanked(INTEGER_RANK, previous.base, next.base) ??
    compareRanked(FLOAT_RANK, previous.base, next.base) ??
    compareStrings(previous, next)
  );
}

function parsePhysicalType(text: string): PhysicalType {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const open = normalised.indexOf('(');
  const close = normalised.indexOf(')', open);
  if (open < 0 || close < 0) return { base: canonicalBase(normalised) };
  const args = normalised.slice(open + 1, close).split(',').map((arg) => arg.trim());
  const rest = normalised.slice(close + 1).trim();
  const base = canonicalBase([normalised.slice(0, open).trim(), rest].filter(Boolean).join(' '));
  // Non-numeric parameters (enum('a','b'), struct<...>) make the whole text the type's identity.
  if (!args.every((arg) => /^\d+$/.test(arg))) return { base: normalised };
  return { base, args: args.map(Number) };
}

function canonicalBase(base: string): string {
  return Object.hasOwn(PHYSICAL_ALIASES, base) ? PHYSICAL_ALIASES[base] : base;
}

// No parameters means the type's widest form (varchar without length, numeric without precision).
function compareArgs(before: number[] | undefined, after: number[] | undefined): TypeVerdict {
  if (before === undefined && after === undefined) return 'same';
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  if (before.length !== after.length) return 'changed';
  if (before.length === 1) return compareNumbers(before[0], after[0]);
  if (before.length === 2) return comparePrecisionScale(before, after);
  return before.every((value, index) => value === after[index]) ? 'same' : 'changed';
}

// decimal(p, s): the digits before the point (p - s) and after it (s) must both grow or both shrink.
function comparePrecisionScale([precisionBefore, scaleBefore]: number[], [precisionAfter, scaleAfter]: number[]): TypeVerdict {
  const integerDigits = Math.sign(precisionAfter - scaleAfter - (precisionBefore - scaleBefore));
  const fractionDigits = Math.sign(scaleAfter - scaleBefore);
  if (integerDigits === 0 && fractionDigits === 0) return 'same';
  if (integerDigits >= 0 && fractionDigits >= 0) return 'widened';
  if (integerDigits <= 0 && fractionDigits <= 0) return 'narrowed';
  return 'changed';
}

function compareRanked(ranks: Readonly<Record<string, number>>, before: string, after: string): TypeVerdict | undefined {
  if (!Object.hasOwn(ranks, before) || !Object.hasOwn(ranks, after)) return undefined;
  return compareNumbers(ranks[before], ranks[after]);
}

function compareStrings(before: PhysicalType, after: PhysicalType): TypeVerdict {
  if (BOUNDED_STRINGS.has(before.base) && after.base === 'text') return 'widened';
  if (before.base === 'text' && BOUNDED_STRINGS.has(after.base)) return 'narrowed';
  // char(n) → varchar(m): the trailing blanks of char aside, every value fits when m >= n.
  if (before.base === 'char' && after.base === 'varchar') {
    return compareArgs(before.args, after.args) === 'narrowed' ? 'narrowed' : 'widened';
  }
  return 'changed';
}

/** Compares two numbers as limits on size: a smaller one narrows. */
export function compareNumbers(before: number, after: number): TypeVerdict {
  if (before === after) return 'same';
  return after < before ? 'narrowed' : 'widened';
}

/** One difference between the logicalTypeOptions of two versions of a field. */
export interface OptionChange {
  option: string;
  verdict: Exclude<TypeVerdict, 'same'>;
  before?: unknown;
  after?: unknown;
}

const UPPER_BOUNDS: ReadonlySet<string> = new Set(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']);
const LOWER_BOUNDS: ReadonlySet<string> = new Set(['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties']);
// Constraints whose addition or change narrows and whose removal widens.
const RESTRICTIONS: ReadonlySet<string> = new Set(['pattern', 'format', 'multipleOf']);

/**
 * Compares logicalTypeOptions of the same logical type, option by option: a bound tightened, added, a pattern or
 * format added or changed, uniqueItems turned on narrow; the opposite widens. Timezone options and options this
 * library does not know are `changed` when they differ.
 */
export function compareTypeOptions(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}): OptionChange[] {
  const options = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return options.flatMap((option) => {
    const verdict = compareOption(option, before[option], after[option]);
    if (verdict === 'same') return [];
    return [{ option, verdict, ...definedPair(before[option], after[option]) }];
  });
}

function definedPair(before: unknown, after: unknown): { before?: unknown; after?: unknown } {
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

function compareOption(option: string, before: unknown, after: unknown): TypeVerdict {
  if (sameValue(before, after)) return 'same';
  if (UPPER_BOUNDS.has(option) || LOWER_BOUNDS.has(option)) return compareBound(UPPER_BOUNDS.has(option), before, after);
  if (option === 'format') return compareFormats(before, after);
  if (RESTRICTIONS.has(option)) return after === undefined ? 'widened' : 'narrowed';
  if (option === 'uniqueItems') return after === true ? 'narrowed' : 'widened';
  if (option === 'required') return compareRequiredNames(before, after);
  return 'changed';
}

function compareBound(isUpper: boolean, before: unknown, after: unknown): TypeVerdict {
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  const previous = boundValue(before);
  const next = boundValue(after);
  if (previous === undefined || next === undefined) return 'changed';
  const asUpper = compareNumbers(previous, next);
  if (isUpper || asUpper === 'same') return asUpper;
  return asUpper === 'narrowed' ? 'widened' : 'narrowed';
}

// Bounds are numbers, or ISO dates and timestamps for date/timestamp fields.
function boundValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

// Value ranges of the numeric formats, as powers of two, so that i32 → i64 or f32 → f64 widens.
function numericRange(format: unknown): { low: number; high: number } | undefined {
  const match = typeof format === 'string' ? /^([iuf])(8|16|32|64|128)$/.exec(format) : null;
  if (!match) return undefined;
  const bits = Number(match[2]);
  if (match[1] === 'u') return { low: 0, high: bits };
  if (match[1] === 'f') return { low: -bits, high: bits };
  return { low: -(bits - 1), high: bits - 1 };
}

function compareFormats(before: unknown, after: unknown): TypeVerdict {
  if (after === undefined) return 'widened';
  const previous = numericRange(before);
  const next = numericRange(after);
  if (previous && next && next.low <= previous.low && next.high >= previous.high) return 'widened';
  return 'narrowed';
}

function compareRequiredNames(before: unknown, after: unknown): TypeVerdict {
  const previous = new Set(Array.isArray(before) ? before : []);
  const next = new Set(Array.isArray(after) ? after : []);
  const added = [...next].some((name) => !previous.has(name));
  const removed = [...previous].some((name) => !next.has(name));
  if (added && removed) return 'changed';
  return added ? 'narrowed' : 'widened';
}

/** Deep equality of JSON values (key order of objects ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON text of a value with object keys sorted; undefined for undefined. */
export function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, member: unknown) => (isPlainObject(member) ? sortedKeys(member) : member));
}

function sortedKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, object[key]]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
