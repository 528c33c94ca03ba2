import { readFixture } from '../../test/fixtures';
import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';
import type { OdcsContract, OdcsServer } from '../model/odcs.types';
import { parseDocument } from '../parsing/parse-document';
import type { SchemaIssue } from '../validation/schema-issue';
import { contractDatasets, s3Name } from './contract-datasets';
import { datasetKey } from './dataset-key';
import { normaliseRunEvent } from './normalise-run-event';
import { validateRunEvent } from './validate-run-event';

function loadJson(name: string): Record<string, unknown> {
  return parseDocument(readFixture(name), 'json') as Record<string, unknown>;
}

const simple = () => loadJson('event_simple.json');
const customersBuild = () => loadJson('customers-build.runevent.json');

describe('validateRunEvent', () => {
  it.each(['event_simple.json', 'customers-build.runevent.json'])('accepts the fixture %s', (name) => {
    expect(validateRunEvent(loadJson(name))).toEqual([]);
  });

  it('reports the missing runId of event_no_run_id.json at /run/runId', () => {
    expect(validateRunEvent(loadJson('event_no_run_id.json'))).toEqual([
      { pointer: '/run/runId', message: 'required property "runId" is missing', keyword: 'required' },
    ]);
  });

  it.each(['2024-06-03T05:17:42', '2024-06-03 05:17:42.118', '2024-06-03t05:17:42.5'])('reads the naive eventTime %p as UTC, without changing the event', (eventTime) => {
    const event = Object.freeze({ ...simple(), eventTime });

    expect(validateRunEvent(event)).toEqual([]);
    expect(event.eventTime).toBe(eventTime);
  });

  const invalid: { case: string; event: () => unknown; issues: SchemaIssue[] }[] = [
    {
      case: 'an eventTime that is no time',
      event: () => ({ ...simple(), eventTime: 'yesterday' }),
      issues: [{ pointer: '/eventTime', message: 'must match format "date-time"', keyword: 'format' }],
    },
    {
      case: 'an unknown eventType',
      event: () => ({ ...simple(), eventType: 'DONE' }),
      issues: [{ pointer: '/eventType', message: 'must be one of: START, RUNNING, COMPLETE, ABORT, FAIL, OTHER', keyword: 'enum' }],
    },
    {
      case: 'a runId that is no UUID',
      event: () => ({ ...simple(), run: { runId: 'run-42' } }),
      issues: [{ pointer: '/run/runId', message: 'must match format "uuid"', keyword: 'format' }],
    },
    {
      case: 'an output dataset without name',
      event: () => ({ ...simple(), outputs: [{ namespace: 'postgres://db:5432' }] }),
      issues: [{ pointer: '/outputs/0/name', message: 'required property "name" is missing', keyword: 'required' }],
    },
    {
      case: 'a run event without job',
      event: () => ({ ...simple(), job: undefined }),
      issues: [{ pointer: '/job', message: 'required property "job" is missing', keyword: 'required' }],
    },
    {
      case: 'a DatasetEvent',
      event: () => ({
        eventTime: '2024-06-03T05:17:42Z',
        producer: 'https://example.com/producer',
        schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent',
        dataset: { namespace: 'postgres://db:5432', name: 'crm.public.customers' },
      }),
      issues: [{ pointer: '', message: 'is an OpenLineage DatasetEvent, not a RunEvent: only run events are accepted', keyword: 'kind' }],
    },
    {
      case: 'a JobEvent recognised by its shape',
      event: () => ({ ...simple(), run: undefined, eventType: undefined, schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json' }),
      issues: [{ pointer: '', message: 'is an OpenLineage JobEvent, not a RunEvent: only run events are accepted', keyword: 'kind' }],
    },
    {
      case: 'a list instead of an event',
      event: () => [simple()],
      issues: [{ pointer: '', message: 'must be an object (an OpenLineage run event)', keyword: 'type' }],
    },
  ];

  it.each(invalid)('reports $case', ({ event, issues }) => {
    expect(validateRunEvent(JSON.parse(JSON.stringify(event())))).toEqual(issues);
  });
});

describe('normaliseRunEvent', () => {
  it('reads the customers build event', () => {
    expect(normaliseRunEvent(customersBuild())).toEqual({
      eventType: 'COMPLETE',
      eventTime: '2024-06-03T05:17:42.118Z',
      runId: '0190d9a4-6c2e-7b1a-9f3d-2a5b8c7e1f04',
      job: { namespace: 'airflow-prod', name: 'crm_customers_daily.build_customers' },
      inputs: [
        {
          namespace: 'postgres://crm-oltp.prod.example.com:5432',
          name: 'crm.public.customer_master',
          key: 'postgres://crm-oltp.prod.example.com/crm.public.customer_master',
        },
      ],
      outputs: [
        {
          namespace: 'postgres://crm-db.prod.example.com:5432',
          name: 'crm.dp_customers_v1.customers',
          key: 'postgres://crm-db.prod.example.com/crm.dp_customers_v1.customers',
        },
      ],
      producer: 'https://github.com/example/crm-pipelines/tree/v1.2.0',
    });
  });

  it.each([
    ['2020-12-28T19:52:00.001+10:00', '2020-12-28T09:52:00.001Z'],
    ['2024-06-03T05:17:42', '2024-06-03T05:17:42.000Z'],
    ['2024-06-03 05:17:42.118', '2024-06-03T05:17:42.118Z'],
  ])('writes eventTime %p in UTC as %p', (eventTime, utc) => {
    expect(normaliseRunEvent({ ...simple(), eventTime }).eventTime).toBe(utc);
  });

  it('leaves eventType undefined when the event has none', () => {
    const { eventType: _eventType, ...event } = simple();

    expect(normaliseRunEvent(event).eventType).toBeUndefined();
  });

  it.each([
    ['no runId', () => loadJson('event_no_run_id.json')],
    ['no job', () => ({ ...simple(), job: undefined })],
    ['an eventTime that is no time', () => ({ ...simple(), eventTime: 'yesterday' })],
    ['no object at all', () => 'COMPLETE'],
  ])('refuses an event with %s', (_case, event) => {
    expect(() => normaliseRunEvent(event())).toThrow(expect.objectContaining({ code: DescriptorErrorCode.INVALID_DOCUMENT }));
    expect(() => normaliseRunEvent(event())).toThrow(DescriptorError);
  });
});

describe('datasetKey', () => {
  it.each([
    ['postgres://crm-db.prod.example.com:5432', 'crm.dp_customers_v1.customers', 'postgres://crm-db.prod.example.com/crm.dp_customers_v1.customers'],
    ['POSTGRES://CRM-DB.Prod.Example.com', 'crm.dp_customers_v1.customers', 'postgres://crm-db.prod.example.com/crm.dp_customers_v1.customers'],
    ['postgresql://crm-db.prod.example.com:5432/', 'crm.dp_customers_v1.customers', 'postgres://crm-db.prod.example.com/crm.dp_customers_v1.customers'],
    ['postgres://crm-db.prod.example.com:6432', 'crm.public.t', 'postgres://crm-db.prod.example.com:6432/crm.public.t'],
    ['mysql://shop-db:3306', 'shop.orders', 'mysql://shop-db/shop.orders'],
    ['kafka://broker-1:9092', 'orders.v1', 'kafka://broker-1/orders.v1'],
    ['kafka://broker-1:9092,broker-2:9092', 'orders.v1', 'kafka://broker-1/orders.v1'],
    ['kafka://broker-1:9093', 'orders.v1', 'kafka://broker-1:9093/orders.v1'],
    ['s3a://acme-crm-lake', '/customers/v1/', 's3://acme-crm-lake/customers/v1'],
    ['s3n://Acme-CRM-Lake/', 'customers/v1', 's3://acme-crm-lake/customers/v1'],
    ['snowflake://ACME-prod', 'checkout.orders.orders', 'snowflake://acme-prod/CHECKOUT.ORDERS.ORDERS'],
    ['bigquery', 'project.dataset.table', 'bigquery/project.dataset.table'],
    ['my-datasource-namespace', 'instance.schema.output-1', 'my-datasource-namespace/instance.schema.output-1'],
    ['postgres://[::1]:5432', 'db.public.t', 'postgres://[::1]/db.public.t'],
  ])('keys %p + %p as %p', (namespace, name, key) => {
    expect(datasetKey(namespace, name)).toBe(key);
  });
});

describe('contractDatasets', () => {
  const demo = () => parseDocument(readFixture('customers.odcs.yaml'), 'yaml') as OdcsContract;

  it('names the datasets of the demo contract, one per server and schema object', () => {
    expect(contractDatasets(demo())).toEqual([
      {
        serverId: 'prod_pg',
        objectName: 'customers',
        namespace: 'postgres://crm-db.prod.example.com:5432',
        name: 'crm.dp_customers_v1.customers',
        key: 'postgres://crm-db.prod.example.com/crm.dp_customers_v1.customers',
      },
      { serverId: 'lake_s3', objectName: 'customers', namespace: 's3://acme-crm-lake', name: 'customers/v1', key: 's3://acme-crm-lake/customers/v1' },
    ]);
  });

  it('matches the output dataset of the customers build event by key', () => {
    const [output] = normaliseRunEvent(customersBuild()).outputs;

    expect(contractDatasets(demo())[0].key).toBe(datasetKey(output.namespace, output.name));
    expect(contractDatasets(demo())[0].key).toBe(output.key);
  });

  const contract = (servers: OdcsServer[], objects = ['orders']): OdcsContract => ({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'c',
    version: '1.0.0',
    status: 'active',
    servers,
    schema: objects.map((name) => ({ name, physicalName: `${name}_v2` })),
  });

  it.each<[string, OdcsServer, { namespace: string; name: string } | undefined]>([
    [
      'a postgresql server without port',
      { server: 'p', type: 'postgresql', host: 'db', database: 'shop', schema: 'sales' },
      { namespace: 'postgres://db:5432', name: 'shop.sales.orders_v2' },
    ],
    ['a mysql server', { server: 'm', type: 'mysql', host: 'db', port: 3307, database: 'shop' }, { namespace: 'mysql://db:3307', name: 'shop.orders_v2' }],
    [
      'a redshift server',
      { server: 'r', type: 'redshift', host: 'analytics.abc123.eu-west-1.redshift.amazonaws.com', database: 'dev', schema: 'public' },
      { namespace: 'redshift://analytics.eu-west-1:5439', name: 'dev.public.orders_v2' },
    ],
    [
      'a kafka server with a topic',
      { server: 'k', type: 'kafka', host: 'broker:9093', customProperties: [{ property: 'topic', value: 'orders.v2' }] },
      { namespace: 'kafka://broker:9093', name: 'orders.v2' },
    ],
    ['a kafka server without topic', { server: 'k', type: 'kafka', host: 'broker' }, { namespace: 'kafka://broker', name: 'orders_v2' }],
    [
      'a snowflake server',
      { server: 's', type: 'snowflake', account: 'acme-prod', database: 'shop', schema: 'sales' },
      { namespace: 'snowflake://acme-prod', name: 'SHOP.SALES.ORDERS_V2' },
    ],
    ['a bigquery server', { server: 'b', type: 'bigquery', project: 'acme', dataset: 'sales' }, { namespace: 'bigquery', name: 'acme.sales.orders_v2' }],
    [
      'an s3 location with a {model} placeholder',
      { server: 's3', type: 's3', location: 's3://lake/orders/v2/{model}/*.parquet' },
      { namespace: 's3://lake', name: 'orders/v2/orders_v2' },
    ],
    [
      'an s3 location with an encoded placeholder',
      { server: 's3', type: 's3', location: 's3://lake/orders/v2/%7Bmodel%7D/*.parquet' },
      { namespace: 's3://lake', name: 'orders/v2/orders_v2' },
    ],
    ['a postgres server without schema', { server: 'p', type: 'postgres', host: 'db', database: 'shop' }, undefined],
    ['a server type OpenLineage names otherwise', { server: 'a', type: 'api', location: 'https://api.example.com' }, undefined],
  ])('names the dataset of %s', (_case, server, expected) => {
    const datasets = contractDatasets(contract([server]));

    expect(datasets.map(({ namespace, name }) => ({ namespace, name }))).toEqual(expected === undefined ? [] : [expected]);
  });

  it('gives each schema object its dataset under a shared s3 prefix', () => {
    const datasets = contractDatasets(contract([{ server: 'lake', type: 's3', location: 's3://lake/sales/' }], ['orders', 'lines']));

    expect(datasets.map((dataset) => [dataset.serverId, dataset.objectName, dataset.key])).toEqual([
      ['lake', 'orders', 's3://lake/sales/orders_v2'],
      ['lake', 'lines', 's3://lake/sales/lines_v2'],
    ]);
  });

  it('names nothing for a contract without servers or schema', () => {
    expect(contractDatasets({ apiVersion: 'v3.1.0', kind: 'DataContract', id: 'c', version: '1', status: 'draft' })).toEqual([]);
  });
});

describe('s3Name', () => {
  it.each([
    ['s3://acme-crm-lake/customers/v1/', 1, 'customers/v1'],
    ['s3://acme-crm-lake/customers/v1/', 2, 'customers/v1/t'],
    ['s3://acme-crm-lake/data/*.parquet', 1, 'data'],
    ['s3://acme-crm-lake/{model}/*.json', 3, 't'],
    ['s3://acme-crm-lake', 1, 't'],
    ['s3a://acme-crm-lake/raw/file.csv', 1, 'raw/file.csv'],
  ])('names %p holding %p object(s) as %p', (location, count, name) => {
    expect(s3Name(location, 't', count)?.name).toBe(name);
  });

  it('names nothing for a location that is not on S3', () => {
    expect(s3Name('gs://bucket/path', 't', 1)).toBeUndefined();
  });
});
