import { CONTRACT_FIXTURES, PRODUCT_FIXTURES, readFixture } from '../../test/fixtures';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { DescriptorFormat } from '../parsing/detect-format';
import { parseDocument } from '../parsing/parse-document';
import { exportDocument } from './export-document';

const FORMATS: DescriptorFormat[] = ['yaml', 'json'];
const FIXTURE_FORMATS = [...CONTRACT_FIXTURES, ...PRODUCT_FIXTURES].flatMap((name) =>
  FORMATS.map((format) => ({ name, format })),
);

describe('exportDocument', () => {
  it.each(FIXTURE_FORMATS)('round-trips $name through $format without loss', ({ name, format }) => {
    const original = parseDocument(readFixture(name), 'yaml');

    const roundTripped = parseDocument(exportDocument(original, format), format);

    expect(roundTripped).toStrictEqual(original);
  });

  it('writes JSON with a two-space indent and a final newline', () => {
    expect(exportDocument({ a: [1] }, 'json')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });

  it('writes an object used twice in full instead of as an anchor and alias', () => {
    const shared = { url: 'https://example.com' };

    const yaml = exportDocument({ first: shared, second: shared }, 'yaml');

    expect(yaml).not.toMatch(/[&*]/);
    expect(parseDocument(yaml, 'yaml')).toEqual({ first: shared, second: shared });
  });

  it('does not fold long lines', () => {
    const description = `${'word '.repeat(60)}end`;

    expect(exportDocument({ description }, 'yaml')).toBe(`description: ${description}\n`);
  });

  it.each([
    ['a date', '2024-01-15'],
    ['a timestamp', '2024-01-15T10:00:00Z'],
    ['a sexagesimal number', '12:30:00'],
    ['a YAML 1.1 boolean', 'yes'],
    ['a YAML 1.1 boolean', 'Off'],
    ['a YAML 1.1 boolean', 'y'],
    ['an underscored number', '1_000'],
    ['an octal number', '0755'],
    ['a core number', '12'],
    ['a core boolean', 'true'],
    ['a core null', 'null'],
  ])('quotes a string that looks like %s (%p) so that YAML 1.1 readers keep it a string', (_what, value) => {
    const yaml = exportDocument({ value }, 'yaml');

    expect(yaml).toBe(`value: "${value}"\n`);
    expect(parseDocument(yaml, 'yaml')).toEqual({ value });
  });

  it.each(['09:00-08:00', 'crm-customers', 'Yes please', '0 20 * * *'])('leaves the ordinary string %p plain', (value) => {
    expect(exportDocument({ value }, 'yaml')).toBe(`value: ${value}\n`);
  });

  it.each([
    ['infinite', Number.POSITIVE_INFINITY],
    ['not-a-number', Number.NaN],
  ])('refuses to write an %s number as JSON, naming where it is', (_what, value) => {
    expect(() => exportDocument({ slaProperties: [{ value }] }, 'json')).toThrow(
      expect.objectContaining({ code: DescriptorErrorCode.UNSUPPORTED_VALUE, message: expect.stringContaining('/slaProperties/0/value') }),
    );
    expect(() => exportDocument({ value }, 'json')).toThrow(DescriptorError);
  });

  it('writes an infinite number as YAML, which can hold it', () => {
    expect(parseDocument(exportDocument({ value: Number.NEGATIVE_INFINITY }, 'yaml'), 'yaml')).toEqual({
      value: Number.NEGATIVE_INFINITY,
    });
  });
});
