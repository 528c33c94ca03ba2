import { CONTRACT_FIXTURES, PRODUCT_FIXTURES, readFixture } from '../../test/fixtures';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import { detectFormat, type DescriptorFormat } from './detect-format';
import { MAX_NESTING_DEPTH, parseDocument } from './parse-document';

function parseFailure(text: string | Buffer, format: DescriptorFormat): DescriptorError {
  try {
    parseDocument(text, format);
  } catch (error: unknown) {
    if (error instanceof DescriptorError) return error;
    throw error;
  }
  throw new Error('expected parseDocument to throw');
}

/** Ten anchors, each a list of ten aliases of the previous one: 10^10 strings if expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level < 10; level++) {
    lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('parseDocument', () => {
  it.each([...CONTRACT_FIXTURES, ...PRODUCT_FIXTURES])('parses the fixture %s into an object', (name) => {
    const doc = parseDocument(readFixture(name), 'yaml');

    expect(doc).toEqual(expect.objectContaining({ apiVersion: expect.any(String), kind: expect.any(String) }));
  });

  it('keeps unquoted dates and times as strings and numbers as numbers', () => {
    const doc = parseDocument('day: 2024-01-15\nat: 2024-01-15T10:00:00Z\nclock: 09:00-08:00\nint: 42\nfloat: 99.5\nyes: yes\n', 'yaml');

    expect(doc).toEqual({ day: '2024-01-15', at: '2024-01-15T10:00:00Z', clock: '09:00-08:00', int: 42, float: 99.5, yes: 'yes' });
  });

  it('reads a Buffer as UTF-8', () => {
    expect(parseDocument(Buffer.from('name: Übersicht\n', 'utf8'), 'yaml')).toEqual({ name: 'Übersicht' });
  });

  it('accepts a JSON document with a byte order mark', () => {
    expect(parseDocument('\uFEFF{"a": 1}', 'json')).toEqual({ a: 1 });
  });

  it('keeps a "<<" key as a key instead of merging (YAML 1.2 has no merge keys)', () => {
    expect(parseDocument('base: &b {a: 1}\nderived:\n  <<: *b\n', 'yaml')).toEqual({ base: { a: 1 }, derived: { '<<': { a: 1 } } });
  });

  const rejected: { case: string; text: string | Buffer; format: DescriptorFormat; message: RegExp; line?: number; column?: number }[] = [
    { case: 'garbage YAML', text: 'key: [unclosed', format: 'yaml', message: /line 1, column 15/, line: 1, column: 15 },
    { case: 'a duplicate key', text: 'a: 1\nb: 2\na: 3\n', format: 'yaml', message: /Map keys must be unique/, line: 3, column: 1 },
    { case: 'more than one YAML document', text: 'a: 1\n---\nb: 2\n', format: 'yaml', message: /multiple documents/, line: 2 },
    { case: 'a custom tag', text: 'a: !shell rm -rf\n', format: 'yaml', message: /Unresolved tag: !shell/, line: 1, column: 4 },
    { case: 'a YAML 1.1 timestamp tag', text: 'a: !!timestamp 2020-01-01\n', format: 'yaml', message: /Unresolved tag/ },
    { case: 'a YAML 1.1 binary tag', text: 'a: !!binary aGVsbG8=\n', format: 'yaml', message: /Unresolved tag/ },
    { case: 'tabs as indentation', text: 'a:\n\t- b\n', format: 'yaml', message: /Tabs are not allowed/, line: 2 },
    { case: 'an alias to an undefined anchor', text: 'a: *nowhere\n', format: 'yaml', message: /Unresolved alias/ },
    { case: 'an alias inside its own anchor', text: 'a: &loop [x, *loop]\n', format: 'yaml', message: /cycle/ },
    { case: 'an empty YAML text', text: '', format: 'yaml', message: /empty/ },
    { case: 'a YAML text with only comments', text: '# nothing here\n', format: 'yaml', message: /empty/ },
    { case: 'a YAML document marker alone', text: '---\n...\n', format: 'yaml', message: /empty/ },
    { case: 'a YAML null', text: '~\n', format: 'yaml', message: /empty/ },
    { case: 'an empty JSON text', text: '  \n', format: 'json', message: /empty/ },
    { case: 'a JSON null', text: 'null', format: 'json', message: /empty/ },
    { case: 'a JSON trailing comma', text: '{\n  "a": 1,\n}', format: 'json', message: /line 3, column 1/, line: 3, column: 1 },
    { case: 'text after the JSON value', text: '{"a": 1} x', format: 'json', message: /line 1, column 10/, line: 1, column: 10 },
    { case: 'a JSON syntax error without position', text: '{"a": }', format: 'json', message: /Invalid JSON/ },
    { case: 'bytes that are not UTF-8', text: Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe]), format: 'yaml', message: /UTF-8/ },
  ];

  it.each(rejected)('rejects $case with PARSE_ERROR', ({ text, format, message, line, column }) => {
    const error = parseFailure(text, format);

    expect(error.code).toBe(DescriptorErrorCode.PARSE_ERROR);
    expect(error.message).toMatch(message);
    if (line !== undefined) expect(error.line).toBe(line);
    if (column !== undefined) expect(error.column).toBe(column);
  });

  it('rejects a YAML alias bomb quickly', () => {
    const started = performance.now();

    const error = parseFailure(aliasBomb(), 'yaml');

    expect(error.code).toBe(DescriptorErrorCode.PARSE_ERROR);
    expect(error.message).toMatch(/alias/i);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each<DescriptorFormat>(['yaml', 'json'])('rejects %s nested deeper than the limit', (format) => {
    const deep = `${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`;

    expect(parseFailure(deep, format).message).toMatch(/deeper than 64 levels/);
  });

  it('refuses YAML nested thousands of levels deep before composing it, without taking the process down', () => {
    // Composing recurses once per level; at the edge of the stack V8 stops the process if it must compile a regular
    // expression there. Hundreds of depths in a row used to end this process; the syntax tree is now checked first.
    const shapes: ((depth: number) => string)[] = [
      (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`,
      (depth) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
      (depth) => `${'- '.repeat(depth)}x`,
      (depth) => `${Array.from({ length: 300 + Math.floor(depth / 20) }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x`,
    ];
    for (let depth = 500; depth < 12_000; depth += 37) {
      const error = parseFailure(shapes[depth % shapes.length](depth), 'yaml');
      expect(error.message).toMatch(/deeper than 64 levels \(line \d+, column \d+\)/);
      expect(error.line).toBeGreaterThan(0);
    }
  });

  it('accepts a YAML block map nested exactly to the limit', () => {
    const deep = `${Array.from({ length: MAX_NESTING_DEPTH - 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x`;

    expect(() => parseDocument(deep, 'yaml')).not.toThrow();
  });

  it.each<DescriptorFormat>(['yaml', 'json'])('accepts %s nested exactly to the limit', (format) => {
    const deep = `${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`;

    expect(() => parseDocument(deep, format)).not.toThrow();
  });
});

describe('detectFormat', () => {
  it.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['application/yaml', 'yaml'],
    ['application/x-yaml', 'yaml'],
    ['text/yaml', 'yaml'],
    ['text/x-yaml;charset=UTF-8', 'yaml'],
    ['Application/YAML', 'yaml'],
    ['text/plain', undefined],
    ['application/json-patch+json', undefined],
    ['', undefined],
    [undefined, undefined],
    ['constructor', undefined],
  ])('maps %p to %p', (contentType, format) => {
    expect(detectFormat(contentType)).toBe(format);
  });
});
