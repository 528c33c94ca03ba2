import { breakingChangeOf } from './breaking-change';
import { EVENT_FILTER, filterEntriesFor, matchesFeedType, sortedEvents } from './event-filter';

describe('subscription event filters', () => {
  it.each([
    ['incident.opened', true],
    ['incident.closed', true],
    ['contract.breaking-change', true],
    ['io.meshwork.catalog.product.published.v1', true],
    ['io.meshwork.sla.incident.opened.v1', true],
    ['io.meshwork.catalog.lineage.run-completed.v1', true],
    ['io.meshwork.access.*', true],
    ['io.meshwork.*', true],
    ['incident.reopened', false],
    ['io.meshwork.billing.invoice.paid.v1', false],
    ['io.meshwork.catalog.product.published', false],
    ['io.meshwork.catalog.product.*', false],
    ['io.meshwork.catalog.Product.published.v1', false],
    ['*', false],
    ['io.meshwork.catalog.*x', false],
  ])('%s is a valid entry: %s', (entry, valid) => {
    expect(EVENT_FILTER.test(entry)).toBe(valid);
  });

  it.each([
    [['io.meshwork.catalog.product.published.v1'], 'io.meshwork.catalog.product.published.v1', true],
    [['io.meshwork.catalog.*'], 'io.meshwork.catalog.product.published.v1', true],
    [['io.meshwork.*'], 'io.meshwork.governance.policy.enforced.v1', true],
    [['io.meshwork.catalog.*'], 'io.meshwork.sla.slo.breached.v1', false],
    [['io.meshwork.catalog.product.retired.v1'], 'io.meshwork.catalog.product.published.v1', false],
    [['incident.opened'], 'io.meshwork.sla.incident.opened.v1', false],
  ])('%p takes %s: %s', (filter, type, matched) => {
    expect(matchesFeedType(filter, type)).toBe(matched);
    expect(filterEntriesFor(type).some((entry) => filter.includes(entry))).toBe(matched);
  });

  it('keeps port events first in their order, then feed entries sorted, each once', () => {
    expect(sortedEvents(['io.meshwork.sla.*', 'incident.closed', 'io.meshwork.catalog.*', 'contract.breaking-change', 'incident.opened', 'io.meshwork.sla.*'])).toEqual([
      'incident.opened',
      'incident.closed',
      'contract.breaking-change',
      'io.meshwork.catalog.*',
      'io.meshwork.sla.*',
    ]);
  });
});

describe('new majors in contract.version-added facts', () => {
  const ports = [
    { urn: 'urn:meshwork:crm:customers:customers:v2', name: 'customers', major: 2 },
    { urn: 'urn:meshwork:crm:customers:changes:v1', name: 'changes', major: 1 },
  ];

  it('names the old URN of each port at the new major', () => {
    expect(breakingChangeOf({ data: { major: 2, previousMajor: 1, ports } })).toEqual({
      major: 2,
      previousMajor: 1,
      ports: [{ newUrn: 'urn:meshwork:crm:customers:customers:v2', oldUrn: 'urn:meshwork:crm:customers:customers:v1', name: 'customers' }],
    });
  });

  it.each([
    ['the first version', { major: 1, previousMajor: null, ports }],
    ['a minor version', { major: 1, previousMajor: 1, ports }],
    ['no port at the new major', { major: 3, previousMajor: 2, ports }],
    ['a malformed fact', { major: '2', previousMajor: 1, ports: 'x' }],
  ])('ignores %s', (_name, data) => {
    expect(breakingChangeOf({ data })).toBeUndefined();
  });
});
