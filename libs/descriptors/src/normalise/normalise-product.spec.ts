import { PRODUCT_FIXTURES, readFixture } from '../../test/fixtures';
import { DescriptorErrorCode } from '../errors/descriptor-error';
import type { OdpsProduct } from '../model/odps.types';
import { parseDocument } from '../parsing/parse-document';
import { validateProduct } from '../validation/validate';
import { majorVersionOf, normaliseProduct } from './normalise-product';

function loadProduct(name: string): OdpsProduct {
  const doc = parseDocument(readFixture(name), 'yaml');
  if (validateProduct(doc).length > 0) throw new Error(`${name} is not a valid product`);
  return doc as OdpsProduct;
}

const minimal: OdpsProduct = { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'p-1', status: 'draft' };

describe('normaliseProduct', () => {
  describe('of the demo CRM customers product', () => {
    const product = normaliseProduct(loadProduct('crm-customers.odps.yaml'));

    it('reads the identity, status, tags and description', () => {
      expect(product).toMatchObject({
        id: '0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c',
        name: 'CRM Customers',
        version: '1.2.0',
        odpsStatus: 'active',
        domain: 'crm',
        tenant: 'AcmeRetail',
        tags: ['crm', 'customer'],
        apiVersion: 'v1.0.0',
        description: {
          purpose: 'Source-aligned golden record of customers from the CRM domain.',
          usage: 'Use the customers output port (contract crm_customers_v1) for analytics.',
          limitations: 'PII columns require the crm_customers_pii_reader role.',
        },
      });
    });

    it('reads the input ports with their contracts', () => {
      expect(product.inputPorts).toEqual([
        { name: 'crm-operational-db', version: '3.0.0', contractId: '2c4e6a8b-1d3f-4b5d-8e7f-9a1b2c3d4e5f', tags: ['source-system'] },
        { name: 'consent-events', version: '1.1.0', contractId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', tags: [] },
      ]);
    });

    it('reads the output port with its major version and input contracts', () => {
      expect(product.outputPorts).toEqual([
        {
          name: 'customers',
          version: '1.2.0',
          major: 1,
          type: 'tables',
          description: 'Current-state customer table (Postgres + Parquet on S3).',
          contractId: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10',
          inputContracts: [
            { id: '2c4e6a8b-1d3f-4b5d-8e7f-9a1b2c3d4e5f', version: '3.0.0' },
            { id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', version: '1.1.0' },
          ],
          tags: [],
        },
      ]);
    });

    it('reads the management ports and the team', () => {
      expect(product.managementPorts).toEqual([
        {
          name: 'crm-customers-observability',
          content: 'observability',
          type: 'rest',
          url: 'https://dataplatform.example.com/api/products/crm-customers/observability',
        },
        { name: 'crm-customers-changes', content: 'control', type: 'topic', channel: 'crm.customers.control' },
      ]);
      expect(product.team).toEqual({
        name: 'CRM Data Team',
        members: [
          { username: 'jane.doe@example.com', name: 'Jane Doe', role: 'owner', dateIn: '2024-01-15' },
          { username: 'sam.lee@example.com', name: 'Sam Lee', role: 'data steward', dateIn: '2024-03-01' },
        ],
      });
    });
  });

  describe('of the v0.9.0 customer data product', () => {
    const product = normaliseProduct(loadProduct('customer-data-product.odps.yaml'));

    it('keeps the apiVersion as sent', () => {
      expect(product.apiVersion).toBe('v0.9.0');
    });

    it('reads each output port version as its own port with its major', () => {
      expect(product.outputPorts.map((port) => [port.name, port.version, port.major])).toEqual([
        ['rawtransactions', '1.0.0', 1],
        ['rawtransactions', '2.0.0', 2],
        ['consolidatedtransactions', '1.0.0', 1],
        ['fulltransactionswithreturns', '0.3.0', 0],
      ]);
      expect(product.outputPorts[1].tags).toEqual(['transactions']);
    });

    it('has no product version, as the document has none', () => {
      expect(product).not.toHaveProperty('version');
    });
  });

  it.each(PRODUCT_FIXTURES)('normalises the fixture %s', (name) => {
    expect(() => normaliseProduct(loadProduct(name))).not.toThrow();
  });

  it('reads a v0.9 team written as a list of members', () => {
    const doc: OdpsProduct = { ...minimal, apiVersion: 'v0.9.0', team: [{ username: 'john.doe', role: 'owner' }] };

    expect(normaliseProduct(doc).team).toEqual({ members: [{ username: 'john.doe', role: 'owner' }] });
  });

  it('uses the id as display name when the product has no name', () => {
    expect(normaliseProduct(minimal)).toEqual({
      id: 'p-1',
      name: 'p-1',
      odpsStatus: 'draft',
      tags: [],
      inputPorts: [],
      outputPorts: [],
      managementPorts: [],
      apiVersion: 'v1.0.0',
    });
  });

  it('refuses an output port version without a major, naming the port', () => {
    const doc: OdpsProduct = { ...minimal, outputPorts: [{ name: 'orders', version: 'latest' }] };

    expect(() => normaliseProduct(doc)).toThrow(
      expect.objectContaining({ code: DescriptorErrorCode.INVALID_VERSION, message: expect.stringContaining('/outputPorts/0/version') }),
    );
  });
});

describe('majorVersionOf', () => {
  it.each([
    ['1.2.0', 1],
    ['0.3.0', 0],
    ['v2.0.0', 2],
    ['3', 3],
    ['10.1', 10],
    ['2.0.0-rc.1', 2],
    ['4+build.7', 4],
  ])('reads major %p from %p', (version, major) => {
    expect(majorVersionOf(version, '/version')).toBe(major);
  });

  it.each(['latest', '', 'v', '01.0.0', 'x1.0.0', '1a.0.0'])('refuses %p', (version) => {
    expect(() => majorVersionOf(version, '/version')).toThrow(expect.objectContaining({ code: DescriptorErrorCode.INVALID_VERSION }));
  });
});
