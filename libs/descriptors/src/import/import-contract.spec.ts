import { CONTRACT_FIXTURES, readFixture } from '../../test/fixtures';
import { diffContracts } from '../diff/diff-contracts';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import { exportDocument } from '../export/export-document';
import type { OdcsContract, OdcsProperty, OdcsSchemaObject } from '../model/odcs.types';
import { parseDocument } from '../parsing/parse-document';
import { validateContract } from '../validation/validate';
import { detectDescriptor, type DescriptorKind } from './detect-descriptor';
import { importContract, validateImportSource } from './import-contract';

function load(name: string): Record<string, unknown> {
  return parseDocument(readFixture(name), 'yaml') as Record<string, unknown>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function caught(action: () => unknown): DescriptorError {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof DescriptorError) return error;
    throw error;
  }
  throw new Error('expected a DescriptorError');
}

const field = (object: OdcsSchemaObject | undefined, name: string): OdcsProperty | undefined => object?.properties?.find((each) => each.name === name);

describe('detectDescriptor', () => {
  it.each<[string, () => unknown, DescriptorKind | undefined]>([
    ['the DCS init template', () => load('datacontract.init.yaml'), 'dcs-v1'],
    ['a DCS version written as a number', () => ({ dataContractSpecification: 1.1, id: 'x' }), 'dcs-v1'],
    ['a DCS 0.9 document', () => ({ dataContractSpecification: '0.9.3', id: 'x' }), undefined],
    ['the demo ODCS v3.1 contract', () => load('customers.odcs.yaml'), 'odcs-v3.1'],
    ['an ODCS v3.0.2 example', () => load('basic-four-dpo.odcs.yaml'), 'odcs-v3.0'],
    ['the ODCS v2.2.2 example', () => load('payments.odcs-v2.yaml'), 'odcs-v2'],
    ['an ODCS v2 apiVersion without "v"', () => ({ apiVersion: '2.2.2', kind: 'DataContract' }), 'odcs-v2'],
    ['an ODCS version we do not know', () => ({ apiVersion: 'v4.0.0', kind: 'DataContract' }), undefined],
    ['the demo ODPS v1.0 product', () => load('crm-customers.odps.yaml'), 'odps-v1'],
    ['the ODPS v0.9 example', () => load('customer-data-product.odps.yaml'), 'odps-v0.9'],
    ['an Avro schema', () => ({ type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] }), undefined],
    ['a list', () => [load('customers.odcs.yaml')], undefined],
    ['a string', () => 'DataContract', undefined],
    ['null', () => null, undefined],
  ])('recognises %s as %p', (_case, doc, kind) => {
    expect(detectDescriptor(doc())).toBe(kind);
  });
});

describe('importContract', () => {
  describe('of an ODCS v3.1 contract', () => {
    it('returns the document itself, with no notes', () => {
      const doc = load('customers.odcs.yaml');

      const result = importContract(doc);

      expect(result.contract).toBe(doc);
      expect(result).toEqual({ contract: doc, from: 'odcs-v3.1', notes: [] });
    });
  });

  describe('of ODCS v3.0 contracts', () => {
    const v30Fixtures = CONTRACT_FIXTURES.filter((name) => detectDescriptor(load(name)) === 'odcs-v3.0');

    it('finds the v3.0 fixtures', () => {
      expect(v30Fixtures).toEqual([
        'all-schema-types.odcs.yaml',
        'basic-four-dpo.odcs.yaml',
        'column-completeness.odcs.yaml',
        'kafka-schema.odcs.yaml',
        'service-and-operational-roles.odcs.yaml',
        'table-column.odcs.yaml',
      ]);
    });

    it.each(v30Fixtures)('upgrades %s to a valid v3.1.0 contract that differs in nothing else', (name) => {
      const doc = deepFreeze(load(name)) as OdcsContract;

      const result = importContract(doc);

      expect(result).toMatchObject({ from: 'odcs-v3.0', notes: [] });
      expect(result.contract).toEqual({ ...doc, apiVersion: 'v3.1.0' });
      expect(validateContract(result.contract)).toEqual([]);
      expect(diffContracts(doc, result.contract)).toEqual([]);
    });

    const v30: OdcsContract = {
      apiVersion: 'v3.0.2',
      kind: 'DataContract',
      id: 'orders',
      version: '1.0.0',
      status: 'active',
      team: [{ username: 'jane', role: 'owner', dateIn: '2024-01-01' }],
      schema: [
        {
          name: 'orders',
          quality: [
            { rule: 'rowCount', mustBeGreaterThan: 5 },
            { rule: 'duplicateCount', mustBeLessThan: 10, unit: 'rows' },
          ],
          properties: [
            {
              name: 'status',
              logicalType: 'string',
              quality: [
                { rule: 'validValues', validValues: ['placed', 'shipped'] },
                { rule: 'nullCheck', mustBe: 0, dimension: 'completeness' },
              ],
            },
          ],
        },
      ],
      slaProperties: [{ property: 'latency', value: 4, unit: 'd', column: 'orders.status' }],
      servers: [{ server: 'local', type: 'duckdb', database: 'orders.db', schema: 5, owner: 'jane' }],
    };

    it('accepts the v3.0-shaped example as a valid v3.0 contract', () => {
      expect(validateContract(v30)).toEqual([]);
    });

    it('upgrades the team, the library rules and what v3.1 closed, and notes each change', () => {
      const { contract, notes } = importContract(deepFreeze(structuredClone(v30)));

      expect(contract).toEqual({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: 'orders',
        version: '1.0.0',
        status: 'active',
        team: { members: [{ username: 'jane', role: 'owner', dateIn: '2024-01-01' }] },
        schema: [
          {
            name: 'orders',
            quality: [
              { metric: 'rowCount', mustBeGreaterThan: 5 },
              { metric: 'duplicateValues', mustBeLessThan: 10, unit: 'rows' },
            ],
            properties: [
              {
                name: 'status',
                logicalType: 'string',
                quality: [
                  { metric: 'invalidValues', arguments: { validValues: ['placed', 'shipped'] }, mustBe: 0 },
                  { type: 'custom', engine: 'odcs-v3.0', implementation: { rule: 'nullCheck', mustBe: 0 }, dimension: 'completeness' },
                ],
              },
            ],
          },
        ],
        slaProperties: [{ property: 'latency', value: 4, unit: 'd' }],
        servers: [{ server: 'local', type: 'duckdb', database: 'orders.db', schema: '5', customProperties: [{ property: 'owner', value: 'jane' }] }],
        customProperties: [{ property: 'slaProperties.0.column', value: 'orders.status' }],
      });
      expect(notes).toEqual([
        'schema[0].quality[1]: rule "duplicateCount" written as metric "duplicateValues"',
        'schema[0].properties[0].quality[0]: rule "validValues" written as metric "invalidValues"',
        'schema[0].properties[0].quality[0]: rule "validValues" had no operator, mustBe: 0 assumed',
        'schema[0].properties[0].quality[1]: rule "nullCheck" has no ODCS v3.1 metric with one operator, kept as a custom rule (engine "odcs-v3.0")',
        'slaProperties[0].column: no ODCS v3.1 field, kept as custom property "slaProperties.0.column"',
        'servers[0].owner: no ODCS v3.1 field, kept as custom property "owner"',
      ]);
      expect(validateContract(contract)).toEqual([]);
    });

    it('keeps the allowed values of a v3.0 rule, so the upgrade is no breaking change', () => {
      const { contract } = importContract(v30);

      expect(diffContracts(v30, contract)).toEqual([]);
    });
  });

  describe('of the DCS init template', () => {
    it('writes the identity, with status active and a note saying so', () => {
      expect(importContract(load('datacontract.init.yaml'))).toEqual({
        contract: { apiVersion: 'v3.1.0', kind: 'DataContract', id: 'my-data-contract-id', name: 'My Data Contract', version: '0.0.1', status: 'active' },
        from: 'dcs-v1',
        notes: ['info.status: not set, status set to "active"'],
      });
    });
  });

  describe('of the rich DCS example', () => {
    const result = importContract(deepFreeze(load('orders.dcs.yaml')));
    const { contract } = result;
    const orders = contract.schema?.[0];
    const lineItems = contract.schema?.[1];

    it('writes a valid ODCS v3.1.0 contract', () => {
      expect(result.from).toBe('dcs-v1');
      expect(validateContract(contract)).toEqual([]);
    });

    it('maps info and terms to identity, description, team and tags', () => {
      expect(contract).toMatchObject({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: 'urn:datacontract:checkout:orders-latest',
        name: 'Orders Latest',
        version: '2.0.0',
        status: 'active',
        tags: ['checkout', 'orders'],
        description: {
          purpose: 'Successful customer orders in the webshop, all orders since 2020-01-01.',
          usage: 'Reports, analytics and machine learning.',
          limitations: 'Not suitable for real-time use cases. Data may not be used to identify individual customers.',
        },
        team: { name: 'Checkout Team' },
      });
    });

    it('maps the servers map to a servers list, with members ODCS has no place for kept aside', () => {
      expect(contract.servers).toEqual([
        {
          id: 'production',
          server: 'production',
          type: 'postgres',
          environment: 'prod',
          host: 'orders-db.prod.example.com',
          port: 5432,
          database: 'checkout',
          schema: 'dp_orders_v2',
          roles: [{ role: 'analyst_us', description: 'Access to the data for the US region' }],
        },
        { id: 'lake', server: 'lake', type: 's3', environment: 'prod', location: 's3://acme-checkout-lake/orders/v2/%7Bmodel%7D/*.parquet', format: 'parquet' },
        { id: 'events', server: 'events', type: 'kafka', host: 'kafka-1.prod.example.com:9093', format: 'avro', customProperties: [{ property: 'topic', value: 'checkout.orders.v2' }] },
        {
          id: 'warehouse',
          server: 'warehouse',
          type: 'snowflake',
          account: 'acme-prod',
          database: 'CHECKOUT',
          schema: 'ORDERS',
          warehouse: 'COMPUTE_WH',
          customProperties: [{ property: 'clusterKey', value: 'order_timestamp' }],
        },
      ]);
    });

    it('maps models to schema objects named and physically named by their key', () => {
      expect(contract.schema?.map((object) => [object.name, object.physicalName, object.physicalType, object.businessName])).toEqual([
        ['orders', 'orders', 'table', 'Orders'],
        ['line_items', 'line_items', 'table', undefined],
      ]);
      expect(orders?.description).toBe('One record per order. Includes cancelled and deleted orders.');
    });

    it('resolves a definition reference, the field’s own members winning, pii as a tag', () => {
      expect(field(orders, 'order_id')).toEqual({
        name: 'order_id',
        businessName: 'Order ID',
        logicalType: 'string',
        logicalTypeOptions: { format: 'uuid' },
        description: 'An internal ID that identifies an order in the online shop.',
        required: true,
        unique: true,
        primaryKey: true,
        primaryKeyPosition: 1,
        classification: 'restricted',
        tags: ['orders', 'pii'],
        examples: ['243c25e5-a081-43a9-aeab-6d5d5b6cb5e2'],
      });
    });

    it.each<[string, Partial<OdcsProperty>]>([
      ['order_timestamp', { logicalType: 'timestamp', logicalTypeOptions: { timezone: true }, required: true, examples: ['2024-09-09T08:30:00Z'] }],
      ['processed_timestamp', { logicalType: 'timestamp', logicalTypeOptions: { timezone: true }, required: true }],
      ['order_total', { logicalType: 'integer', logicalTypeOptions: { format: 'i64', minimum: 0 }, required: true }],
      ['amount_eur', { logicalType: 'number', physicalType: 'decimal(10,2)' }],
      [
        'customer_email_address',
        {
          logicalType: 'string',
          logicalTypeOptions: { maxLength: 320, format: 'email' },
          physicalType: 'varchar(320)',
          classification: 'sensitive',
          tags: ['pii'],
          customProperties: [{ property: 'config', value: { snowflakeType: 'VARCHAR(320)' } }],
        },
      ],
    ])('maps the type and constraints of %s', (name, expected) => {
      expect(field(orders, name)).toMatchObject(expected);
    });

    it('keeps an enum as the allowed values of an invalidValues rule', () => {
      expect(field(orders, 'status')?.quality).toEqual([{ metric: 'invalidValues', arguments: { validValues: ['placed', 'shipped', 'cancelled'] }, mustBe: 0 }]);
    });

    it('maps nested object fields and arrays of objects recursively', () => {
      expect(field(orders, 'shipping_address')).toEqual({
        name: 'shipping_address',
        logicalType: 'object',
        properties: [
          { name: 'street', logicalType: 'string' },
          { name: 'city', logicalType: 'string', required: true },
          { name: 'country_code', logicalType: 'string', logicalTypeOptions: { minLength: 2, maxLength: 2, pattern: '^[A-Z]{2}$' } },
        ],
      });
      expect(field(orders, 'lines')).toEqual({
        name: 'lines',
        logicalType: 'array',
        items: {
          logicalType: 'object',
          properties: [
            { name: 'sku', logicalType: 'string', required: true },
            { name: 'quantity', logicalType: 'integer', logicalTypeOptions: { minimum: 1 } },
          ],
        },
      });
      expect(field(orders, 'tags')).toEqual({ name: 'tags', logicalType: 'array', items: { logicalType: 'string' } });
    });

    it('writes a map as an object and keeps its DCS type, keys and values', () => {
      expect(field(orders, 'labels')).toEqual({
        name: 'labels',
        logicalType: 'object',
        customProperties: [
          { property: 'dcsType', value: 'map' },
          { property: 'keys', value: { type: 'string' } },
          { property: 'values', value: { type: 'string' } },
        ],
      });
    });

    it('maps model quality rules and field references', () => {
      expect(orders?.quality).toEqual([
        expect.objectContaining({ type: 'sql', mustBeLessThan: 3600, description: 'The maximum duration between two orders is less than 3600 seconds.' }),
        { metric: 'rowCount', mustBeGreaterThan: 1000 },
      ]);
      expect(field(lineItems, 'order_id')?.relationships).toEqual([{ type: 'foreignKey', to: 'orders.order_id' }]);
      expect(field(lineItems, 'line_item_id')).toMatchObject({ primaryKey: true, primaryKeyPosition: 1 });
    });

    it('maps the service levels to SLA properties', () => {
      expect(contract.slaProperties).toEqual([
        { id: 'availability', property: 'availability', value: 99.9, unit: 'percent', description: 'The server is available during support hours.' },
        { id: 'retention', property: 'retention', value: 1, unit: 'y', element: 'orders.order_timestamp', description: 'Data is retained for one year.' },
        {
          id: 'latency',
          property: 'latency',
          value: 25,
          unit: 'h',
          element: 'orders.order_timestamp',
          description: 'Data is available within 25 hours after the order was placed.',
        },
        { id: 'freshness', property: 'latency', value: 24, unit: 'h', element: 'orders.order_timestamp', description: 'The age of the youngest row in a table.' },
        { id: 'frequency', property: 'frequency', value: 1, unit: 'd', scheduler: 'cron', schedule: '0 0 * * *', description: 'Data is delivered once a day.' },
      ]);
    });

    it('maps links and policies to authoritative definitions', () => {
      expect(contract.authoritativeDefinitions).toEqual([
        { type: 'datacontractCli', url: 'https://cli.datacontract.com' },
        { type: 'privacy', url: 'https://example.com/privacy' },
      ]);
    });

    it('keeps contact, terms and service levels without ODCS field as custom properties', () => {
      expect(contract.customProperties).toEqual([
        { property: 'contact', value: { name: 'John Doe (Data Product Owner)', url: 'https://teams.microsoft.com/l/channel/example/checkout', email: 'checkout@example.com' } },
        { property: 'billing', value: '5000 USD per month' },
        { property: 'noticePeriod', value: 'P3M' },
        { property: 'retentionUnlimited', value: false },
        { property: 'latencyProcessedTimestampField', value: 'orders.processed_timestamp' },
        { property: 'frequencyType', value: 'batch' },
        { property: 'supportHours', value: '9am to 5pm in EST on business days', description: 'The data is available during typical business hours at headquarters.' },
        { property: 'supportResponseTime', value: '1h' },
        {
          property: 'backup',
          value: {
            description: 'Data is backed up once a week, every Sunday at 0:00 UTC.',
            interval: 'weekly',
            cron: '0 0 * * 0',
            recoveryTime: '24 hours',
            recoveryPoint: '1 week',
          },
        },
      ]);
    });

    it('notes, one line each and in document order, what moved to custom properties or was rewritten', () => {
      expect(result.notes).toEqual([
        'info.contact: no ODCS v3.1 field, kept as custom property "contact"',
        'servers.lake.location: "s3://acme-checkout-lake/orders/v2/{model}/*.parquet" is no URI, written as ' +
          '"s3://acme-checkout-lake/orders/v2/%7Bmodel%7D/*.parquet" (braces and spaces percent-encoded)',
        'servers.events.topic: no ODCS v3.1 field, kept as custom property "topic"',
        'servers.warehouse.clusterKey: no ODCS v3.1 field, kept as custom property "clusterKey"',
        'terms.billing: no ODCS v3.1 field, kept as custom property "billing"',
        'terms.noticePeriod: no ODCS v3.1 field, kept as custom property "noticePeriod"',
        'definitions: resolved into the fields that reference them ($ref), not kept otherwise',
        'models.orders.fields.customer_email_address.config: no ODCS v3.1 field, kept as custom property "config"',
        'models.orders.fields.labels.type: "map" has no ODCS v3.1 equivalent, written as logicalType object and kept as custom property "dcsType"',
        'models.orders.fields.labels.keys: no ODCS v3.1 field, kept as custom property "keys"',
        'models.orders.fields.labels.values: no ODCS v3.1 field, kept as custom property "values"',
        'servicelevels.retention.unlimited: no ODCS v3.1 field, kept as custom property "retentionUnlimited"',
        'servicelevels.latency.processedTimestampField: no ODCS v3.1 field, kept as custom property "latencyProcessedTimestampField"',
        'servicelevels.frequency.type: no ODCS v3.1 field, kept as custom property "frequencyType"',
        'servicelevels.support.time: no ODCS v3.1 field, kept as custom property "supportHours"',
        'servicelevels.support.responseTime: no ODCS v3.1 field, kept as custom property "supportResponseTime"',
        'servicelevels.backup: no ODCS v3.1 field, kept as custom property "backup"',
      ]);
    });

    it('writes a contract that exports and parses back unchanged', () => {
      expect(parseDocument(exportDocument(contract, 'yaml'), 'yaml')).toEqual(contract);
    });
  });

  describe('of DCS documents that need more than a mapping', () => {
    const dcs = (extra: Record<string, unknown>) => ({ dataContractSpecification: '1.2.1', id: 'x', info: { title: 'X', version: '1.0.0' }, ...extra });

    it.each<[string, Record<string, unknown>, (contract: OdcsContract) => unknown, unknown, string | undefined]>([
      [
        'a status "in development"',
        dcs({ info: { title: 'X', version: '1.0.0', status: 'in development' } }),
        (contract) => contract.status,
        'draft',
        'info.status: "in development" written as "draft"',
      ],
      [
        'a mysql server without port (DCS has no mysql type, ODCS needs a port)',
        dcs({ servers: { dev: { type: 'mysql', host: 'localhost', database: 'shop' } } }),
        (contract) => contract.servers,
        [{ id: 'dev', server: 'dev', type: 'custom', host: 'localhost', database: 'shop', customProperties: [{ property: 'originalType', value: 'mysql' }] }],
        'servers.dev: an ODCS mysql server needs port, written as type custom',
      ],
      [
        'a server type ODCS does not know',
        dcs({ servers: { frame: { type: 'dataframe' } } }),
        (contract) => contract.servers,
        [{ id: 'frame', server: 'frame', type: 'custom', customProperties: [{ property: 'originalType', value: 'dataframe' }] }],
        'servers.frame.type: "dataframe" is no ODCS v3.1 server type, written as type custom',
      ],
      [
        'a reference to a definition elsewhere',
        dcs({ models: { t: { fields: { f: { $ref: 'https://example.com/definitions.yaml#/id' } } } } }),
        (contract) => contract.schema?.[0].properties?.[0],
        { name: 'f', customProperties: [{ property: '$ref', value: 'https://example.com/definitions.yaml#/id' }] },
        'models.t.fields.f.$ref: no ODCS v3.1 field, kept as custom property "$ref"',
      ],
      [
        'a sql rule with two operators',
        dcs({ models: { t: { quality: [{ type: 'sql', query: 'SELECT 1', mustBeGreaterThan: 0, mustBeLessThan: 5 }] } } }),
        (contract) => contract.schema?.[0].quality,
        [{ type: 'custom', engine: 'datacontract', implementation: { type: 'sql', query: 'SELECT 1', mustBeGreaterThan: 0, mustBeLessThan: 5 } }],
        'models.t.quality[0]: a sql rule needs a query and exactly one operator, kept as a custom rule (engine "datacontract")',
      ],
      [
        'a freshness threshold that is no duration',
        dcs({ servicelevels: { freshness: { threshold: 'about a day', timestampField: 't.ts' } } }),
        (contract) => contract.slaProperties,
        [{ id: 'freshness', property: 'latency', value: 'about a day', element: 't.ts', description: 'Freshness: the maximum age of the youngest row.' }],
        'servicelevels.freshness.threshold: "about a day" is not a duration we read, kept as text without unit',
      ],
      [
        'a frequency given only as a cron schedule',
        dcs({ servicelevels: { frequency: { cron: '0 */6 * * *' } } }),
        (contract) => contract.slaProperties,
        [{ id: 'frequency', property: 'frequency', value: 6, unit: 'h', scheduler: 'cron', schedule: '0 */6 * * *' }],
        undefined,
      ],
      [
        'a policy without URL',
        dcs({ terms: { policies: [{ type: 'retention', description: 'Kept 7 years' }] } }),
        (contract) => contract.customProperties,
        [{ property: 'policies', value: [{ type: 'retention', description: 'Kept 7 years' }] }],
        'terms.policies: no ODCS v3.1 field, kept as custom property "policies"',
      ],
    ])('handles %s', (_case, doc, pick, expected, note) => {
      const result = importContract(doc);

      expect(pick(result.contract)).toEqual(expected);
      expect(validateContract(result.contract)).toEqual([]);
      if (note !== undefined) expect(result.notes).toContain(note);
    });
  });

  describe('of the ODCS v2.2.2 example', () => {
    const result = importContract(deepFreeze(load('payments.odcs-v2.yaml')));
    const { contract } = result;
    const transactions = contract.schema?.[0];

    it('writes a valid ODCS v3.1.0 contract', () => {
      expect(result.from).toBe('odcs-v2');
      expect(validateContract(contract)).toEqual([]);
    });

    it('maps the identity: uuid, quantumName, datasetDomain, status current', () => {
      expect(contract).toMatchObject({
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: '53581432-6c55-4ba2-a65f-72344a91553a',
        name: 'payments',
        version: '1.1.0',
        status: 'active',
        domain: 'finance',
        tenant: 'AcmeRetail',
        tags: ['finance', 'payments'],
        description: { purpose: 'Card payment transactions settled by the payment service provider.', limitations: 'Amounts are in the settlement currency; no FX conversion.' },
        contractCreatedTs: '2022-11-15T02:59:43Z',
      });
    });

    it('writes the connection members as one server, and never the credentials', () => {
      expect(contract.servers).toEqual([
        {
          server: 'payments-db.prod.example.com',
          type: 'postgres',
          host: 'payments-db.prod.example.com',
          port: 5432,
          database: 'payments',
          schema: 'dp_payments_v1',
          customProperties: [
            { property: 'driver', value: 'org.postgresql.Driver' },
            { property: 'driverVersion', value: '42.7.3' },
            { property: 'sourceSystem', value: 'postgres' },
            { property: 'sourcePlatform', value: 'aws' },
          ],
        },
      ]);
      expect(JSON.stringify(contract)).not.toMatch(/env\.(username|password)/);
    });

    it('maps the table and its columns', () => {
      expect(transactions).toMatchObject({
        name: 'transactions',
        physicalName: 'transactions_v1',
        description: 'One row per settled card transaction.',
        dataGranularityDescription: 'One row per transaction',
        authoritativeDefinitions: [{ url: 'https://glossary.example.com/card-transaction', type: 'businessDefinition' }],
      });
      expect(transactions?.properties?.map((property) => property.name)).toEqual(['txn_id', 'txn_ref_dt', 'amount', 'card_holder_email', 'status']);
    });

    it.each<[string, Partial<OdcsProperty>]>([
      [
        'txn_id',
        {
          businessName: 'transaction identifier',
          logicalType: 'string',
          physicalType: 'uuid',
          required: true,
          primaryKey: true,
          primaryKeyPosition: 1,
          unique: true,
          classification: 'internal',
          criticalDataElement: true,
          examples: ['0b0c9e3a-0f41-4a5e-9c51-8e1b2a3c4d5e'],
        },
      ],
      [
        'txn_ref_dt',
        {
          logicalType: 'date',
          required: true,
          primaryKey: false,
          partitioned: true,
          partitionKeyPosition: 1,
          customProperties: [{ property: 'clusterStatus', value: false }],
        },
      ],
      [
        'card_holder_email',
        {
          logicalType: 'string',
          physicalType: 'varchar(320)',
          required: false,
          classification: 'restricted',
          encryptedName: 'card_holder_email_enc',
          transformSourceObjects: ['psp.settlements'],
          transformLogic: 'lower(email)',
          tags: ['pii'],
        },
      ],
    ])('maps the column %s', (name, expected) => {
      expect(field(transactions, name)).toMatchObject(expected);
    });

    it('writes no primaryKeyPosition for v2’s -1 and no description for its null', () => {
      expect(field(transactions, 'txn_ref_dt')).not.toHaveProperty('primaryKeyPosition');
      expect(field(transactions, 'txn_ref_dt')).not.toHaveProperty('description');
    });

    it('writes quality templates as custom rules, a table rule on one column moved to that column', () => {
      expect(field(transactions, 'amount')?.quality).toEqual([
        {
          type: 'custom',
          engine: 'Elevate',
          implementation: 'amount > 0',
          description: 'The amount is positive.',
          severity: 'error',
          businessImpact: 'operational',
          dimension: 'accuracy',
          scheduler: 'cron',
          schedule: '0 20 * * *',
          customProperties: [{ property: 'template', value: { templateName: 'RangeCheck', toolRuleName: 'amount.positive' } }],
        },
      ]);
      expect(field(transactions, 'status')?.quality).toEqual([
        {
          type: 'custom',
          engine: 'Elevate',
          implementation: { templateName: 'NullCheck', toolRuleName: 'status.not_null' },
          description: 'The status is always set.',
          dimension: 'completeness',
        },
      ]);
      expect(transactions?.quality).toEqual([
        {
          type: 'custom',
          engine: 'Elevate',
          implementation: { templateName: 'RowCount', toolRuleName: 'transactions.volume' },
          description: 'At least one transaction per day.',
          customProperties: [{ property: 'dimension', value: 'volume' }],
        },
      ]);
    });

    it('maps SLA columns to elements, the default column where none is given', () => {
      expect(contract.slaProperties).toEqual([
        { property: 'latency', value: 4, unit: 'd', element: 'transactions.txn_ref_dt' },
        { property: 'retention', value: 3, unit: 'y', element: 'transactions.txn_ref_dt' },
        { property: 'generalAvailability', value: '2022-05-12T09:30:10-08:00', element: 'transactions.txn_ref_dt' },
      ]);
    });

    it('maps stakeholders to team members, roles, price and support channels', () => {
      expect(contract.team).toEqual({
        members: [
          { username: 'ceastwood', role: 'Data Scientist', dateIn: '2022-08-02', dateOut: '2022-10-01', replacedByUsername: 'mhopper' },
          { username: 'mhopper', role: 'Data Scientist', dateIn: '2022-10-01' },
        ],
      });
      expect(contract.roles).toEqual([
        { role: 'payments_reader', access: 'read', firstLevelApprovers: 'Payments Data Owner', secondLevelApprovers: 'Finance Controller' },
      ]);
      expect(contract.price).toEqual({ priceAmount: 9.95, priceCurrency: 'USD', priceUnit: 'megabyte' });
      expect(contract.support).toEqual([
        { channel: 'payments-data@example.com', tool: 'email', url: 'mailto:payments-data@example.com' },
        { channel: '#payments-data', tool: 'slack' },
        { channel: 'feedback', url: 'https://jira.example.com/projects/PAYDATA', scope: 'issues' },
      ]);
    });

    it('keeps the members v3 has no field for as custom properties', () => {
      expect(contract.customProperties).toEqual([
        { property: 'refRulesetName', value: 'payments.ruleset' },
        { property: 'type', value: 'tables' },
        { property: 'datasetKind', value: 'virtualDataset' },
        { property: 'userConsumptionMode', value: 'analytical' },
        { property: 'schedulerAppName', value: 'payments-daily' },
        { property: 'systemInstance', value: 'instance.payments.example.com' },
      ]);
    });

    it('notes the dropped credentials and every member moved or rewritten', () => {
      expect(result.notes).toEqual([
        'username: dropped (credentials are not kept in a contract)',
        'password: dropped (credentials are not kept in a contract)',
        'server, driver, driverVersion, database, datasetName, sourceSystem, sourcePlatform: written as the postgres server "payments-db.prod.example.com"',
        'status: "current" written as "active"',
        'dataset[0].columns[1].clusterStatus: no ODCS v3.1 field, kept as custom property "clusterStatus"',
        'dataset[0].quality[1].dimension: "volume" is no ODCS v3.1 dimension, kept as custom property "dimension"',
        'slaDefaultColumn: written as the element of each SLA property without column',
        'type: no ODCS v3.1 field, kept as custom property "type"',
        'datasetKind: no ODCS v3.1 field, kept as custom property "datasetKind"',
        'userConsumptionMode: no ODCS v3.1 field, kept as custom property "userConsumptionMode"',
        'schedulerAppName: no ODCS v3.1 field, kept as custom property "schedulerAppName"',
        'systemInstance: no ODCS v3.1 field, kept as custom property "systemInstance"',
        'contractCreatedTs: "2022-11-15 02:59:43" has no zone, read as UTC',
      ]);
    });
  });

  describe('of documents it cannot import', () => {
    it.each<[string, () => unknown]>([
      ['an ODPS v1 data product', () => load('crm-customers.odps.yaml')],
      ['an ODPS v0.9 data product', () => load('customer-data-product.odps.yaml')],
      ['an Avro schema', () => ({ type: 'record', name: 'Order', namespace: 'com.acme', fields: [{ name: 'id', type: 'string' }] })],
      ['a random object', () => ({ hello: 'world' })],
      ['a DCS 0.9 contract', () => ({ dataContractSpecification: '0.9.3', id: 'x', info: { title: 'X', version: '1' } })],
      ['a list', () => []],
    ])('refuses %s as UNSUPPORTED_FORMAT, listing the supported formats', (_case, doc) => {
      const error = caught(() => importContract(doc()));

      expect(error.code).toBe(DescriptorErrorCode.UNSUPPORTED_FORMAT);
      expect(error.message).toMatch(/Supported: .*\(dcs-v1\), .*\(odcs-v2\), .*\(odcs-v3\.0\), .*\(odcs-v3\.1\)\.$/);
    });

    it('names what an unsupported descriptor is', () => {
      expect(caught(() => importContract(load('crm-customers.odps.yaml'))).message).toMatch(/^Only data contracts can be imported, and this is an ODPS v1 data product \(odps-v1\)\./);
    });

    it.each<[string, () => unknown, string]>([
      ['a DCS contract without info.version', () => ({ dataContractSpecification: '1.2.1', id: 'x', info: { title: 'X' } }), '/info/version'],
      ['an ODCS v3.1 contract without status', () => ({ ...load('customers.odcs.yaml'), status: undefined }), '/status'],
      ['an ODCS v2 contract without uuid', () => ({ ...load('payments.odcs-v2.yaml'), uuid: undefined }), '/uuid'],
      ['an ODCS v2 column without name', () => ({ ...load('payments.odcs-v2.yaml'), dataset: [{ table: 't', columns: [{ logicalType: 'string' }] }] }), '/dataset/0/columns/0/column'],
    ])('refuses %s as INVALID_DOCUMENT, with issues pointing into it', (_case, doc, pointer) => {
      const error = caught(() => importContract(JSON.parse(JSON.stringify(doc()))));

      expect(error.code).toBe(DescriptorErrorCode.INVALID_DOCUMENT);
      expect(error.issues?.map((issue) => issue.pointer)).toContain(pointer);
    });
  });
});

describe('validateImportSource', () => {
  it.each(['datacontract.init.yaml', 'orders.dcs.yaml', 'payments.odcs-v2.yaml', 'customers.odcs.yaml', 'basic-four-dpo.odcs.yaml'])('accepts %s', (name) => {
    expect(validateImportSource(load(name))).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['a product', { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'p', status: 'draft' }, ''],
    [
      'an ODCS v2 flag that is no boolean',
      { apiVersion: 'v2.2.2', kind: 'DataContract', uuid: 'u', version: '1', status: 'current', dataset: [{ table: 't', columns: [{ column: 'c', isNullable: 'no' }] }] },
      '/dataset/0/columns/0/isNullable',
    ],
    [
      'a DCS model field of an unknown type',
      { dataContractSpecification: '1.2.1', id: 'x', info: { title: 'X', version: '1' }, models: { t: { fields: { f: { type: 'uuid' } } } } },
      '/models/t/fields/f/type',
    ],
  ])('reports %s', (_case, doc, pointer) => {
    expect(validateImportSource(doc).map((issue) => issue.pointer)).toContain(pointer);
  });
});
