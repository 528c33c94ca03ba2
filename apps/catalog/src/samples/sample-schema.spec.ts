import { SampleSchema } from './sample-schema';

const schema = new SampleSchema(
  {
    name: 'orders',
    properties: [
      { name: 'id', logicalType: 'string', required: true, logicalTypeOptions: { pattern: '^o-[0-9]+$' } },
      { name: 'amount', logicalType: 'number', logicalTypeOptions: { minimum: 0 } },
      { name: 'lines', logicalType: 'integer', required: true },
      { name: 'status', logicalType: 'string', quality: [{ metric: 'invalidValues', arguments: { validValues: ['open', 'paid'] }, mustBe: 0 }] },
      { name: 'placed_on', logicalType: 'date' },
      { name: 'note', logicalType: 'string', logicalTypeOptions: { pattern: '([' } },
      { name: 'address', logicalType: 'object', properties: [{ name: 'city', logicalType: 'string', required: true }] },
    ],
  },
  '/schema/0',
);
const check = (rows: unknown[]) => schema.check(rows, '', (i) => `row ${i}`).errors;

describe('SampleSchema', () => {
  it('accepts rows of the contract, optional values absent or null', () => {
    expect(check([{ id: 'o-1', lines: 2 }, { id: 'o-2', lines: 0, amount: 9.5, status: 'paid', placed_on: '2026-11-26', note: null, address: { city: 'Graz' } }])).toEqual([]);
  });

  it.each([
    [{ id: 'x-1', lines: 1 }, '/0/id', 'row 0, id: must match pattern "^o-[0-9]+$"'],
    [{ id: 'o-1', lines: 1.5 }, '/0/lines', 'row 0, lines: must be integer'],
    [{ id: 'o-1', lines: null }, '/0/lines', 'row 0, lines: must be integer'],
    [{ id: 'o-1' }, '/0/lines', 'row 0, lines: is required by the contract'],
    [{ id: 'o-1', lines: 1, amount: -1 }, '/0/amount', 'row 0, amount: must be >= 0'],
    [{ id: 'o-1', lines: 1, status: 'lost' }, '/0/status', 'row 0, status: must be one of the contract\'s valid values ["open","paid"]'],
    [{ id: 'o-1', lines: 1, placed_on: '26.11.2026' }, '/0/placed_on', 'row 0, placed_on: must match format "date"'],
    [{ id: 'o-1', lines: 1, address: {} }, '/0/address/city', 'row 0, address.city: is required by the contract'],
    [{ id: 'o-1', lines: 1, extra: true }, '/0/extra', 'row 0, extra: is not a property of the contract schema'],
    ['o-1', '/0', 'row 0: must be an object of the schema properties'],
  ])('refuses %j', (row, pointer, detail) => {
    expect(check([row])).toEqual([{ pointer, detail }]);
  });

  it('skips a pattern JavaScript cannot run rather than failing every row', () => {
    expect(check([{ id: 'o-1', lines: 1, note: 'anything' }])).toEqual([]);
  });

  it('marks restricted and PII properties with their masking', () => {
    const columns = new SampleSchema({ name: 't', properties: [{ name: 'contact_email', logicalType: 'string', classification: 'restricted' }, { name: 'age', logicalType: 'integer', tags: ['PII'] }, { name: 'city', logicalType: 'string', classification: 'public' }] }, '').columns;
    expect(columns.map((c) => [c.name, c.sensitive, c.masking])).toEqual([['contact_email', true, 'email'], ['age', true, 'null'], ['city', false, null]]);
  });
});
