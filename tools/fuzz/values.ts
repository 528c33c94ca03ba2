/** Values for the fuzz: generated from a JSON schema of the documents, and the hostile ones sent in their place. */
import fc from 'fast-check';
import { deref, type Schema } from './openapi';

const MAX_DEPTH = 6;

/** Strings that have broken services elsewhere: traversal, injection (SQL, CEL, templates), unicode, odd numbers. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '..\\..\\windows\\win.ini',
  "' OR '1'='1",
  "'; DROP TABLE catalog.products; --",
  "1'; SELECT pg_sleep(30); --",
  '" OR ""="',
  '%',
  '%%',
  '\\',
  '$1',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'urn:meshwork:',
  'urn:meshwork:crm',
  'urn:meshwork:crm:customers:customers:v99999999999999999999',
  'urn:meshwork:CRM:Customers',
  'urn:meshwork:../../x:y',
  'urn:x:y',
  'urn:meshwork:crm:customers:customers:v0',
  'urn:meshwork:crm:customers:customers:v-1',
  'true',
  'null',
  '-1',
  '0',
  '1e309',
  'NaN',
  '0x1f',
  '99999999999999999999999',
  '2024-02-30T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  'size(product) > 0 || true',
  'product.name.matches("(a+)+$")',
  '[1,2,3].all(a, [1,2,3].all(b, [1,2,3].all(c, [1,2,3].all(d, true))))',
  '"a" + "a" + "a" + "a"',
  '1/0',
  'has(',
  '🙂🙃 données ßÜ 数据 مرحبا',
  '\u202eevil',
  '\uFEFFbom',
  '\ud800',
  'é'.normalize('NFD'),
  'a'.repeat(256),
  'x'.repeat(5_000),
];

/** A value of any JSON type, including the nasty strings. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 2 ** 53, -(2 ** 63), 1e308) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], { '': '' }, [[[[]]]], { constructor: { prototype: { polluted: true } } }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Documents (ODPS, ODCS) that free-form object fields are given, so that validation of whole documents runs. */
export interface Samples {
  documents: Record<string, unknown>[];
}

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return (schema.type as string[]).find((t) => t !== 'null');
  return schema.type as string | undefined;
}

function stringArb(schema: Schema): fc.Arbitrary<string> {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = Math.max(min, Math.min((schema.maxLength as number | undefined) ?? 24, 64));
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const options: fc.Arbitrary<string>[] = [];
  if (typeof schema.example === 'string') options.push(fc.constant(schema.example));
  if (typeof schema.pattern === 'string') {
    try {
      const matching = fc.stringMatching(new RegExp(schema.pattern as string)).filter((s) => s.length >= min && s.length <= Math.max(max, 64));
      options.push(matching);
    } catch {
      // A pattern fast-check cannot generate from: the example and free strings stand in.
    }
  }
  options.push(fc.string({ minLength: min, maxLength: max }));
  return fc.oneof(...options);
}

function numberArb(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = (schema.minimum as number | undefined) ?? -1_000_000;
  const max = (schema.maximum as number | undefined) ?? 1_000_000;
  const options: fc.Arbitrary<number>[] = [fc.integer({ min: Math.ceil(min), max: Math.floor(max) })];
  if (typeof schema.example === 'number') options.push(fc.constant(schema.example));
  if (!integer) options.push(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
  return fc.oneof(...options);
}

/**
 * Values that a schema describes (`mutate` false), or that it mostly describes with a hostile value now and then in
 * any place, fields missing or added (`mutate` true).
 */
export function fromSchema(document: Schema, raw: Schema, samples: Samples, mutate: boolean, depth = 0): fc.Arbitrary<unknown> {
  const base = plainFromSchema(document, raw, samples, mutate, depth);
  return mutate ? fc.oneof({ weight: 10, arbitrary: base }, { weight: 1, arbitrary: nastyValue }) : base;
}

function plainFromSchema(document: Schema, raw: Schema, samples: Samples, mutate: boolean, depth: number): fc.Arbitrary<unknown> {
  const schema = deref(document, raw);
  if (depth > MAX_DEPTH) return fc.constant({});
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const union = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (union) return fc.oneof(...union.map((s) => fromSchema(document, s, samples, mutate, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return plainFromSchema(document, schema.allOf[0] as Schema, samples, mutate, depth);
  switch (typeOf(schema)) {
    case 'string':
      return stringArb(schema);
    case 'integer':
      return numberArb(schema, true);
    case 'number':
      return numberArb(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = fromSchema(document, (schema.items as Schema | undefined) ?? {}, samples, mutate, depth + 1);
      const minLength = (schema.minItems as number | undefined) ?? 0;
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? 3, 3)) });
    }
    case 'object':
      return objectArb(document, schema, samples, mutate, depth);
    default:
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), documentArb(samples));
  }
}

function documentArb(samples: Samples): fc.Arbitrary<unknown> {
  return samples.documents.length > 0 ? fc.constantFrom(...samples.documents) : fc.constant({});
}

function objectArb(document: Schema, schema: Schema, samples: Samples, mutate: boolean, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const names = Object.keys(properties);
  if (names.length === 0) {
    // A free-form object: a whole document (ODPS, ODCS, OpenLineage) or a small dictionary.
    return fc.oneof({ weight: 3, arbitrary: documentArb(samples) }, { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) });
  }
  const required = ((schema.required ?? []) as string[]).filter((name) => names.includes(name));
  const model = Object.fromEntries(names.map((name) => [name, fromSchema(document, properties[name], samples, mutate, depth + 1)]));
  const record = fc.record(model, { requiredKeys: required });
  if (!mutate) return record;
  return fc.oneof(
    { weight: 8, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, fc.constantFrom(...required, ...names)).map(([value, drop]) => withoutKey(value, drop)) },
    { weight: 1, arbitrary: fc.tuple(record, fc.string({ minLength: 1, maxLength: 12 }), nastyValue).map(([value, key, extra]) => ({ ...value, [key]: extra })) },
  );
}

function withoutKey(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
