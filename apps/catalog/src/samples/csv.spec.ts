import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['\ufeffa\n"x, ""y"""\n', [['a'], ['x, "y"']]],
    ['a,b\n\n1,\n', [['a', 'b'], ['1', '']]],
    ['a\n"two\nlines"\n', [['a'], ['two\nlines']]],
    ['a,b\n"",""\n', [['a', 'b'], ['', '']]],
  ])('parses %j', (text, expected) => {
    expect(parseCsv(text).map((r) => r.cells)).toEqual(expected);
  });

  it('numbers records by the line they start on', () => {
    expect(parseCsv('a\n"x\ny"\nz\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([['a\n"open\n'], ['a\nx"y\n']])('refuses %j with the line', (text) => {
    expect(() => parseCsv(text)).toThrow(CsvError);
  });
});
