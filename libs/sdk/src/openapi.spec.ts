import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Schema {
  description?: string;
  example?: unknown;
  examples?: unknown;
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, unknown>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const dir = join(__dirname, '..', 'openapi');
const documents = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Document] as const);

function operations(doc: Document): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]));
}

// A nested object or array of DTOs is documented by its own schema: a $ref (or allOf of one) needs no example.
const isReference = (s: Schema): boolean =>
  s.$ref !== undefined || [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(isReference) || (s.items !== undefined && isReference(s.items));

describe.each(documents)('the committed OpenAPI document %s', (_file, doc) => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('gives every operation an operationId and a summary', () => {
    const missing = operations(doc).filter(([, op]) => !op.operationId || !op.summary).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('documents the error answers of every guarded operation', () => {
    const guarded = operations(doc).filter(([, op]) => (op.security ?? []).some((s) => Object.keys(s as object).length > 0));
    expect(guarded.length).toBeGreaterThan(0);
    const missing = guarded.filter(([, op]) => !op.responses['401'] || !op.responses['403']).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('describes every schema field with a description and an example', () => {
    const missing = Object.entries(doc.components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, field]) => !field.description || (!isReference(field) && field.example === undefined && field.examples === undefined))
        .map(([field]) => `${name}.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
