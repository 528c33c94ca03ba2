import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestIdentityProvider } from '../identity/identity-provider';

/**
 * The parts of an authorization matrix test that are the same for every service: the operations of the committed
 * OpenAPI document, the check that the table has a row for each (and no row for an operation that is gone), and the
 * checks of a refused call.
 */

export type MatrixService = 'catalog' | 'governance' | 'access' | 'sla';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const OPENAPI_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

export interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; 'x-meshwork-permission'?: string }>>;
}

/** One operation as the document declares it: the fields a matrix row repeats. */
export interface MatrixOperation {
  operationId: string;
  method: HttpMethod;
  /** The path as the OpenAPI document spells it. */
  template: string;
  /** x-meshwork-permission of the operation; undefined for public routes. */
  permission?: string;
}

export const OPENAPI_DIRECTORY = join(__dirname, '..', '..', '..', 'sdk', 'openapi');

/** The service's committed OpenAPI document (libs/sdk/openapi/<service>.json). */
export function committedOpenApi(service: MatrixService): OpenApiDocument {
  return JSON.parse(readFileSync(join(OPENAPI_DIRECTORY, `${service}.json`), 'utf8')) as OpenApiDocument;
}

export function operationsOf(document: OpenApiDocument): MatrixOperation[] {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([method]) => OPENAPI_METHODS.includes(method))
      .map(([method, op]) => ({ operationId: op.operationId ?? '?', method: method.toUpperCase() as HttpMethod, template, permission: op['x-meshwork-permission'] })),
  );
}

const describeOperation = (op: MatrixOperation) => `${op.method} ${op.template} (${op.operationId}, ${op.permission === undefined ? 'public' : `permission ${op.permission}`})`;
const keyOf = (op: MatrixOperation) => describeOperation(op);

/**
 * What is wrong between a document and a table, one sentence per operation, empty when each operation of the
 * document has at least one row that repeats its method, path, operationId and permission, and each row such an
 * operation. `table` names the file to edit in the sentences.
 */
export function matrixGaps(document: OpenApiDocument, rows: readonly MatrixOperation[], source: string, table: string): string[] {
  const documented = new Map(operationsOf(document).map((op) => [keyOf(op), op]));
  const listed = new Map(rows.map((row) => [keyOf(row), row]));
  const missing = [...documented.keys()]
    .filter((key) => !listed.has(key))
    .map((key) => `${key} is in ${source} but has no row in ${table}: add one saying who may call it and the status it answers.`);
  const stale = [...listed.keys()]
    .filter((key) => !documented.has(key))
    .map((key) => `${key} has a row in ${table} but is not in ${source}: correct or remove the row (a changed permission or operationId counts as a change).`);
  return [...missing, ...stale].sort();
}

/** Throws one error listing every gap, so that a test failure names each operation to add, fix or remove. */
export function expectMatrixCovers(service: MatrixService, rows: readonly MatrixOperation[], table: string, document: OpenApiDocument = committedOpenApi(service)): void {
  const gaps = matrixGaps(document, rows, `libs/sdk/openapi/${service}.json`, table);
  if (gaps.length > 0) throw new Error(`The authorization matrix does not match the OpenAPI document:\n- ${gaps.join('\n- ')}`);
}

/** The problem+json fields a matrix reads. */
export interface MatrixProblem {
  status: number;
  code: string;
  detail: string;
}

/** A refusal as every service words it: 401 UNAUTHENTICATED with the Bearer challenge, 403/404 problem+json. */
export async function expectRefusal(res: Response, status: 401 | 403 | 404, what: string): Promise<MatrixProblem> {
  const body = await res.text();
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${body}`);
  if (!(res.headers.get('content-type') ?? '').includes('application/problem+json')) throw new Error(`${what}: the ${status} is not problem+json: ${body}`);
  const problem = JSON.parse(body) as MatrixProblem;
  if (problem.status !== status) throw new Error(`${what}: the problem says status ${problem.status}`);
  if (status === 401) {
    if (problem.code !== 'UNAUTHENTICATED') throw new Error(`${what}: expected code UNAUTHENTICATED, got ${problem.code}`);
    if (res.headers.get('www-authenticate') !== 'Bearer realm="meshwork"') throw new Error(`${what}: the 401 has no Bearer challenge`);
  }
  if (status === 403 && problem.code !== 'FORBIDDEN') throw new Error(`${what}: expected code FORBIDDEN, got ${problem.code}`);
  return problem;
}

/** A 2xx of the exact status a row promises, with the body in the message when it is not. */
export async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${await res.text()}`);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One request carrying a field the server owns, and the JSON pointer the refusal must name. */
export interface MassAssignmentCase {
  operationId: string;
  method: HttpMethod;
  path: string;
  body: unknown;
  pointer: string;
  /** How the refusal is coded when it is not 400 VALIDATION_FAILED (a document envelope answers 422 INVALID_DOCUMENT). */
  refusal?: { status: number; code: string };
}

/** The refusal of a server-owned field: 400 VALIDATION_FAILED problem+json (or the given refusal) naming the field by its JSON pointer. */
export async function expectFieldRefused(res: Response, pointer: string, what: string, refusal = { status: 400, code: 'VALIDATION_FAILED' }): Promise<void> {
  const text = await res.text();
  if (res.status !== refusal.status) throw new Error(`${what}: expected ${refusal.status} naming ${pointer}, got ${res.status} ${text}`);
  if (!(res.headers.get('content-type') ?? '').includes('application/problem+json')) throw new Error(`${what}: the refusal is not problem+json: ${text}`);
  const problem = JSON.parse(text) as { code?: string; errors?: { pointer?: string }[] };
  if (problem.code !== refusal.code) throw new Error(`${what}: expected code ${refusal.code}, got ${problem.code}: ${text}`);
  if (!problem.errors?.some((e) => e.pointer === pointer)) throw new Error(`${what}: the refusal does not name ${pointer}: ${text}`);
}

/** The groups of callers a table names: every actor, and every actor but `anonymous` (who sends no token). */
export function actorGroups<Name extends string>(actors: Record<Name, unknown>): { names: Name[]; everyone: readonly Name[]; authenticated: readonly Name[] } {
  const names = Object.keys(actors) as Name[];
  return { names, everyone: names, authenticated: names.filter((name) => name !== 'anonymous') };
}

/** A row's name in a test title: its operationId, and its variant when the operation has more than one row. */
export const matrixLabel = (row: { operationId: string; variant?: string }): string => (row.variant ? `${row.operationId} (${row.variant})` : row.operationId);

/** One cell per row and actor, `[label, actor, row]`, for `it.each`. */
export function matrixCells<Row extends { operationId: string; variant?: string }, Name extends string>(rows: readonly Row[], actors: readonly Name[]): (readonly [string, Name, Row])[] {
  return rows.flatMap((row) => actors.map((actor) => [matrixLabel(row), actor, row] as const));
}

/** Puts back the environment variables a test changed, deleting those that were not set before. */
export function restoreEnv(previous: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/** The check of the document the running service serves (`res`, its answer to GET /docs/openapi.json) against the table. */
export async function expectServedMatrixCovers(service: MatrixService, rows: readonly MatrixOperation[], table: string, res: Response): Promise<void> {
  if (res.status !== 200) throw new Error(`GET /docs/openapi.json: expected 200, got ${res.status} ${await res.text()}`);
  const served = (await res.json()) as OpenApiDocument;
  if (operationsOf(served).length === 0) throw new Error('GET /docs/openapi.json: the served document has no operation');
  expectMatrixCovers(service, rows, table, served);
}

/**
 * Tokens of the platform admin every guarded route refuses with 401: one expired an hour ago, one signed by a foreign
 * key. `idp` is asked when a token is made (a test table is built before the harness starts).
 */
export function badAdminTokens(idp: () => TestIdentityProvider, admin: { id: string; roles: string[] }): [string, () => Promise<string>][] {
  return [
    ['an expired platform-admin token', () => idp().mint({ sub: admin.id, roles: admin.roles }, { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['a platform-admin token signed by a foreign key', () => idp().mintForeign({ sub: admin.id, roles: admin.roles })],
  ];
}
