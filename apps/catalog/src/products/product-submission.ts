import { createHash } from 'node:crypto';
import {
  DescriptorError,
  normaliseContract,
  normaliseProduct,
  parseSemver,
  toKebabName,
  validateContract,
  validateProduct,
  type NormalisedContract,
  type NormalisedProduct,
  type OdcsContract,
  type OdpsProduct,
  type SchemaIssue,
} from '@meshwork/descriptors';
import type { ProblemFieldError } from '@meshwork/platform';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { isObject, type Json } from '../common/json';
import { parseBody } from '../common/parse-body';
import { readSubmittedDocumentation, type SubmittedDocumentation } from '../docs/documentation-input';

/** A product version as submitted: the ODPS document and the ODCS contracts of its output ports. */
export interface Submission {
  product: Json;
  contracts: Json[];
  /** JSON pointer prefix of the product inside the request body ('' for a bare ODPS document). */
  productPointer: string;
  /** Markdown documentation sent in the envelope, if any. */
  documentation?: SubmittedDocumentation;
}

export interface CheckedContract {
  document: Json;
  normalised: NormalisedContract;
  hash: string;
}

export interface CheckedSubmission {
  product: Json;
  /** The product version: the document's `version`, or UNVERSIONED when the document has none. */
  version: string;
  normalised: NormalisedProduct;
  contracts: CheckedContract[];
  hash: string;
  /** JSON pointer prefix of the product inside the request body. */
  productPointer: string;
  /** Markdown documentation sent in the envelope, if any (not part of the version's content hash). */
  documentation?: SubmittedDocumentation;
}

function invalid(detail: string, errors: ProblemFieldError[]): CatalogError {
  return new CatalogError(CatalogErrorCode.INVALID_DOCUMENT, detail, errors);
}

/** Accepts an envelope `{ product, contracts }` or a bare ODPS document (YAML or JSON). */
export function readSubmission(body: unknown): Submission {
  const value = parseBody(body);
  if (!isObject(value)) throw invalid('The body must be an object: an envelope { product, contracts } or an ODPS DataProduct document.', [{ pointer: '', detail: 'must be an object' }]);
  if (!('product' in value)) {
    if (value.kind === 'DataProduct') return { product: value, contracts: [], productPointer: '' };
    throw invalid('Expected an envelope { product, contracts } or an ODPS document with kind: DataProduct.', [{ pointer: '/product', detail: 'is required' }]);
  }
  const unknownKeys = Object.keys(value).filter((key) => key !== 'product' && key !== 'contracts' && key !== 'documentation');
  const errors: ProblemFieldError[] = unknownKeys.map((key) => ({ pointer: `/${key}`, detail: 'is not a known envelope field (product, contracts, documentation)' }));
  if (!isObject(value.product)) errors.push({ pointer: '/product', detail: 'must be an ODPS DataProduct object' });
  const contracts = value.contracts ?? [];
  if (!Array.isArray(contracts)) errors.push({ pointer: '/contracts', detail: 'must be an array of ODCS contracts' });
  else contracts.forEach((c, i) => isObject(c) || errors.push({ pointer: `/contracts/${i}`, detail: 'must be an ODCS contract object' }));
  if (errors.length > 0) throw invalid(`The envelope is invalid: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`, errors);
  const submission: Submission = { product: value.product as Json, contracts: contracts as Json[], productPointer: '/product' };
  if (value.documentation !== undefined) submission.documentation = readSubmittedDocumentation(value.documentation);
  return submission;
}

function prefixed(issues: SchemaIssue[], prefix: string): ProblemFieldError[] {
  return issues.map((issue) => ({ pointer: `${prefix}${issue.pointer}`, detail: issue.message }));
}

/** Canonical JSON (sorted keys) so that equal documents hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The URN segment of an output port; checkSubmission guarantees one exists. */
export function portSlug(name: string): string {
  const slug = toKebabName(name);
  if (!slug) throw new Error(`port name '${name}' has no URN segment`);
  return slug;
}

/** ODPS does not require `version`; a document without one is kept as version 0.0.0 until it declares one. */
export const UNVERSIONED = '0.0.0';

function semverError(pointer: string, value: unknown): ProblemFieldError | undefined {
  if (typeof value === 'string' && parseSemver(value)) return undefined;
  return { pointer, detail: value === undefined ? 'is required: the catalog keeps every version, ordered by semver' : `must be a semantic version like 1.2.0 (got ${JSON.stringify(value)})` };
}

function catalogChecks(submission: Submission, normalised: NormalisedProduct, contracts: NormalisedContract[], domain: string): ProblemFieldError[] {
  const p = submission.productPointer;
  const errors: ProblemFieldError[] = [];
  const versionError = submission.product.version === undefined ? undefined : semverError(`${p}/version`, submission.product.version);
  if (versionError) errors.push(versionError);
  if (normalised.domain !== undefined && normalised.domain !== domain) {
    errors.push({ pointer: `${p}/domain`, detail: `is '${normalised.domain}' but the product is published under domain '${domain}'` });
  }
  const seenPorts = new Map<string, number>();
  normalised.outputPorts.forEach((port, i) => {
    const slug = toKebabName(port.name);
    if (!slug) return errors.push({ pointer: `${p}/outputPorts/${i}/name`, detail: `'${port.name}' cannot form a URN segment: use letters and digits, starting with a letter` });
    const key = `${slug}:v${port.major}`;
    const first = seenPorts.get(key);
    if (first !== undefined) errors.push({ pointer: `${p}/outputPorts/${i}`, detail: `declares port '${port.name}' major ${port.major} again (first at ${p}/outputPorts/${first}); one major version per port name` });
    else seenPorts.set(key, i);
    return undefined;
  });
  const referenced = new Set(normalised.outputPorts.map((port) => port.contractId).filter((id): id is string => Boolean(id)));
  const seenContracts = new Set<string>();
  contracts.forEach((contract, i) => {
    const key = `${contract.id}@${contract.version}`;
    if (seenContracts.has(key)) errors.push({ pointer: `/contracts/${i}`, detail: `contract ${contract.id} version ${contract.version} is submitted twice` });
    seenContracts.add(key);
    const versionErr = semverError(`/contracts/${i}/version`, contract.version);
    if (versionErr) errors.push(versionErr);
    if (!referenced.has(contract.id)) errors.push({ pointer: `/contracts/${i}/id`, detail: `contract '${contract.id}' is not the contractId of any output port of this product` });
    if (contract.domain !== undefined && contract.domain !== domain) errors.push({ pointer: `/contracts/${i}/domain`, detail: `is '${contract.domain}' but the product is published under domain '${domain}'` });
  });
  return errors;
}

/** The port's major version goes into its URN, so it must be a semantic version. */
function portVersionErrors(submission: Submission): ProblemFieldError[] {
  const ports = Array.isArray(submission.product.outputPorts) ? (submission.product.outputPorts as Json[]) : [];
  return ports.flatMap((port, i) => semverError(`${submission.productPointer}/outputPorts/${i}/version`, port.version) ?? []);
}

function normalise(submission: Submission): { normalised: NormalisedProduct; contracts: NormalisedContract[] } {
  try {
    return {
      normalised: normaliseProduct(submission.product as OdpsProduct),
      contracts: submission.contracts.map((c) => normaliseContract(c as OdcsContract)),
    };
  } catch (error) {
    if (error instanceof DescriptorError) throw invalid(error.message, [{ pointer: submission.productPointer, detail: error.message }]);
    throw error;
  }
}

/** Validates against the official schemas and the catalog's own rules; throws one problem listing every issue. */
export function checkSubmission(submission: Submission, domain: string): CheckedSubmission {
  const schemaErrors = [
    ...prefixed(validateProduct(submission.product), submission.productPointer),
    ...submission.contracts.flatMap((contract, i) => prefixed(validateContract(contract), `/contracts/${i}`)),
  ];
  if (schemaErrors.length > 0) {
    throw invalid(`The submission does not conform to ODPS/ODCS: ${schemaErrors.length} issue(s), first: ${schemaErrors[0].pointer} ${schemaErrors[0].detail}.`, schemaErrors);
  }
  const versionErrors = portVersionErrors(submission);
  if (versionErrors.length > 0) throw invalid(`Output port versions must be semantic versions: ${versionErrors.map((e) => e.pointer).join(', ')}.`, versionErrors);
  const { normalised, contracts } = normalise(submission);
  const errors = catalogChecks(submission, normalised, contracts, domain);
  if (errors.length > 0) throw invalid(`The submission breaks catalog rules: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`, errors);
  const checkedContracts = submission.contracts.map((document, i) => ({ document, normalised: contracts[i], hash: contentHash(document) }));
  const hash = contentHash({ product: submission.product, contracts: checkedContracts.map((c) => c.hash).sort() });
  const version = submission.product.version === undefined ? UNVERSIONED : String(submission.product.version);
  return { product: submission.product, version, normalised, contracts: checkedContracts, hash, productPointer: submission.productPointer, documentation: submission.documentation };
}
