import { CONTRACT_FIXTURES, readFixture } from '../../test/fixtures';
import { getAt, removeAt, setAt } from '../../test/json-pointer';
import type { OdcsContract } from '../model/odcs.types';
import { parseDocument } from '../parsing/parse-document';
import { validateContract } from '../validation/validate';
import type { ContractChange } from './contract-change.types';
import { diffContracts, isBreaking, summariseChanges } from './diff-contracts';

const base: OdcsContract = {
  apiVersion: 'v3.1.0',
  kind: 'DataContract',
  id: 'crm-customers',
  version: '1.0.0',
  status: 'active',
  schema: [
    {
      id: 'customers_tbl',
      name: 'customers',
      physicalName: 'customers',
      properties: [
        { id: 'customer_id_col', name: 'customer_id', logicalType: 'string', physicalType: 'uuid', primaryKey: true, primaryKeyPosition: 1, required: true, unique: true },
        { id: 'email_col', name: 'email', logicalType: 'string', physicalType: 'varchar(320)', required: true, logicalTypeOptions: { format: 'email', maxLength: 320 } },
        { name: 'age', logicalType: 'integer', physicalType: 'int', logicalTypeOptions: { minimum: 0, maximum: 150, format: 'i32' } },
        {
          name: 'segment',
          logicalType: 'string',
          physicalType: 'varchar(20)',
          quality: [{ metric: 'invalidValues', arguments: { validValues: ['retail', 'smb', 'enterprise'] }, mustBe: 0 }],
        },
        {
          name: 'address',
          logicalType: 'object',
          properties: [
            { name: 'city', logicalType: 'string' },
            { name: 'zip', logicalType: 'string', logicalTypeOptions: { pattern: '^[0-9]{5}$' } },
          ],
        },
        { name: 'signed_up_at', logicalType: 'timestamp', logicalTypeOptions: { timezone: true } },
      ],
    },
    {
      name: 'orders',
      properties: [
        { name: 'order_id', logicalType: 'string', primaryKey: true, required: true },
        { name: 'total', logicalType: 'number', physicalType: 'decimal(10,2)' },
        {
          name: 'lines',
          logicalType: 'array',
          items: {
            logicalType: 'object',
            properties: [
              { name: 'sku', logicalType: 'string', required: true },
              { name: 'quantity', logicalType: 'integer' },
            ],
          },
        },
        { name: 'tags', logicalType: 'array', items: { logicalType: 'string' } },
      ],
    },
  ],
};

type Edit = (doc: unknown) => void;
const set = (pointer: string, value: unknown): Edit => (doc) => setAt(doc, pointer, value);
const remove = (pointer: string): Edit => (doc) => removeAt(doc, pointer);
const append = (pointer: string, value: unknown): Edit => (doc) => (getAt(doc, pointer) as unknown[]).push(value);

function edited(...edits: Edit[]): OdcsContract {
  const doc = structuredClone(base);
  for (const edit of edits) edit(doc);
  return doc;
}

function loadContract(name: string): OdcsContract {
  return parseDocument(readFixture(name), 'yaml') as OdcsContract;
}

const EMAIL = '/schema/0/properties/1';
const AGE = '/schema/0/properties/2';
const SEGMENT = '/schema/0/properties/3';
const ADDRESS = '/schema/0/properties/4';
const TOTAL = '/schema/1/properties/1';
const LINES = '/schema/1/properties/2';
const TAGS = '/schema/1/properties/3';

describe('diffContracts', () => {
  it('compares a valid ODCS v3.1 contract (the base of these cases)', () => {
    expect(validateContract(base)).toEqual([]);
  });

  it('finds no change between a contract and itself', () => {
    expect(diffContracts(base, structuredClone(base))).toEqual([]);
  });

  it('finds no change between the demo contract and itself', () => {
    expect(diffContracts(loadContract('customers.odcs.yaml'), loadContract('customers.odcs.yaml'))).toEqual([]);
  });

  it.each(CONTRACT_FIXTURES)('finds no change between the fixture %s and itself', (name) => {
    expect(diffContracts(loadContract(name), loadContract(name))).toEqual([]);
  });

  it('ignores descriptions, tags, quality rules without allowed values and other metadata', () => {
    const next = edited(
      set(`${EMAIL}/description`, 'Primary e-mail'),
      set(`${EMAIL}/tags`, ['pii']),
      set(`${EMAIL}/quality`, [{ metric: 'nullValues', mustBe: 0 }]),
      set('/schema/0/description', 'One row per customer'),
      set('/version', '1.1.0'),
    );

    expect(diffContracts(base, next)).toEqual([]);
  });

  const cases: { case: string; next: () => OdcsContract; changes: ContractChange[] }[] = [
    {
      case: 'a removed schema object',
      next: () => edited(remove('/schema/1')),
      changes: [{ kind: 'object-removed', severity: 'breaking', path: 'orders', pointer: '/schema/1', side: 'previous', detail: 'object orders was removed' }],
    },
    {
      case: 'an added schema object',
      next: () => edited(append('/schema', { name: 'invoices', properties: [{ name: 'invoice_id', required: true }] })),
      changes: [{ kind: 'object-added', severity: 'compatible', path: 'invoices', pointer: '/schema/2', side: 'next', detail: 'object invoices was added' }],
    },
    {
      case: 'a schema object renamed under the same id',
      next: () => edited(set('/schema/0/name', 'clients')),
      changes: [
        {
          kind: 'object-renamed',
          severity: 'breaking',
          path: 'clients',
          pointer: '/schema/0/name',
          side: 'next',
          detail: 'object customers was renamed to clients',
          before: 'customers',
          after: 'clients',
        },
      ],
    },
    {
      case: 'a new physical name of a schema object',
      next: () => edited(set('/schema/0/physicalName', 'customers_v2')),
      changes: [
        {
          kind: 'object-renamed',
          severity: 'breaking',
          path: 'customers',
          pointer: '/schema/0/physicalName',
          side: 'next',
          detail: 'customers: physicalName customers → customers_v2',
          before: 'customers',
          after: 'customers_v2',
        },
      ],
    },
    {
      case: 'a schema object without id renamed, as one removed and one added',
      next: () => edited(set('/schema/1/name', 'purchase_orders')),
      changes: [
        { kind: 'object-added', severity: 'compatible', path: 'purchase_orders', pointer: '/schema/1', side: 'next', detail: 'object purchase_orders was added' },
        { kind: 'object-removed', severity: 'breaking', path: 'orders', pointer: '/schema/1', side: 'previous', detail: 'object orders was removed' },
      ],
    },
    {
      case: 'a removed field',
      next: () => edited(remove(AGE)),
      changes: [{ kind: 'field-removed', severity: 'breaking', path: 'customers.age', pointer: AGE, side: 'previous', detail: 'field customers.age was removed' }],
    },
    {
      case: 'an added optional field',
      next: () => edited(append('/schema/0/properties', { name: 'phone', logicalType: 'string' })),
      changes: [
        { kind: 'field-added', severity: 'compatible', path: 'customers.phone', pointer: '/schema/0/properties/6', side: 'next', detail: 'field customers.phone was added (optional)' },
      ],
    },
    {
      case: 'an added required field, compatible for readers',
      next: () => edited(append('/schema/0/properties', { name: 'phone', logicalType: 'string', required: true })),
      changes: [
        { kind: 'field-added', severity: 'compatible', path: 'customers.phone', pointer: '/schema/0/properties/6', side: 'next', detail: 'field customers.phone was added (required)' },
      ],
    },
    {
      case: 'a field renamed under the same id',
      next: () => edited(set(`${EMAIL}/name`, 'email_address')),
      changes: [
        {
          kind: 'field-renamed',
          severity: 'breaking',
          path: 'customers.email_address',
          pointer: `${EMAIL}/name`,
          side: 'next',
          detail: 'field customers.email was renamed to customers.email_address',
          before: 'email',
          after: 'email_address',
        },
      ],
    },
    {
      case: 'a field whose physical name changed',
      next: () => edited(set(`${EMAIL}/physicalName`, 'email_addr')),
      changes: [
        {
          kind: 'field-renamed',
          severity: 'breaking',
          path: 'customers.email',
          pointer: `${EMAIL}/physicalName`,
          side: 'next',
          detail: 'customers.email: physicalName email → email_addr',
          before: 'email',
          after: 'email_addr',
        },
      ],
    },
    {
      case: 'a field without id renamed, as one added and one removed',
      next: () => edited(set(`${AGE}/name`, 'age_years')),
      changes: [
        { kind: 'field-added', severity: 'compatible', path: 'customers.age_years', pointer: AGE, side: 'next', detail: 'field customers.age_years was added (optional)' },
        { kind: 'field-removed', severity: 'breaking', path: 'customers.age', pointer: AGE, side: 'previous', detail: 'field customers.age was removed' },
      ],
    },
    {
      case: 'a field that kept its name but got another id, as another field (the key, by name, unchanged)',
      next: () => edited(set('/schema/0/properties/0/id', 'customer_key_col')),
      changes: [
        {
          kind: 'field-added',
          severity: 'compatible',
          path: 'customers.customer_id',
          pointer: '/schema/0/properties/0',
          side: 'next',
          detail: 'field customers.customer_id was added (required)',
        },
        {
          kind: 'field-removed',
          severity: 'breaking',
          path: 'customers.customer_id',
          pointer: '/schema/0/properties/0',
          side: 'previous',
          detail: 'field customers.customer_id was removed',
        },
      ],
    },
    {
      case: 'a logical type changed to an incompatible one (physical type and options not compared further)',
      next: () => edited(set(`${AGE}/logicalType`, 'string'), set(`${AGE}/physicalType`, 'text')),
      changes: [
        {
          kind: 'type-changed',
          severity: 'breaking',
          path: 'customers.age',
          pointer: `${AGE}/logicalType`,
          side: 'next',
          detail: 'customers.age: logicalType integer → string',
          before: 'integer',
          after: 'string',
        },
      ],
    },
    {
      case: 'number narrowed to integer',
      next: () => edited(set(`${TOTAL}/logicalType`, 'integer')),
      changes: [
        {
          kind: 'type-narrowed',
          severity: 'breaking',
          path: 'orders.total',
          pointer: `${TOTAL}/logicalType`,
          side: 'next',
          detail: 'orders.total: logicalType number → integer',
          before: 'number',
          after: 'integer',
        },
      ],
    },
    {
      case: 'integer widened to number',
      next: () => edited(set(`${AGE}/logicalType`, 'number')),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'customers.age',
          pointer: `${AGE}/logicalType`,
          side: 'next',
          detail: 'customers.age: logicalType integer → number',
          before: 'integer',
          after: 'number',
        },
      ],
    },
    {
      case: 'a shorter varchar',
      next: () => edited(set(`${EMAIL}/physicalType`, 'varchar(100)')),
      changes: [
        {
          kind: 'type-narrowed',
          severity: 'breaking',
          path: 'customers.email',
          pointer: `${EMAIL}/physicalType`,
          side: 'next',
          detail: 'customers.email: physicalType varchar(320) → varchar(100)',
          before: 'varchar(320)',
          after: 'varchar(100)',
        },
      ],
    },
    {
      case: 'a varchar turned into text',
      next: () => edited(set(`${SEGMENT}/physicalType`, 'TEXT')),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'customers.segment',
          pointer: `${SEGMENT}/physicalType`,
          side: 'next',
          detail: 'customers.segment: physicalType varchar(20) → TEXT',
          before: 'varchar(20)',
          after: 'TEXT',
        },
      ],
    },
    {
      case: 'an unrelated physical type (uuid → varchar(36))',
      next: () => edited(set('/schema/0/properties/0/physicalType', 'varchar(36)')),
      changes: [
        {
          kind: 'type-changed',
          severity: 'breaking',
          path: 'customers.customer_id',
          pointer: '/schema/0/properties/0/physicalType',
          side: 'next',
          detail: 'customers.customer_id: physicalType uuid → varchar(36)',
          before: 'uuid',
          after: 'varchar(36)',
        },
      ],
    },
    {
      case: 'a decimal with less scale, as a changed type',
      next: () => edited(set(`${TOTAL}/physicalType`, 'numeric(10, 4)')),
      changes: [
        {
          kind: 'type-changed',
          severity: 'breaking',
          path: 'orders.total',
          pointer: `${TOTAL}/physicalType`,
          side: 'next',
          detail: 'orders.total: physicalType decimal(10,2) → numeric(10, 4)',
          before: 'decimal(10,2)',
          after: 'numeric(10, 4)',
        },
      ],
    },
    {
      case: 'a lower maxLength',
      next: () => edited(set(`${EMAIL}/logicalTypeOptions/maxLength`, 100)),
      changes: [
        {
          kind: 'type-narrowed',
          severity: 'breaking',
          path: 'customers.email',
          pointer: `${EMAIL}/logicalTypeOptions/maxLength`,
          side: 'next',
          detail: 'customers.email: maxLength 320 → 100',
          before: 320,
          after: 100,
        },
      ],
    },
    {
      case: 'a higher minimum',
      next: () => edited(set(`${AGE}/logicalTypeOptions/minimum`, 18)),
      changes: [
        {
          kind: 'type-narrowed',
          severity: 'breaking',
          path: 'customers.age',
          pointer: `${AGE}/logicalTypeOptions/minimum`,
          side: 'next',
          detail: 'customers.age: minimum 0 → 18',
          before: 0,
          after: 18,
        },
      ],
    },
    {
      case: 'a removed maximum, pointed at in the previous document',
      next: () => edited(remove(`${AGE}/logicalTypeOptions/maximum`)),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'customers.age',
          pointer: `${AGE}/logicalTypeOptions/maximum`,
          side: 'previous',
          detail: 'customers.age: maximum 150 removed',
          before: 150,
        },
      ],
    },
    {
      case: 'an integer format with more bits',
      next: () => edited(set(`${AGE}/logicalTypeOptions/format`, 'i64')),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'customers.age',
          pointer: `${AGE}/logicalTypeOptions/format`,
          side: 'next',
          detail: 'customers.age: format i32 → i64',
          before: 'i32',
          after: 'i64',
        },
      ],
    },
    {
      case: 'a changed string format',
      next: () => edited(set(`${EMAIL}/logicalTypeOptions/format`, 'uri')),
      changes: [
        {
          kind: 'type-narrowed',
          severity: 'breaking',
          path: 'customers.email',
          pointer: `${EMAIL}/logicalTypeOptions/format`,
          side: 'next',
          detail: 'customers.email: format email → uri',
          before: 'email',
          after: 'uri',
        },
      ],
    },
    {
      case: 'a pattern added to a nested field',
      next: () => edited(set(`${ADDRESS}/properties/0/logicalTypeOptions`, { pattern: '^[A-Z][a-z]+$' })),
      changes: [
        {
          kind: 'type-narrowed',
          severity: 'breaking',
          path: 'customers.address.city',
          pointer: `${ADDRESS}/properties/0/logicalTypeOptions/pattern`,
          side: 'next',
          detail: 'customers.address.city: pattern ^[A-Z][a-z]+$ added',
          after: '^[A-Z][a-z]+$',
        },
      ],
    },
    {
      case: 'a removed pattern',
      next: () => edited(remove(`${ADDRESS}/properties/1/logicalTypeOptions`)),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'customers.address.zip',
          pointer: `${ADDRESS}/properties/1/logicalTypeOptions/pattern`,
          side: 'previous',
          detail: 'customers.address.zip: pattern ^[0-9]{5}$ removed',
          before: '^[0-9]{5}$',
        },
      ],
    },
    {
      case: 'a timestamp that no longer carries its timezone',
      next: () => edited(set('/schema/0/properties/5/logicalTypeOptions/timezone', false)),
      changes: [
        {
          kind: 'type-changed',
          severity: 'breaking',
          path: 'customers.signed_up_at',
          pointer: '/schema/0/properties/5/logicalTypeOptions/timezone',
          side: 'next',
          detail: 'customers.signed_up_at: timezone true → false',
          before: true,
          after: false,
        },
      ],
    },
    {
      case: 'an optional field made required',
      next: () => edited(set(`${AGE}/required`, true)),
      changes: [
        {
          kind: 'required-added',
          severity: 'breaking',
          path: 'customers.age',
          pointer: `${AGE}/required`,
          side: 'next',
          detail: 'customers.age is now required',
          before: false,
          after: true,
        },
      ],
    },
    {
      case: 'a required field made optional by removing the flag',
      next: () => edited(remove(`${EMAIL}/required`)),
      changes: [
        {
          kind: 'required-removed',
          severity: 'compatible',
          path: 'customers.email',
          pointer: `${EMAIL}/required`,
          side: 'previous',
          detail: 'customers.email is no longer required',
          before: true,
          after: false,
        },
      ],
    },
    {
      case: 'an allowed value removed',
      next: () => edited(set(`${SEGMENT}/quality/0/arguments/validValues`, ['retail', 'smb'])),
      changes: [
        {
          kind: 'enum-values-removed',
          severity: 'breaking',
          path: 'customers.segment',
          pointer: `${SEGMENT}/quality/0/arguments/validValues`,
          side: 'next',
          detail: 'customers.segment: allowed values enterprise removed',
          before: ['retail', 'smb', 'enterprise'],
          after: ['retail', 'smb'],
        },
      ],
    },
    {
      case: 'an allowed value added',
      next: () => edited(set(`${SEGMENT}/quality/0/arguments/validValues`, ['retail', 'smb', 'enterprise', 'public'])),
      changes: [
        {
          kind: 'enum-values-added',
          severity: 'compatible',
          path: 'customers.segment',
          pointer: `${SEGMENT}/quality/0/arguments/validValues`,
          side: 'next',
          detail: 'customers.segment: allowed values public added',
          before: ['retail', 'smb', 'enterprise'],
          after: ['retail', 'smb', 'enterprise', 'public'],
        },
      ],
    },
    {
      case: 'a list of allowed values put on a field that took any value',
      next: () => edited(set(`${ADDRESS}/properties/0/quality`, [{ metric: 'invalidValues', arguments: { validValues: ['Paris', 'Lyon'] }, mustBe: 0 }])),
      changes: [
        {
          kind: 'enum-values-removed',
          severity: 'breaking',
          path: 'customers.address.city',
          pointer: `${ADDRESS}/properties/0/quality/0/arguments/validValues`,
          side: 'next',
          detail: 'customers.address.city: values restricted to Paris, Lyon',
          after: ['Paris', 'Lyon'],
        },
      ],
    },
    {
      case: 'a list of allowed values dropped',
      next: () => edited(remove(`${SEGMENT}/quality`)),
      changes: [
        {
          kind: 'enum-values-added',
          severity: 'compatible',
          path: 'customers.segment',
          pointer: `${SEGMENT}/quality/0/arguments/validValues`,
          side: 'previous',
          detail: 'customers.segment: allowed values retail, smb, enterprise no longer enforced',
          before: ['retail', 'smb', 'enterprise'],
        },
      ],
    },
    {
      case: 'a field made unique',
      next: () => edited(set(`${EMAIL}/unique`, true)),
      changes: [
        {
          kind: 'unique-added',
          severity: 'breaking',
          path: 'customers.email',
          pointer: `${EMAIL}/unique`,
          side: 'next',
          detail: 'customers.email must now be unique',
          before: false,
          after: true,
        },
      ],
    },
    {
      case: 'a field that no longer has to be unique',
      next: () => edited(set('/schema/0/properties/0/unique', false)),
      changes: [
        {
          kind: 'unique-removed',
          severity: 'compatible',
          path: 'customers.customer_id',
          pointer: '/schema/0/properties/0/unique',
          side: 'next',
          detail: 'customers.customer_id no longer has to be unique',
          before: true,
          after: false,
        },
      ],
    },
    {
      case: 'a second primary-key field',
      next: () => edited(set(`${EMAIL}/primaryKey`, true), set(`${EMAIL}/primaryKeyPosition`, 2)),
      changes: [
        {
          kind: 'primary-key-changed',
          severity: 'breaking',
          path: 'customers',
          pointer: '/schema/0',
          side: 'next',
          detail: 'customers: primary key (customer_id) → (customer_id, email)',
          before: ['customer_id'],
          after: ['customer_id', 'email'],
        },
      ],
    },
    {
      case: 'a dropped primary key',
      next: () => edited(remove('/schema/1/properties/0/primaryKey')),
      changes: [
        {
          kind: 'primary-key-changed',
          severity: 'breaking',
          path: 'orders',
          pointer: '/schema/1',
          side: 'next',
          detail: 'orders: primary key (order_id) → (none)',
          before: ['order_id'],
          after: [],
        },
      ],
    },
    {
      case: 'primary-key fields in another order',
      next: () =>
        edited(
          set(`${EMAIL}/primaryKey`, true),
          set(`${EMAIL}/primaryKeyPosition`, 1),
          set('/schema/0/properties/0/primaryKeyPosition', 2),
        ),
      changes: [
        {
          kind: 'primary-key-changed',
          severity: 'breaking',
          path: 'customers',
          pointer: '/schema/0',
          side: 'next',
          detail: 'customers: primary key (customer_id) → (email, customer_id)',
          before: ['customer_id'],
          after: ['email', 'customer_id'],
        },
      ],
    },
    {
      case: 'a primary-key field renamed under the same id, as a rename only',
      next: () => edited(set('/schema/0/properties/0/name', 'customer_key')),
      changes: [
        {
          kind: 'field-renamed',
          severity: 'breaking',
          path: 'customers.customer_key',
          pointer: '/schema/0/properties/0/name',
          side: 'next',
          detail: 'field customers.customer_id was renamed to customers.customer_key',
          before: 'customer_id',
          after: 'customer_key',
        },
      ],
    },
    {
      case: 'a field of a nested object removed',
      next: () => edited(remove(`${ADDRESS}/properties/0`)),
      changes: [
        {
          kind: 'field-removed',
          severity: 'breaking',
          path: 'customers.address.city',
          pointer: `${ADDRESS}/properties/0`,
          side: 'previous',
          detail: 'field customers.address.city was removed',
        },
      ],
    },
    {
      case: 'a field of an array of objects removed',
      next: () => edited(remove(`${LINES}/items/properties/0`)),
      changes: [
        {
          kind: 'field-removed',
          severity: 'breaking',
          path: 'orders.lines.sku',
          pointer: `${LINES}/items/properties/0`,
          side: 'previous',
          detail: 'field orders.lines.sku was removed',
        },
      ],
    },
    {
      case: 'a field of an array of objects widened',
      next: () => edited(set(`${LINES}/items/properties/1/logicalType`, 'number')),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'orders.lines.quantity',
          pointer: `${LINES}/items/properties/1/logicalType`,
          side: 'next',
          detail: 'orders.lines.quantity: logicalType integer → number',
          before: 'integer',
          after: 'number',
        },
      ],
    },
    {
      case: 'a required field added to an array of objects',
      next: () => edited(append(`${LINES}/items/properties`, { name: 'discount', logicalType: 'number', required: true })),
      changes: [
        {
          kind: 'field-added',
          severity: 'compatible',
          path: 'orders.lines.discount',
          pointer: `${LINES}/items/properties/2`,
          side: 'next',
          detail: 'field orders.lines.discount was added (required)',
        },
      ],
    },
    {
      case: 'another element type of an array',
      next: () => edited(set(`${TAGS}/items/logicalType`, 'integer')),
      changes: [
        {
          kind: 'type-changed',
          severity: 'breaking',
          path: 'orders.tags[]',
          pointer: `${TAGS}/items/logicalType`,
          side: 'next',
          detail: 'orders.tags[]: logicalType string → integer',
          before: 'string',
          after: 'integer',
        },
      ],
    },
    {
      case: 'an array whose element type is no longer declared',
      next: () => edited(remove(`${TAGS}/items`)),
      changes: [
        {
          kind: 'type-widened',
          severity: 'compatible',
          path: 'orders.tags',
          pointer: `${TAGS}/items`,
          side: 'previous',
          detail: 'orders.tags: element type (items) removed',
        },
      ],
    },
    {
      case: 'changes inside a renamed object, named as in the document they point into',
      next: () => edited(set('/schema/0/name', 'clients'), remove(AGE), set(`${EMAIL}/required`, false)),
      changes: [
        expect.objectContaining({ kind: 'object-renamed', path: 'clients' }),
        expect.objectContaining({ kind: 'required-removed', path: 'clients.email', pointer: `${EMAIL}/required`, side: 'next' }),
        expect.objectContaining({ kind: 'field-removed', path: 'customers.age', pointer: AGE, side: 'previous' }),
      ],
    },
  ];

  it.each(cases)('reports $case', ({ next, changes }) => {
    expect(diffContracts(base, next())).toEqual(changes);
  });

  it('reads v3.0 allowed values (rule: validValues) like the v3.1 ones', () => {
    const v30 = edited(set('/apiVersion', 'v3.0.2'), set(`${SEGMENT}/quality`, [{ rule: 'validValues', validValues: ['retail', 'smb'] }]));

    expect(diffContracts(v30, base)).toEqual([
      expect.objectContaining({ kind: 'enum-values-added', detail: 'customers.segment: allowed values enterprise added' }),
    ]);
  });

  it('intersects several lists of allowed values on one field', () => {
    const twoRules = edited(
      append(`${SEGMENT}/quality`, { metric: 'invalidValues', arguments: { validValues: ['retail', 'smb'] }, mustBeLessThan: 10 }),
    );

    expect(diffContracts(base, twoRules)).toEqual([
      expect.objectContaining({ kind: 'enum-values-removed', detail: 'customers.segment: allowed values enterprise removed' }),
    ]);
  });

  it('does not change the documents it compares', () => {
    const next = edited(remove(AGE));
    const sent = structuredClone([base, next]);

    diffContracts(base, next);

    expect([base, next]).toStrictEqual(sent);
  });
});

describe('isBreaking and summariseChanges', () => {
  const breaking = diffContracts(base, edited(remove(AGE)))[0];
  const compatible = diffContracts(base, edited(set(`${AGE}/logicalType`, 'number')))[0];

  it.each([
    { case: 'no changes', changes: [], expected: false, summary: { breaking: 0, compatible: 0 } },
    { case: 'only compatible changes', changes: [compatible, compatible], expected: false, summary: { breaking: 0, compatible: 2 } },
    { case: 'one breaking change among compatible ones', changes: [compatible, breaking, compatible], expected: true, summary: { breaking: 1, compatible: 2 } },
  ])('counts $case', ({ changes, expected, summary }) => {
    expect(isBreaking(changes)).toBe(expected);
    expect(summariseChanges(changes)).toEqual(summary);
  });
});
