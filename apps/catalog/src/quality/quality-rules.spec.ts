import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contractRules, keeps, measure, type ProfileFacts, type QualityRule, type RuleOperator } from './quality-rules';

const demo = parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures', 'customers.odcs.yaml'), 'utf8')) as Record<string, unknown>;
const rules = contractRules(demo);
const rule = (id: string): QualityRule => {
  const found = rules.find((r) => r.ruleId === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('the quality rules of a contract', () => {
  it('lists the rules of schema objects and properties of the demo contract, with their element, metric, severity and operator', () => {
    expect(rules.map((r) => [r.ruleId, r.element, r.type, r.metric, r.severity, r.operator])).toEqual([
      ['customers_row_count', 'customers', 'library', 'rowCount', 'error', { name: 'mustBeGreaterThan', operand: 100000 }],
      ['no_future_updates', 'customers', 'sql', null, 'error', { name: 'mustBe', operand: 0 }],
      ['email_not_null', 'customers.email', 'library', 'nullValues', 'error', { name: 'mustBe', operand: 0 }],
      ['email_unique', 'customers.email', 'library', 'duplicateValues', 'warning', { name: 'mustBe', operand: 0 }],
      ['country_code_valid', 'customers.country_code', 'library', 'invalidValues', 'error', { name: 'mustBe', operand: 0 }],
      ['segment_allowed', 'customers.segment', 'library', 'invalidValues', 'error', { name: 'mustBe', operand: 0 }],
    ]);
  });

  it('names a rule without id by its element and position, reads the v3.0 `rule` key and nested properties', () => {
    const contract = { schema: [{ name: 't', properties: [{ name: 'a', properties: [{ name: 'b', quality: [{ rule: 'nullValues', mustBeLessThan: 5, unit: 'percent' }] }] }] }] };
    expect(contractRules(contract)).toEqual([expect.objectContaining({ ruleId: 't.a.b#0', element: 't.a.b', object: 't', property: 'b', metric: 'nullValues', unit: 'percent', operator: { name: 'mustBeLessThan', operand: 5 } })]);
    expect(contractRules(null)).toEqual([]);
  });

  it.each<[RuleOperator, number, boolean]>([
    [{ name: 'mustBe', operand: 0 }, 0, true],
    [{ name: 'mustBe', operand: 0 }, 1, false],
    [{ name: 'mustNotBe', operand: 0 }, 0, false],
    [{ name: 'mustBeGreaterThan', operand: 10 }, 10, false],
    [{ name: 'mustBeGreaterOrEqualTo', operand: 10 }, 10, true],
    [{ name: 'mustBeLessThan', operand: 10 }, 9.99, true],
    [{ name: 'mustBeLessOrEqualTo', operand: 10 }, 10.01, false],
    [{ name: 'mustBeBetween', operand: [1, 5] }, 5, true],
    [{ name: 'mustBeBetween', operand: [1, 5] }, 0, false],
    [{ name: 'mustNotBeBetween', operand: [1, 5] }, 1, false],
    [{ name: 'mustNotBeBetween', operand: [1, 5] }, 6, true],
  ])('%j holds for %p: %p', (operator, value, expected) => {
    expect(keeps(operator, value)).toBe(expected);
  });
});

describe('what a profile measures of a rule', () => {
  const profile: ProfileFacts = {
    rowCount: 1000,
    object: null,
    columns: [{ name: 'EMAIL', nullCount: 12, nullRatio: 0.012, distinctCount: 980, min: null, max: null, quantiles: null }],
  };

  it('measures nullValues from the null count (columns matched case-insensitively), in rows or percent', () => {
    expect(measure(rule('email_not_null'), profile)).toEqual({ value: 12, unit: 'rows', rowCount: 1000, failingRows: 12 });
    expect(measure({ ...rule('email_not_null'), unit: 'percent' }, profile)).toEqual({ value: 1.2, unit: 'percent', rowCount: 1000, failingRows: 12 });
  });

  it('measures duplicateValues as the non-null rows beyond the distinct values, and rowCount from the row count', () => {
    expect(measure(rule('email_unique'), profile)).toEqual({ value: 8, unit: 'rows', rowCount: 1000, failingRows: 8 });
    expect(measure(rule('customers_row_count'), profile)).toEqual({ value: 1000, unit: 'rows', rowCount: 1000, failingRows: null });
  });

  it('does not measure invalidValues, sql rules, missingValues with other missing values, unprofiled columns or other objects', () => {
    expect(measure(rule('country_code_valid'), profile)).toBeUndefined();
    expect(measure(rule('no_future_updates'), profile)).toBeUndefined();
    expect(measure({ ...rule('email_not_null'), metric: 'missingValues', arguments: { missingValues: [null, ''] } }, profile)).toBeUndefined();
    expect(measure({ ...rule('email_not_null'), metric: 'missingValues' }, profile)).toEqual({ value: 12, unit: 'rows', rowCount: 1000, failingRows: 12 });
    expect(measure({ ...rule('email_not_null'), property: 'phone', physicalName: null }, profile)).toBeUndefined();
    expect(measure(rule('email_not_null'), { ...profile, object: 'orders' })).toBeUndefined();
    expect(measure({ ...rule('email_not_null'), unit: 'percent' }, { ...profile, rowCount: null })).toBeUndefined();
  });
});
