import { pointerToken, type SchemaIssue } from '../validation/schema-issue';
import { arrayOf, isRecord, type JsonObject } from './read-values';

type Expected = 'string' | 'boolean' | 'array' | 'object';

const TOP_LEVEL: Readonly<Record<string, Expected>> = {
  uuid: 'string',
  version: 'string',
  status: 'string',
  dataset: 'array',
  slaProperties: 'array',
  stakeholders: 'array',
  roles: 'array',
  tags: 'array',
  description: 'object',
};
const COLUMN: Readonly<Record<string, Expected>> = {
  isNullable: 'boolean',
  isPrimaryKey: 'boolean',
  isUnique: 'boolean',
  partitionStatus: 'boolean',
  isPartitioned: 'boolean',
  tags: 'array',
  quality: 'array',
};

/**
 * ODCS v2 published no JSON Schema: this checks what importing one reads — uuid, version and status are strings,
 * each table (`dataset`) has a `table` name and each column a `column` name, the flags are booleans.
 */
export function validateOdcsV2(doc: unknown): SchemaIssue[] {
  if (!isRecord(doc)) return [{ pointer: '', message: 'must be an object (an ODCS v2 data contract)', keyword: 'type' }];
  return [
    ...required(doc, '', ['uuid', 'version', 'status']),
    ...typed(doc, '', TOP_LEVEL),
    ...(arrayOf(doc['dataset']) ?? []).flatMap((table, index) => tableIssues(table, `/dataset/${index}`)),
  ];
}

function tableIssues(table: unknown, pointer: string): SchemaIssue[] {
  if (!isRecord(table)) return [{ pointer, message: 'must be an object (a table)', keyword: 'type' }];
  return [
    ...required(table, pointer, ['table']),
    ...typed(table, pointer, { table: 'string', columns: 'array', quality: 'array' }),
    ...(arrayOf(table['columns']) ?? []).flatMap((column, index) => columnIssues(column, `${pointer}/columns/${index}`)),
  ];
}

function columnIssues(column: unknown, pointer: string): SchemaIssue[] {
  if (!isRecord(column)) return [{ pointer, message: 'must be an object (a column)', keyword: 'type' }];
  return [...required(column, pointer, ['column']), ...typed(column, pointer, { column: 'string', ...COLUMN })];
}

function required(object: JsonObject, pointer: string, names: string[]): SchemaIssue[] {
  return names
    .filter((name) => object[name] === undefined || object[name] === null)
    .map((name) => ({
      pointer: `${pointer}/${pointerToken(name)}`,
      message: `required property "${name}" is missing`,
      keyword: 'required',
    }));
}

// null is how v2 templates write "not set": it is accepted everywhere.
function typed(object: JsonObject, pointer: string, expected: Readonly<Record<string, Expected>>): SchemaIssue[] {
  return Object.entries(expected)
    .filter(([name, type]) => object[name] !== undefined && object[name] !== null && typeOf(object[name]) !== type)
    .map(([name, type]) => ({ pointer: `${pointer}/${pointerToken(name)}`, message: `must be ${type}`, keyword: 'type' }));
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
