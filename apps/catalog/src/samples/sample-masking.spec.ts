import { maskEmail, maskRows } from './sample-masking';
import { sampleColumns } from './sample-schema';

describe('sample masking', () => {
  it.each([
    ['jane.doe@example.com', 'j***@example.com'],
    ['a@b.io', 'a***@b.io'],
    ['not-an-email', '***'],
    ['@example.com', '***'],
  ])('masks the e-mail %s as %s', (value, masked) => {
    expect(maskEmail(value)).toBe(masked);
  });

  const columns = sampleColumns({
    name: 'customers',
    properties: [
      { name: 'customer_id', logicalType: 'string', classification: 'internal' },
      { name: 'email', logicalType: 'string', classification: 'restricted', logicalTypeOptions: { format: 'email' } },
      { name: 'full_name', logicalType: 'string', tags: ['pii'] },
      { name: 'income', logicalType: 'number', classification: 'PII' },
      { name: 'birth_date', logicalType: 'date', customProperties: [{ property: 'pii', value: true }] },
      { name: 'address', logicalType: 'object', properties: [{ name: 'street', logicalType: 'string', classification: 'restricted' }, { name: 'country', logicalType: 'string' }] },
    ],
  });
  const row = { customer_id: 'c1', email: 'jane@example.com', full_name: 'Jane Doe', income: 51000, birth_date: '1990-01-02', address: { street: '1 Main St', country: 'DE' } };

  it('masks restricted and PII properties by type: e-mail partly, other text fixed, numbers and dates as null', () => {
    const result = maskRows([row], columns, () => false);
    expect(result.rows).toEqual([{ customer_id: 'c1', email: 'j***@example.com', full_name: '***', income: null, birth_date: null, address: { street: '***', country: 'DE' } }]);
    expect(result.masked).toEqual(['address.street', 'birth_date', 'email', 'full_name', 'income']);
  });

  it('leaves visible properties and nulls alone', () => {
    const result = maskRows([{ ...row, full_name: null }], columns, (name) => name === 'email');
    expect(result.rows[0]).toMatchObject({ email: 'jane@example.com', full_name: null, income: null });
    expect(result.masked).not.toContain('email');
  });
});
