import type { EvaluationInput } from '@meshwork/policies';

/**
 * A realistic submission: 2 output ports, each with its ODCS contract, 40 schema properties in all (every seventh
 * restricted and PII), republished over a previous version so that the breaking-change policy diffs both contracts.
 */
const TYPES = ['string', 'integer', 'number', 'date', 'boolean'] as const;

function properties(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}_field_${i}_col`,
    name: `${prefix}_field_${i}`,
    logicalType: TYPES[i % TYPES.length],
    physicalType: i % 5 === 0 ? 'varchar(64)' : 'text',
    required: i < 3,
    primaryKey: i === 0,
    classification: i % 7 === 0 ? 'restricted' : 'internal',
    tags: i % 7 === 0 ? ['pii'] : [],
    description: `Field ${i} of ${prefix}, as described by the owning team.`,
  }));
}

function contract(id: string, name: string, version: string, fieldCount: number) {
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    name,
    version,
    status: 'active',
    domain: 'sales',
    description: { purpose: `The ${name} table.`, usage: 'Analytics.', limitations: 'None.' },
    schema: [{ id: `${name}_tbl`, name, physicalName: name, physicalType: 'table', properties: properties(name, fieldCount) }],
    slaProperties: [
      { property: 'availability', value: 99.5, unit: 'percent' },
      { property: 'latency', value: 4, unit: 'h' },
    ],
    customProperties: [{ property: 'dataProductId', value: 'sales-orders' }],
  };
}

function product(version: string) {
  return {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: 'sales-orders',
    name: 'Sales Orders',
    version,
    status: 'active',
    domain: 'sales',
    description: { purpose: 'Orders and their lines from every channel.', usage: 'Join on order_id.' },
    outputPorts: [
      { name: 'orders', version, type: 'tables', contractId: 'orders-contract' },
      { name: 'order-lines', version, type: 'tables', contractId: 'order-lines-contract' },
    ],
    support: [{ channel: '#sales-data', url: 'https://chat.example.com/sales-data', tool: 'slack' }],
    team: { name: 'Sales Data Team', members: [{ username: 'owner@example.com', role: 'owner' }] },
  };
}

/** Version 1.1.0 adds one optional field to each contract of version 1.0.0: a compatible change. */
export function benchInput(): EvaluationInput {
  return {
    product: product('1.1.0'),
    contracts: [contract('orders-contract', 'orders', '1.1.0', 20), contract('order-lines-contract', 'order_lines', '1.1.0', 20)],
    previous: {
      product: product('1.0.0'),
      contracts: [contract('orders-contract', 'orders', '1.0.0', 19), contract('order-lines-contract', 'order_lines', '1.0.0', 19)],
    },
  };
}
