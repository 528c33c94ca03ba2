import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { OdcsContract } from '../model/odcs.types';
import type { SchemaIssue } from '../validation/schema-issue';
import { validateContract, validateDataContractSpecification } from '../validation/validate';
import { describeKind, detectDescriptor, type DescriptorKind } from './detect-descriptor';
import { importDcs } from './from-dcs';
import { importOdcsV2 } from './from-odcs-v2';
import { upgradeOdcsV30 } from './from-odcs-v3-0';
import { moveUnknownMembersToCustomProperties } from './fit-custom-properties';
import type { JsonObject } from './read-values';
import { validateOdcsV2 } from './validate-odcs-v2';

/** A contract imported into ODCS v3.1, with what the import could not carry over as it was. */
export interface ImportResult {
  /** apiVersion v3.1.0, valid against the ODCS v3.1.0 schema. */
  contract: OdcsContract;
  /** The format of the document imported. */
  from: DescriptorKind;
  /** What was moved to customProperties, dropped or assumed, one line each (empty for an ODCS v3.1 document). */
  notes: string[];
}

/** The formats importContract reads (a subset of DescriptorKind). */
export type ImportableKind = 'dcs-v1' | 'odcs-v2' | 'odcs-v3.0' | 'odcs-v3.1';

/** The formats importContract reads. */
export const IMPORTABLE_KINDS: readonly ImportableKind[] = ['dcs-v1', 'odcs-v2', 'odcs-v3.0', 'odcs-v3.1'];

const SOURCE_VALIDATORS: Readonly<Record<ImportableKind, (doc: unknown) => SchemaIssue[]>> = {
  'dcs-v1': validateDataContractSpecification,
  'odcs-v2': validateOdcsV2,
  'odcs-v3.0': validateContract,
  'odcs-v3.1': validateContract,
};

type Importer = (doc: JsonObject) => { contract: OdcsContract; notes: string[] };

const IMPORTERS: Readonly<Record<Exclude<ImportableKind, 'odcs-v3.1'>, Importer>> = {
  'dcs-v1': importDcs,
  'odcs-v2': importOdcsV2,
  'odcs-v3.0': (doc) => upgradeOdcsV30(doc as OdcsContract),
};

/**
 * Validates a document of an importable format (DCS 1.x, ODCS v2, v3.0 or v3.1) against its own standard: the
 * DCS JSON Schema, the ODCS schemas, and for ODCS v2, which has no published JSON Schema, the members the import
 * reads. Pointers point into the document as sent. An unsupported format is one issue at the root.
 */
export function validateImportSource(doc: unknown): SchemaIssue[] {
  const kind = detectDescriptor(doc);
  if (!isImportable(kind)) return [{ pointer: '', message: unsupportedMessage(kind), keyword: 'format' }];
  return SOURCE_VALIDATORS[kind](doc);
}

/**
 * Imports a data contract into ODCS v3.1.0 without changing the input: an ODCS v3.1 document comes back as it is;
 * ODCS v3.0 is upgraded, ODCS v2.2 and DCS 1.x are mapped (see importOdcsV2 and importDcs), every member without
 * an ODCS v3.1 home kept as a custom property and noted.
 * Throws DescriptorError(UNSUPPORTED_FORMAT) for any other document (an ODPS product, an unknown object...), and
 * DescriptorError(INVALID_DOCUMENT) with `issues` when the document does not conform to its own standard.
 */
export function importContract(doc: unknown): ImportResult {
  const from = detectDescriptor(doc);
  if (!isImportable(from)) throw new DescriptorError(DescriptorErrorCode.UNSUPPORTED_FORMAT, unsupportedMessage(from));
  const issues = SOURCE_VALIDATORS[from](doc);
  if (issues.length > 0) {
    const message = `Not a valid ${label(from)}: ${summary(issues)}`;
    throw new DescriptorError(DescriptorErrorCode.INVALID_DOCUMENT, message, undefined, undefined, issues);
  }
  if (from === 'odcs-v3.1') return { contract: doc as OdcsContract, from, notes: [] };
  const mapped = IMPORTERS[from](doc as JsonObject);
  const notes = [...mapped.notes];
  const contract = moveUnknownMembersToCustomProperties(mapped.contract, notes);
  const remaining = validateContract(contract);
  if (remaining.length > 0) {
    const detail = `pointers into the converted contract: ${summary(remaining)}`;
    const message = `This ${label(from)} cannot be written as a valid ODCS v3.1.0 contract (${detail})`;
    throw new DescriptorError(DescriptorErrorCode.INVALID_DOCUMENT, message);
  }
  return { contract, from, notes };
}

function isImportable(kind: DescriptorKind | undefined): kind is ImportableKind {
  return kind !== undefined && (IMPORTABLE_KINDS as readonly string[]).includes(kind);
}

function label(kind: DescriptorKind): string {
  return describeKind(kind).replace(/^an? /, '');
}

function unsupportedMessage(kind: DescriptorKind | undefined): string {
  const what = kind === undefined ? 'not a descriptor we recognise' : `${describeKind(kind)} (${kind})`;
  const supported = IMPORTABLE_KINDS.map((each) => `${describeKind(each)} (${each})`).join(', ');
  return `Only data contracts can be imported, and this is ${what}. Supported: ${supported}.`;
}

function summary(issues: SchemaIssue[]): string {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.pointer || '/'} ${first.message}${more}`;
}
