import { Document, visit, type Scalar } from 'yaml';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { DescriptorFormat } from '../parsing/detect-format';

/**
 * Writes a parsed descriptor as YAML or JSON (2-space indent), without anchors or aliases and without folding
 * long lines, so that parseDocument(exportDocument(doc)) deep-equals doc.
 * Throws DescriptorError(UNSUPPORTED_VALUE) for a number JSON cannot hold (Infinity, NaN).
 */
export function exportDocument(doc: unknown, format: DescriptorFormat): string {
  return format === 'json' ? exportJson(doc) : exportYaml(doc);
}

function exportJson(doc: unknown): string {
  assertJsonRepresentable(doc, '');
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function assertJsonRepresentable(value: unknown, pointer: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new DescriptorError(
      DescriptorErrorCode.UNSUPPORTED_VALUE,
      `The value at "${pointer}" is ${value}, which JSON cannot represent; export the document as YAML instead.`,
    );
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) assertJsonRepresentable(child, `${pointer}/${escapeToken(key)}`);
}

function escapeToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function exportYaml(doc: unknown): string {
  const document = new Document(doc, { version: '1.2', schema: 'core', aliasDuplicateObjects: false });
  visit(document, { Scalar: (_key, node) => quoteIfYaml11ReadsItDifferently(node) });
  return document.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}

// YAML 1.1 readers (PyYAML, SnakeYAML) turn some plain strings into dates, booleans or sexagesimal numbers.
const YAML11_NON_STRING = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/,
  /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/,
  /^[-+]?(?:0b[01_]+|0[0-7_]+|0x[\da-fA-F_]+|[\d_]*\.?[\d_]+(?:[eE][-+]?\d+)?)$/,
  /^(?:<<|=)$/,
];

function quoteIfYaml11ReadsItDifferently(node: Scalar): void {
  const { value } = node;
  if (typeof value !== 'string') return;
  if (YAML11_NON_STRING.some((pattern) => pattern.test(value))) node.type = 'QUOTE_DOUBLE';
}
