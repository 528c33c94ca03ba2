import { LineCounter, parseDocument as parseYamlDocument, type YAMLError } from 'yaml';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { DescriptorFormat } from './detect-format';

/** Aliases allowed per document; far above what a descriptor needs, far below a "billion laughs" expansion. */
export const MAX_ALIAS_COUNT = 100;

/** Deepest nesting of objects and arrays accepted; validation and normalisation recurse through it. */
export const MAX_NESTING_DEPTH = 64;

/**
 * Parses one descriptor document. YAML is read with the YAML 1.2 core schema, so `2024-01-15` stays a string,
 * duplicate keys, more than one document and tags outside the core schema are errors, and alias expansion is capped.
 * Throws DescriptorError(PARSE_ERROR) with the line and column when the parser knows them.
 */
export function parseDocument(text: string | Buffer, format: DescriptorFormat): unknown {
  const source = typeof text === 'string' ? text : decodeUtf8(text);
  const value = format === 'json' ? parseJson(source) : parseYaml(source);
  if (value === null || value === undefined) throw parseError('The document is empty.');
  assertNestingDepth(value);
  return value;
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw parseError('The document is not valid UTF-8.');
  }
}

function parseJson(source: string): unknown {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error: unknown) {
    throw jsonParseError(text, error);
  }
}

function jsonParseError(text: string, error: unknown): DescriptorError {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason);
  if (!position) return parseError(`Invalid JSON: ${reason}`);
  const { line, column } = lineAndColumn(text, Number(position[1]));
  const detail = reason.replace(/\s*\(line \d+ column \d+\)$/, '');
  return parseError(`Invalid JSON at line ${line}, column ${column}: ${detail}`, line, column);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseYaml(source: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseYamlDocument(source, {
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const problem = document.errors[0] ?? document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (problem) throw yamlParseError(problem, lineCounter);
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error: unknown) {
    throw parseError(`Invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function yamlParseError(error: YAMLError, lineCounter: LineCounter): DescriptorError {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const reason = error.code === 'TAG_RESOLVE_FAILED' ? `${error.message} (only the YAML core schema is allowed)` : error.message;
  return parseError(`Invalid YAML at line ${line}, column ${col}: ${reason} [${error.code}]`, line, col);
}

function assertNestingDepth(value: unknown, depth = 1, ancestors = new Set<object>()): void {
  if (typeof value !== 'object' || value === null) return;
  if (ancestors.has(value)) throw parseError('The document contains itself through an alias (a cycle).');
  if (depth > MAX_NESTING_DEPTH) {
    throw parseError(`The document nests objects and arrays deeper than ${MAX_NESTING_DEPTH} levels.`);
  }
  ancestors.add(value);
  for (const child of Object.values(value)) assertNestingDepth(child, depth + 1, ancestors);
  ancestors.delete(value);
}

function parseError(message: string, line?: number, column?: number): DescriptorError {
  return new DescriptorError(DescriptorErrorCode.PARSE_ERROR, message, line, column);
}
