/** The committed OpenAPI documents read as a list of operations, and the documented answers as compiled validators. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ServiceName } from './mesh';

const OPENAPI_DIR = resolve(__dirname, '..', '..', 'libs', 'sdk', 'openapi');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  service: ServiceName;
  id: string;
  method: Uppercase<(typeof METHODS)[number]>;
  /** The path template, `/v1/products/{domain}/{name}`. */
  path: string;
  /** JSON pointer of the operation in its document, for the validators. */
  pointer: string;
  parameters: Parameter[];
  /** Media types of the request body with their schemas; empty when it takes none. */
  body: Record<string, Schema>;
  bodyRequired: boolean;
  /** Documented status codes, each with its media types (none for an answer without a body). */
  responses: Record<string, string[]>;
}

export interface ServiceDocument {
  service: ServiceName;
  document: Schema;
  operations: Operation[];
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function operationsOf(service: ServiceName, document: Schema): Operation[] {
  const operations: Operation[] = [];
  const paths = document.paths as Record<string, Record<string, Schema>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const requestBody = op.requestBody as { content?: Record<string, { schema?: Schema }>; required?: boolean } | undefined;
      const responses = op.responses as Record<string, { content?: Record<string, unknown> }>;
      operations.push({
        service,
        id: String(op.operationId),
        method: method.toUpperCase() as Operation['method'],
        path,
        pointer: `#/paths/${escapePointer(path)}/${method}`,
        parameters: ((op.parameters ?? []) as Parameter[]).map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} })),
        body: Object.fromEntries(Object.entries(requestBody?.content ?? {}).map(([type, media]) => [type, media.schema ?? {}])),
        bodyRequired: requestBody?.required === true,
        responses: Object.fromEntries(Object.entries(responses).map(([status, response]) => [status, Object.keys(response.content ?? {})])),
      });
    }
  }
  return operations;
}

export function loadDocuments(services: readonly ServiceName[]): ServiceDocument[] {
  return services.map((service) => {
    const document = JSON.parse(readFileSync(join(OPENAPI_DIR, `${service}.json`), 'utf8')) as Schema;
    return { service, document, operations: operationsOf(service, document) };
  });
}

/** Resolves a local `$ref` (`#/components/schemas/X`) of a document. */
export function deref(document: Schema, schema: Schema): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 16; hops++) {
    const tokens = current.$ref.replace(/^#\//, '').split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = tokens.reduce<Schema>((node, token) => node[token] as Schema, document);
  }
  return current;
}

/** One validator per documented answer (operation, status, media type), compiled on first use from the document itself. */
export class ResponseSchemas {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(documents: ServiceDocument[]) {
    addFormats(this.ajv);
    for (const { service, document } of documents) this.ajv.addSchema({ ...document, $id: idOf(service) });
  }

  validator(op: Operation, status: string, mediaType: string): ValidateFunction {
    const ref = `${idOf(op.service)}${op.pointer}/responses/${status}/content/${escapePointer(mediaType)}/schema`;
    let validate = this.compiled.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.compiled.set(ref, validate);
    }
    return validate;
  }

  errorsText(validate: ValidateFunction): string {
    return this.ajv.errorsText(validate.errors, { separator: '; ' });
  }
}

function idOf(service: ServiceName): string {
  return `https://openapi.meshwork.test/${service}.json`;
}
