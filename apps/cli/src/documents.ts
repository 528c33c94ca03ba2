import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DescriptorError, parseDocument, type SchemaIssue, validateContract, validateProduct } from '@meshwork/descriptors';
import { CliError, ExitCode, usageError } from './exit-codes';

export type DocumentKind = 'product' | 'contract';

/** A descriptor file as read: its kind (from `kind`), its value, and what its standard's JSON Schema says of it. */
export interface DescriptorFile {
  path: string;
  kind: DocumentKind | undefined;
  value: Record<string, unknown>;
  issues: SchemaIssue[];
}

/** JSON for `.json` files; YAML (which also reads JSON) otherwise. */
function formatOf(path: string): 'json' | 'yaml' {
  return extname(path).toLowerCase() === '.json' ? 'json' : 'yaml';
}

function kindOf(value: Record<string, unknown>): DocumentKind | undefined {
  if (value.kind === 'DataProduct') return 'product';
  if (value.kind === 'DataContract') return 'contract';
  return undefined;
}

/** Reads, parses and validates one ODPS or ODCS file; a missing file is a usage error, a malformed one a failed check. */
export async function readDescriptor(path: string): Promise<DescriptorFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${(error as Error).message})`);
  }
  let value: unknown;
  try {
    value = parseDocument(bytes, formatOf(path));
  } catch (error) {
    if (error instanceof DescriptorError) {
      const at = error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : '';
      throw new CliError(ExitCode.FAILED, `${path}${at}: ${error.message}`);
    }
    throw error;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(ExitCode.FAILED, `${path}: a descriptor must be a mapping (an object), not ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const kind = kindOf(record);
  const issues = kind === 'contract' ? validateContract(record) : kind === 'product' ? validateProduct(record) : unknownKind(record);
  return { path, kind, value: record, issues };
}

function unknownKind(value: Record<string, unknown>): SchemaIssue[] {
  const message = value.kind === undefined ? 'required property "kind" is missing: DataProduct (ODPS) or DataContract (ODCS)' : `must be DataProduct (ODPS) or DataContract (ODCS), not ${JSON.stringify(value.kind)}`;
  return [{ pointer: '/kind', message, keyword: 'kind' }];
}

/** The schema issues of the files, one line each: `file: pointer: message`. */
export function issueLines(files: readonly DescriptorFile[]): string[] {
  return files.flatMap((file) => file.issues.map((issue) => `${file.path}: ${issue.pointer || '/'}: ${issue.message}`));
}
