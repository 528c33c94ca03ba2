import type { NormalisedProduct } from '@meshwork/descriptors';
import { contractTerms, searchDocument, words } from './search-document';

const product: NormalisedProduct = {
  id: 'p',
  name: 'CRM Customers',
  odpsStatus: 'active',
  tags: ['CRM', 'customer'],
  description: { purpose: 'Golden record of customers.' },
  inputPorts: [],
  outputPorts: [{ name: 'customers', version: '1.0.0', major: 1, inputContracts: [], tags: ['gold'], description: 'Current state.' }],
  managementPorts: [],
  apiVersion: 'v1.0.0',
};

const contract = {
  schema: [
    {
      name: 'customers',
      properties: [
        { name: 'customer_id', businessName: 'Customer identifier', classification: 'internal' },
        { name: 'email', classification: 'restricted', description: 'Primary e-mail address.' },
        { name: 'addresses', logicalType: 'array', items: { name: 'address', properties: [{ name: 'postCode', classification: 'Confidential' }] } },
      ],
    },
  ],
};

describe('search documents', () => {
  it.each([
    ['customer_id', 'customer id'],
    ['crm-customers', 'crm customers'],
    ['orderLines', 'order lines'],
    ['  A.b/c ', 'a b c'],
    ['Ünïcode & (quotes) "x"', 'unicode quotes x'],
  ])('splits the identifier %s into words', (input, expected) => {
    expect(words(input)).toBe(expected);
  });

  it('collects field names, business names and classifications from nested properties and items', () => {
    const terms = contractTerms([contract]);
    expect(terms.fieldNames).toEqual(['customers', 'customer_id', 'email', 'addresses', 'address', 'postCode']);
    expect(terms.businessNames).toEqual(['Customer identifier']);
    expect(terms.classifications).toEqual(['internal', 'restricted', 'Confidential']);
  });

  it('weights names over tags and ports over descriptions over fields', () => {
    const doc = searchDocument('crm', 'customers', product, [contract]);
    expect(doc.weighted.a).toBe('customers crm customers');
    expect(doc.weighted.b).toBe('crm customer customers gold');
    expect(doc.weighted.c).toBe('Golden record of customers. Current state.');
    expect(doc.weighted.d).toContain('customer identifier');
    expect(doc.tags).toEqual(['crm', 'customer']);
    expect(doc.classifications).toEqual(['confidential', 'internal', 'restricted']);
    expect(doc.terms).toEqual(expect.arrayContaining(['customers', 'crm', 'post', 'code', 'identifier']));
    expect(doc.terms).not.toContain('id');
  });
});
