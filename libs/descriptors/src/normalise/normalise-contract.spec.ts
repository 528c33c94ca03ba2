import { CONTRACT_FIXTURES, readFixture } from '../../test/fixtures';
import type { OdcsContract } from '../model/odcs.types';
import { parseDocument } from '../parsing/parse-document';
import { validateContract } from '../validation/validate';
import { normaliseContract } from './normalise-contract';

function loadContract(name: string): OdcsContract {
  const doc = parseDocument(readFixture(name), 'yaml');
  if (validateContract(doc).length > 0) throw new Error(`${name} is not a valid contract`);
  return doc as OdcsContract;
}

const minimal: OdcsContract = { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'c', version: '1.0.0', status: 'draft' };

describe('normaliseContract', () => {
  describe('of the demo customers contract', () => {
    const contract = normaliseContract(loadContract('customers.odcs.yaml'));
    const fields = contract.schema[0].properties;
    const field = (name: string) => fields.find((each) => each.name === name);

    it('reads the identity, status and tags', () => {
      expect(contract).toMatchObject({
        id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10',
        name: 'crm_customers_v1',
        version: '1.2.0',
        status: 'active',
        domain: 'crm',
        tenant: 'AcmeRetail',
        tags: ['crm', 'customer', 'pii'],
        apiVersion: 'v3.1.0',
      });
    });

    it('reads the one schema object with its eight fields in order', () => {
      expect(contract.schema).toHaveLength(1);
      expect(contract.schema[0]).toMatchObject({ name: 'customers', physicalName: 'customers', physicalType: 'table' });
      expect(fields.map((each) => each.path)).toEqual([
        'customer_id',
        'email',
        'full_name',
        'country_code',
        'segment',
        'marketing_consent',
        'created_at',
        'updated_at',
      ]);
    });

    it('marks the PII fields as restricted and tagged pii', () => {
      const pii = fields.filter((each) => each.tags.includes('pii'));

      expect(pii.map((each) => [each.name, each.classification])).toEqual([
        ['email', 'restricted'],
        ['full_name', 'restricted'],
      ]);
    });

    it.each([
      ['customer_id', { classification: 'internal', primaryKey: true, unique: true, required: true, criticalDataElement: true }],
      ['email', { classification: 'restricted', primaryKey: false, unique: false, required: true, criticalDataElement: false }],
      ['full_name', { classification: 'restricted', primaryKey: false, unique: false, required: false, criticalDataElement: false }],
      ['country_code', { classification: 'public', required: true }],
      ['created_at', { logicalType: 'timestamp', physicalType: 'timestamptz', required: true }],
    ])('reads the flags and classification of %s', (name, expected) => {
      expect(field(name)).toEqual(expect.objectContaining(expected));
    });

    it('keeps examples, descriptions and classifications only where the contract has them', () => {
      expect(field('customer_id')?.examples).toEqual(['3f2b9a1e-5c7d-4e8f-9a0b-1c2d3e4f5a6b']);
      expect(field('updated_at')?.description).toMatch(/^Last modification/);
      expect(field('email')).not.toHaveProperty('description');
      expect(field('created_at')).not.toHaveProperty('classification');
    });

    it('reads all eleven SLA properties', () => {
      expect(contract.slaProperties.map((sla) => sla.property)).toEqual([
        'availability',
        'latency',
        'frequency',
        'timeOfAvailability',
        'retention',
        'errorRate',
        'timeToDetect',
        'timeToRepair',
        'generalAvailability',
        'endOfSupport',
        'endOfLife',
      ]);
      expect(contract.slaProperties[1]).toEqual({
        property: 'latency',
        value: 4,
        unit: 'h',
        element: 'customers.updated_at',
        driver: 'analytics',
      });
      expect(contract.slaProperties[2]).toMatchObject({ scheduler: 'cron', schedule: '0 5 * * *' });
    });

    it('reads servers, roles with their approvers, the team and the quality rule count', () => {
      expect(contract.servers).toEqual([
        { id: 'prod_pg', server: 'crm-prod', type: 'postgres', environment: 'prod' },
        { id: 'lake_s3', server: 'crm-lake', type: 's3', environment: 'prod' },
      ]);
      expect(contract.roles[1]).toEqual({
        role: 'crm_customers_pii_reader',
        access: 'read',
        firstLevelApprovers: 'CRM Data Product Owner',
        secondLevelApprovers: 'Data Protection Officer',
      });
      expect(contract.team?.members.map((member) => [member.username, member.role])).toEqual([
        ['jane.doe@example.com', 'owner'],
        ['sam.lee@example.com', 'data steward'],
      ]);
      expect(contract.qualityRuleCount).toBe(6);
    });
  });

  it.each(CONTRACT_FIXTURES)('normalises the fixture %s', (name) => {
    expect(() => normaliseContract(loadContract(name))).not.toThrow();
  });

  it('flattens the fields of an array of objects under the array’s path', () => {
    const another = normaliseContract(loadContract('all-schema-types.odcs.yaml')).schema[2];

    expect(another.properties.map((each) => [each.path, each.name, each.logicalType])).toEqual([
      ['x', 'x', 'array'],
      ['x.id', 'id', 'string'],
      ['x.zip', 'zip', 'string'],
    ]);
  });

  it('flattens nested objects into dotted paths and counts their quality rules', () => {
    const doc: OdcsContract = {
      ...minimal,
      schema: [
        {
          name: 'customers',
          properties: [
            {
              name: 'address',
              logicalType: 'object',
              properties: [
                { name: 'city', logicalType: 'string', quality: [{ metric: 'nullValues', mustBe: 0 }] },
                { name: 'geo', logicalType: 'object', properties: [{ name: 'lat', logicalType: 'number' }] },
              ],
            },
          ],
        },
      ],
    };

    const contract = normaliseContract(doc);

    expect(contract.schema[0].properties.map((each) => each.path)).toEqual(['address', 'address.city', 'address.geo', 'address.geo.lat']);
    expect(contract.qualityRuleCount).toBe(1);
  });

  it('counts the quality rules of schema objects and fields', () => {
    expect(normaliseContract(loadContract('full-example.odcs.yaml')).qualityRuleCount).toBe(2);
  });

  it('reads a v3.0 team written as a list of members', () => {
    const doc: OdcsContract = { ...minimal, apiVersion: 'v3.0.2', team: [{ username: 'ceastwood', role: 'dpo', dateOut: '2014-10-01' }] };

    expect(normaliseContract(doc).team).toEqual({ members: [{ username: 'ceastwood', role: 'dpo', dateOut: '2014-10-01' }] });
  });

  it('gives SLA properties without element the v3.0 slaDefaultElement', () => {
    const doc: OdcsContract = {
      ...minimal,
      apiVersion: 'v3.0.2',
      slaDefaultElement: 'tab1.txn_ref_dt',
      slaProperties: [
        { property: 'latency', value: 4, unit: 'd' },
        { property: 'retention', value: 3, unit: 'y', element: 'tab1.other' },
      ],
    };

    expect(normaliseContract(doc).slaProperties.map((sla) => sla.element)).toEqual(['tab1.txn_ref_dt', 'tab1.other']);
  });

  it('gives a contract without optional sections empty lists and no team', () => {
    expect(normaliseContract(minimal)).toEqual({
      id: 'c',
      version: '1.0.0',
      status: 'draft',
      tags: [],
      apiVersion: 'v3.1.0',
      schema: [],
      servers: [],
      slaProperties: [],
      roles: [],
      qualityRuleCount: 0,
    });
  });
});
