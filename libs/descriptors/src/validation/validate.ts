import type { OdpsProduct } from '../model/odps.types';
import { isOdpsV09, pointerBeforeUpgrade, upgradeOdps } from '../upgrade/upgrade-odps';
import { toSchemaIssues, type SchemaIssue } from './schema-issue';
import { declaredPropertyNames, StandardSchema, validatorFor } from './schema-registry';

/**
 * Validates an ODCS data contract against the JSON Schema of its apiVersion: v3.1.x against v3.1.0, v3.0.x
 * against v3.0.2 or, failing that, v3.1.0 (which accepts v3.0.x documents, as the standard's own v3.0.2-labelled
 * examples need). An empty list means valid; a wrong kind or unsupported apiVersion is an issue, not an error.
 */
export function validateContract(doc: unknown): SchemaIssue[] {
  if (!isPlainObject(doc)) return [notAnObject('an ODCS data contract')];
  const schemas = contractSchemasFor(doc['apiVersion']);
  const routing = routingIssues(doc, 'DataContract', schemas.length > 0, 'v3.0.x or v3.1.x');
  if (routing.length > 0) return routing;
  return firstPassOrFewestIssues(schemas, doc);
}

/**
 * Validates an ODPS data product against the v1.0.0 JSON Schema. A v0.9.x document is validated as upgraded
 * by upgradeOdps, with pointers mapped back to the document as sent; the document itself is not changed.
 */
export function validateProduct(doc: unknown): SchemaIssue[] {
  if (!isPlainObject(doc)) return [notAnObject('an ODPS data product')];
  const supported = isOdpsV1(doc['apiVersion']) || isOdpsV09(doc['apiVersion']);
  const routing = routingIssues(doc, 'DataProduct', supported, 'v0.9.x or v1.x');
  if (routing.length > 0) return routing;
  // Routing checked kind and apiVersion; upgradeOdps reads nothing else but `team`, defensively.
  const product = doc as OdpsProduct;
  return validateAgainst(StandardSchema.ODPS_V1_0_0, upgradeOdps(product)).map((issue) => ({
    ...issue,
    pointer: pointerBeforeUpgrade(product, issue.pointer),
  }));
}

/** Validates a Data Contract Specification document against the vendored DCS 1.2.1 JSON Schema (draft-07). */
export function validateDataContractSpecification(doc: unknown): SchemaIssue[] {
  if (!isPlainObject(doc)) return [notAnObject('a Data Contract Specification document')];
  return validateAgainst(StandardSchema.DCS_V1_2_1, doc);
}

function contractSchemasFor(apiVersion: unknown): StandardSchema[] {
  if (typeof apiVersion !== 'string') return [];
  if (/^v3\.1\.\d+$/.test(apiVersion)) return [StandardSchema.ODCS_V3_1_0];
  if (/^v3\.0\.\d+$/.test(apiVersion)) return [StandardSchema.ODCS_V3_0_2, StandardSchema.ODCS_V3_1_0];
  return [];
}

function isOdpsV1(apiVersion: unknown): boolean {
  return typeof apiVersion === 'string' && /^v1\.\d+\.\d+$/.test(apiVersion);
}

// A document of another kind or of a version we cannot route is not run through a schema at all.
function routingIssues(doc: Record<string, unknown>, kind: string, supported: boolean, versions: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (doc['kind'] !== kind) issues.push(wrongKind(doc['kind'], kind));
  if (!supported) issues.push(unsupportedApiVersion(doc['apiVersion'], versions));
  return issues;
}

function wrongKind(actual: unknown, expected: string): SchemaIssue {
  if (actual === undefined) return { pointer: '/kind', message: 'required property "kind" is missing', keyword: 'required' };
  return { pointer: '/kind', message: `must be ${expected}, not ${JSON.stringify(actual)}`, keyword: 'kind' };
}

function unsupportedApiVersion(actual: unknown, versions: string): SchemaIssue {
  if (actual === undefined) {
    return { pointer: '/apiVersion', message: 'required property "apiVersion" is missing', keyword: 'required' };
  }
  return {
    pointer: '/apiVersion',
    message: `unsupported apiVersion ${JSON.stringify(actual)}; supported: ${versions}`,
    keyword: 'apiVersion',
  };
}

function validateAgainst(schema: StandardSchema, doc: unknown): SchemaIssue[] {
  const validate = validatorFor(schema);
  if (validate(doc)) return [];
  return toSchemaIssues(validate.errors ?? [], declaredPropertyNames(schema));
}

// When no candidate passes, ties go to the first one: the schema of the declared version.
function firstPassOrFewestIssues(schemas: StandardSchema[], doc: unknown): SchemaIssue[] {
  let fewest: SchemaIssue[] | undefined;
  for (const schema of schemas) {
    const issues = validateAgainst(schema, doc);
    if (issues.length === 0) return [];
    if (!fewest || issues.length < fewest.length) fewest = issues;
  }
  return fewest ?? [];
}

function notAnObject(what: string): SchemaIssue {
  return { pointer: '', message: `must be an object (${what})`, keyword: 'type' };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

