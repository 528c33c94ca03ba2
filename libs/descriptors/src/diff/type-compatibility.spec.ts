import { compareLogicalTypes, comparePhysicalTypes, compareTypeOptions, type TypeVerdict } from './type-compatibility';

describe('compareLogicalTypes', () => {
  it.each<[string | undefined, string | undefined, TypeVerdict]>([
    ['string', 'string', 'same'],
    ['integer', 'number', 'widened'],
    ['number', 'integer', 'narrowed'],
    ['date', 'timestamp', 'widened'],
    ['timestamp', 'date', 'narrowed'],
    ['integer', 'string', 'changed'],
    ['object', 'array', 'changed'],
    [undefined, 'string', 'narrowed'],
    ['string', undefined, 'widened'],
  ])('reads %p → %p as %p', (before, after, verdict) => {
    expect(compareLogicalTypes(before, after)).toBe(verdict);
  });
});

describe('comparePhysicalTypes', () => {
  it.each<[string | undefined, string | undefined, TypeVerdict]>([
    ['varchar(200)', 'varchar(200)', 'same'],
    ['VARCHAR(200)', 'varchar( 200 )', 'same'],
    ['character varying(20)', 'varchar(20)', 'same'],
    ['int4', 'INTEGER', 'same'],
    ['varchar(200)', 'varchar(50)', 'narrowed'],
    ['varchar(50)', 'varchar(200)', 'widened'],
    ['varchar', 'varchar(50)', 'narrowed'],
    ['varchar(50)', 'varchar', 'widened'],
    ['varchar(50)', 'text', 'widened'],
    ['text', 'varchar(50)', 'narrowed'],
    ['char(2)', 'varchar(10)', 'widened'],
    ['char(10)', 'varchar(2)', 'narrowed'],
    ['varchar(2)', 'char(2)', 'changed'],
    ['int', 'bigint', 'widened'],
    ['bigint', 'smallint', 'narrowed'],
    ['real', 'double precision', 'widened'],
    ['decimal(10,2)', 'numeric(12,2)', 'widened'],
    ['decimal(10,2)', 'decimal(12,4)', 'widened'],
    ['decimal(10,2)', 'decimal(8,2)', 'narrowed'],
    ['decimal(10,2)', 'decimal(10,4)', 'changed'],
    ['timestamp(3) with time zone', 'timestamptz(6)', 'widened'],
    ['timestamp', 'timestamptz', 'changed'],
    ['uuid', 'varchar(36)', 'changed'],
    ["enum('a','b')", "enum('a')", 'changed'],
    [undefined, 'varchar(10)', 'narrowed'],
    ['varchar(10)', undefined, 'widened'],
    [undefined, undefined, 'same'],
  ])('reads %p → %p as %p', (before, after, verdict) => {
    expect(comparePhysicalTypes(before, after)).toBe(verdict);
  });
});

describe('compareTypeOptions', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, TypeVerdict | undefined]>([
    ['an equal option', { maxLength: 5 }, { maxLength: 5 }, undefined],
    ['a lower maxLength', { maxLength: 5 }, { maxLength: 3 }, 'narrowed'],
    ['a maxLength added', {}, { maxLength: 3 }, 'narrowed'],
    ['a maxLength removed', { maxLength: 3 }, {}, 'widened'],
    ['a higher minLength', { minLength: 1 }, { minLength: 2 }, 'narrowed'],
    ['a lower exclusiveMinimum', { exclusiveMinimum: 1 }, { exclusiveMinimum: 0 }, 'widened'],
    ['a later maximum date', { maximum: '2024-01-01' }, { maximum: '2025-01-01' }, 'widened'],
    ['a later minimum timestamp', { minimum: '2024-01-01T00:00:00Z' }, { minimum: '2024-06-01T00:00:00Z' }, 'narrowed'],
    ['a bound that is no date', { maximum: 'soon' }, { maximum: 'later' }, 'changed'],
    ['a pattern added', {}, { pattern: '^a' }, 'narrowed'],
    ['a pattern changed', { pattern: '^a' }, { pattern: '^b' }, 'narrowed'],
    ['a pattern removed', { pattern: '^a' }, {}, 'widened'],
    ['a multipleOf added', {}, { multipleOf: 5 }, 'narrowed'],
    ['a string format added', {}, { format: 'email' }, 'narrowed'],
    ['an integer format with fewer bits', { format: 'i64' }, { format: 'i32' }, 'narrowed'],
    ['a signed format for an unsigned one of more bits', { format: 'u8' }, { format: 'i16' }, 'widened'],
    ['an unsigned format for a signed one', { format: 'i32' }, { format: 'u32' }, 'narrowed'],
    ['f32 → f64', { format: 'f32' }, { format: 'f64' }, 'widened'],
    ['uniqueItems turned on', {}, { uniqueItems: true }, 'narrowed'],
    ['uniqueItems turned off', { uniqueItems: true }, { uniqueItems: false }, 'widened'],
    ['more required object members', { required: ['a'] }, { required: ['a', 'b'] }, 'narrowed'],
    ['fewer required object members', { required: ['a', 'b'] }, { required: ['a'] }, 'widened'],
    ['other required object members', { required: ['a'] }, { required: ['b'] }, 'changed'],
    ['another default timezone', { defaultTimezone: 'UTC' }, { defaultTimezone: 'Europe/Paris' }, 'changed'],
  ])('reads %s as %p', (_case, before, after, verdict) => {
    const changes = compareTypeOptions(before, after);

    expect(changes.map((change) => change.verdict)).toEqual(verdict === undefined ? [] : [verdict]);
  });

  it('reports one change per option, with the values before and after', () => {
    expect(compareTypeOptions({ maxLength: 10, pattern: '^a' }, { maxLength: 20, format: 'email' })).toEqual([
      { option: 'maxLength', verdict: 'widened', before: 10, after: 20 },
      { option: 'pattern', verdict: 'widened', before: '^a' },
      { option: 'format', verdict: 'narrowed', after: 'email' },
    ]);
  });
});
