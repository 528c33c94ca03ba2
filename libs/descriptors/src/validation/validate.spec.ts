import { CONTRACT_FIXTURES, PRODUCT_FIXTURES, readFixture } from '../../test/fixtures';
import { getAt, removeAt, setAt } from '../../test/json-pointer';
import { parseDocument } from '../parsing/parse-document';
import type { SchemaIssue } from './schema-issue';
import { isCompiledStrictly, StandardSchema, validatorFor } from './schema-registry';
import { validateContract, validateProduct } from './validate';

function load(name: string): unknown {
  return parseDocument(readFixture(name), 'yaml');
}

function edited(name: string, ...edits: ((doc: unknown) => void)[]): unknown {
  const doc = load(name);
  for (const edit of edits) edit(doc);
  return doc;
}

const set = (pointer: string, value: unknown) => (doc: unknown) => setAt(doc, pointer, value);
const remove = (pointer: string) => (doc: unknown) => removeAt(doc, pointer);
const teamAsMemberList = (doc: unknown) => setAt(doc, '/team', getAt(doc, '/team/members'));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('the vendored schemas', () => {
  it.each(Object.values(StandardSchema))('%s compiles', (schema) => {
    expect(typeof validatorFor(schema)).toBe('function');
  });

  it('compiles the Bitol schemas in strict mode and only DCS and OpenLineage without it', () => {
    const lenient = Object.values(StandardSchema).filter((schema) => !isCompiledStrictly(schema));

    expect(lenient).toEqual([StandardSchema.DCS_V1_2_1, StandardSchema.OPENLINEAGE_RUN_EVENT]);
  });

  it('are compiled once and reused', () => {
    expect(validatorFor(StandardSchema.ODCS_V3_1_0)).toBe(validatorFor(StandardSchema.ODCS_V3_1_0));
  });
});

describe('validateContract', () => {
  it.each(CONTRACT_FIXTURES)('accepts the fixture %s', (name) => {
    expect(validateContract(load(name))).toEqual([]);
  });

  const invalid: { case: string; doc: () => unknown; issues: SchemaIssue[] }[] = [
    {
      case: 'a property with an unknown logicalType',
      doc: () => edited('customers.odcs.yaml', set('/schema/0/properties/2/logicalType', 'text')),
      issues: [
        {
          pointer: '/schema/0/properties/2/logicalType',
          message: 'must be one of: string, date, timestamp, time, number, integer, object, array, boolean',
          keyword: 'enum',
        },
      ],
    },
    {
      case: 'a v3.0 property with an unknown logicalType, against the v3.0.2 list of types',
      doc: () => edited('all-schema-types.odcs.yaml', set('/schema/0/properties/1/logicalType', 'text')),
      issues: [
        {
          pointer: '/schema/0/properties/1/logicalType',
          message: 'must be one of: string, date, number, integer, object, array, boolean',
          keyword: 'enum',
        },
      ],
    },
    {
      case: 'a missing status',
      doc: () => edited('customers.odcs.yaml', remove('/status')),
      issues: [{ pointer: '/status', message: 'required property "status" is missing', keyword: 'required' }],
    },
    {
      case: 'a version written as a number',
      doc: () => edited('customers.odcs.yaml', set('/version', 3)),
      issues: [{ pointer: '/version', message: 'must be string', keyword: 'type' }],
    },
    {
      case: 'an unknown top-level property',
      doc: () => edited('customers.odcs.yaml', set('/owner', 'crm')),
      issues: [
        {
          pointer: '/owner',
          message: 'property "owner" is not allowed here (custom data belongs in customProperties)',
          keyword: 'additionalProperties',
        },
      ],
    },
    {
      case: 'an unknown key on a property next to an error inside it',
      doc: () =>
        edited(
          'customers.odcs.yaml',
          set('/schema/0/properties/1/sensitivity', 'high'),
          set('/schema/0/properties/1/quality/0/metric', 'nulls'),
        ),
      issues: [
        {
          pointer: '/schema/0/properties/1/quality/0/metric',
          message: 'must be one of: nullValues, missingValues, invalidValues, duplicateValues, rowCount',
          keyword: 'enum',
        },
        {
          pointer: '/schema/0/properties/1/sensitivity',
          message: 'property "sensitivity" is not allowed here (custom data belongs in customProperties)',
          keyword: 'unevaluatedProperties',
        },
      ],
    },
    {
      case: 'a team member without username (the team alternatives reduced to the object one)',
      doc: () => edited('customers.odcs.yaml', remove('/team/members/0/username')),
      issues: [{ pointer: '/team/members/0/username', message: 'required property "username" is missing', keyword: 'required' }],
    },
    {
      case: 'an SLA value that is an object (type alternatives merged)',
      doc: () => edited('customers.odcs.yaml', set('/slaProperties/0/value', { amount: 99.5 })),
      issues: [
        { pointer: '/slaProperties/0/value', message: 'must be string, number, integer, boolean or null', keyword: 'type' },
      ],
    },
    {
      case: 'a postgres server without host (no cascade of unevaluated properties)',
      doc: () => edited('customers.odcs.yaml', remove('/servers/0/host')),
      issues: [{ pointer: '/servers/0/host', message: 'required property "host" is missing', keyword: 'required' }],
    },
    {
      case: 'an unknown server type',
      doc: () => edited('kafka-schema.odcs.yaml', set('/servers/0/type', 'kafka2')),
      issues: [{ pointer: '/servers/0/type', message: expect.stringMatching(/^must be one of: api, athena, .*, custom$/), keyword: 'enum' }],
    },
    {
      case: 'a quality rule with two operators',
      doc: () => edited('customers.odcs.yaml', set('/schema/0/properties/1/quality/0/mustBeGreaterThan', 1)),
      issues: [
        {
          pointer: '/schema/0/properties/1/quality/0',
          message: expect.stringMatching(/^must match exactly one alternative, but matches 2/),
          keyword: 'oneOf',
        },
      ],
    },
    {
      case: 'a property-level relationship with a "from"',
      doc: () => edited('full-example.odcs.yaml', set('/schema/0/properties/1/relationships/0/from', 'tbl.rcvr_id')),
      issues: [
        {
          pointer: '/schema/0/properties/1/relationships/0',
          message: expect.stringContaining("The 'from' field must not be specified at property level"),
          keyword: 'not',
        },
      ],
    },
    {
      case: 'an unknown apiVersion',
      doc: () => edited('customers.odcs.yaml', set('/apiVersion', 'v9.0.0')),
      issues: [{ pointer: '/apiVersion', message: 'unsupported apiVersion "v9.0.0"; supported: v3.0.x or v3.1.x', keyword: 'apiVersion' }],
    },
    {
      case: 'an ODCS v2 apiVersion, whose documents have another structure',
      doc: () => edited('customers.odcs.yaml', set('/apiVersion', 'v2.2.2')),
      issues: [{ pointer: '/apiVersion', message: expect.stringMatching(/^unsupported apiVersion "v2.2.2"/), keyword: 'apiVersion' }],
    },
    {
      case: 'a v3.1 patch version the schema does not list',
      doc: () => edited('customers.odcs.yaml', set('/apiVersion', 'v3.1.7')),
      issues: [{ pointer: '/apiVersion', message: expect.stringMatching(/^must be one of: v3.1.0, v3.0.2/), keyword: 'enum' }],
    },
    {
      case: 'a missing apiVersion',
      doc: () => edited('customers.odcs.yaml', remove('/apiVersion')),
      issues: [{ pointer: '/apiVersion', message: 'required property "apiVersion" is missing', keyword: 'required' }],
    },
    {
      case: 'kind: Foo',
      doc: () => edited('customers.odcs.yaml', set('/kind', 'Foo')),
      issues: [{ pointer: '/kind', message: 'must be DataContract, not "Foo"', keyword: 'kind' }],
    },
    {
      case: 'a data product',
      doc: () => load('crm-customers.odps.yaml'),
      issues: [
        { pointer: '/kind', message: 'must be DataContract, not "DataProduct"', keyword: 'kind' },
        { pointer: '/apiVersion', message: 'unsupported apiVersion "v1.0.0"; supported: v3.0.x or v3.1.x', keyword: 'apiVersion' },
      ],
    },
    {
      case: 'a list instead of an object',
      doc: () => [load('customers.odcs.yaml')],
      issues: [{ pointer: '', message: 'must be an object (an ODCS data contract)', keyword: 'type' }],
    },
    {
      case: 'a property name that needs escaping in a pointer',
      doc: () => edited('customers.odcs.yaml', set('/a~1b~0c', 1)),
      issues: [expect.objectContaining({ pointer: '/a~1b~0c', keyword: 'additionalProperties' })],
    },
  ];

  it.each(invalid)('reports $case', ({ doc, issues }) => {
    expect(validateContract(doc())).toEqual(issues);
  });

  it('accepts a v3.0.2 contract in the v3.0 shape (team as a list of members)', () => {
    const doc = edited('basic-four-dpo.odcs.yaml', teamAsMemberList);

    expect(validateContract(doc)).toEqual([]);
  });

  it('accepts a v3.0.2 contract in the v3.1 shape, as the standard’s own examples are', () => {
    expect(validateContract(load('column-completeness.odcs.yaml'))).toEqual([]);
  });

  it('reports every distinct problem, each at its own pointer', () => {
    const doc = edited(
      'customers.odcs.yaml',
      remove('/status'),
      set('/schema/0/properties/0/required', 'yes'),
      set('/slaProperties/3/unit', 5),
    );

    expect(validateContract(doc).map((issue) => issue.pointer)).toEqual([
      '/status',
      '/schema/0/properties/0/required',
      '/slaProperties/3/unit',
    ]);
  });

  it('does not change the document', () => {
    const doc = deepFreeze(edited('customers.odcs.yaml', remove('/schema/0/properties/0/name')));

    expect(validateContract(doc)).toEqual([
      expect.objectContaining({ pointer: '/schema/0/properties/0/name', keyword: 'required' }),
    ]);
  });
});

describe('validateProduct', () => {
  it.each(PRODUCT_FIXTURES)('accepts the fixture %s', (name) => {
    expect(validateProduct(load(name))).toEqual([]);
  });

  it('accepts a v0.9.0 product with the v0.9 team (a list of members) and leaves the document as sent', () => {
    const doc = deepFreeze(edited('customer-data-product.odps.yaml', teamAsMemberList));
    const sent = structuredClone(doc);

    expect(validateProduct(doc)).toEqual([]);
    expect(doc).toStrictEqual(sent);
  });

  const invalid: { case: string; doc: () => unknown; issues: SchemaIssue[] }[] = [
    {
      case: 'an output port without version',
      doc: () => edited('crm-customers.odps.yaml', remove('/outputPorts/0/version')),
      issues: [{ pointer: '/outputPorts/0/version', message: 'required property "version" is missing', keyword: 'required' }],
    },
    {
      case: 'a v0.9 team member without username, at its pointer in the document as sent',
      doc: () =>
        edited('customer-data-product.odps.yaml', teamAsMemberList, remove('/team/1/username')),
      issues: [{ pointer: '/team/1/username', message: 'required property "username" is missing', keyword: 'required' }],
    },
    {
      case: 'a v1.0 team written as a list of members',
      doc: () => edited('crm-customers.odps.yaml', teamAsMemberList),
      issues: [{ pointer: '/team', message: 'must be object', keyword: 'type' }],
    },
    {
      case: 'a management port URL that is not a URI',
      doc: () => edited('crm-customers.odps.yaml', set('/managementPorts/0/url', 'not a url')),
      issues: [{ pointer: '/managementPorts/0/url', message: 'must match format "uri"', keyword: 'format' }],
    },
    {
      case: 'an unknown apiVersion',
      doc: () => edited('crm-customers.odps.yaml', set('/apiVersion', 'v9.0.0')),
      issues: [{ pointer: '/apiVersion', message: 'unsupported apiVersion "v9.0.0"; supported: v0.9.x or v1.x', keyword: 'apiVersion' }],
    },
    {
      case: 'kind: Foo',
      doc: () => edited('crm-customers.odps.yaml', set('/kind', 'Foo')),
      issues: [{ pointer: '/kind', message: 'must be DataProduct, not "Foo"', keyword: 'kind' }],
    },
    {
      case: 'a missing kind',
      doc: () => edited('crm-customers.odps.yaml', remove('/kind')),
      issues: [{ pointer: '/kind', message: 'required property "kind" is missing', keyword: 'required' }],
    },
    {
      case: 'a string instead of an object',
      doc: () => 'DataProduct',
      issues: [{ pointer: '', message: 'must be an object (an ODPS data product)', keyword: 'type' }],
    },
  ];

  it.each(invalid)('reports $case', ({ doc, issues }) => {
    expect(validateProduct(doc())).toEqual(issues);
  });
});
