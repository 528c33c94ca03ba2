import { Composer, type Document, Lexer, LineCounter, Parser, type YAMLError, YAMLParseError } from 'yaml';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { DescriptorFormat } from './detect-format';

/** Aliases allowed per document; far above what a descriptor needs, far below a "billion laughs" expansion. */
export const MAX_ALIAS_COUNT = 100;

/** Deepest nesting of objects and arrays accepted; validation and normalisation recurse through it. */
export const MAX_NESTING_DEPTH = 64;

/**
 * Deepest YAML syntax tree let through to the composer, whose recursion follows the nesting: a collection takes one or
 * two levels of the tree (a map and its pair), so four per level of MAX_NESTING_DEPTH leaves room and stays far below
 * the thousands of levels at which the composer would exhaust the stack.
 */
const MAX_SYNTAX_DEPTH = 4 * MAX_NESTING_DEPTH;

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
  const document = composeYaml(source, lineCounter);
  const problem = document.errors[0] ?? document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (problem) throw yamlParseError(problem, lineCounter);
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error: unknown) {
    throw parseError(`Invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * What `parseDocument` of the yaml package does, with the depth of the syntax tree checked as it is built. The tree
 * is built without recursion, but composing it into nodes recurses once per level, and a document nested thousands
 * of levels deep ends that recursion at the edge of the stack, where V8 may have to compile a regular expression: it
 * then stops the process instead of throwing. So a tree deeper than MAX_SYNTAX_DEPTH is refused before composing.
 */
function composeYaml(source: string, lineCounter: LineCounter): Document.Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer({ version: '1.2', schema: 'core', merge: false, resolveKnownTags: false, uniqueKeys: true, strict: true });
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(source)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_SYNTAX_DEPTH) {
        const { line, col } = lineCounter.linePos(parser.offset);
        throw parseError(`The document nests objects and arrays deeper than ${MAX_NESTING_DEPTH} levels (line ${line}, column ${col}).`, line, col);
      }
    }
    yield* parser.end();
  }
  let document: Document.Parsed | undefined;
  for (const composed of composer.compose(tokens(), true, source.length)) {
    if (document) {
      document.errors.push(new YAMLParseError(composed.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
    document = composed;
  }
  return document!;
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
