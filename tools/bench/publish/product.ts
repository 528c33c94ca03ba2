/** A realistic product: 2 output ports, each with a contract; 40 fields in all, with PII and quality rules. */
const TYPES = ['string', 'integer', 'number', 'date', 'boolean'] as const;

function fields(prefix: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}_field_${i}`,
    logicalType: TYPES[i % TYPES.length],
    physicalType: i % 5 === 0 ? 'varchar(64)' : 'text',
    required: i < 3,
    primaryKey: i === 0,
    classification: i % 7 === 0 ? 'restricted' : 'internal',
    description: `Field ${i} of ${prefix}, as described by the owning team.`,
    tags: i % 7 === 0 ? ['pii'] : [],
    examples: [`example-${i}`],
  }));
}

function contract(id: string, name: string, fieldCount: number) {
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    name,
    version: '1.0.0',
    status: 'active',
    domain: 'bench',
    description: { purpose: `The ${name} table.`, usage: 'Analytics.', limitations: 'None.' },
    schema: [{ name, physicalName: name, physicalType: 'table', logicalType: 'object', properties: fields(name, fieldCount), quality: [{ metric: 'rowCount', mustBeGreaterThan: 0 }] }],
    slaProperties: [
      { property: 'availability', value: 99.5, unit: '%' },
      { property: 'frequency', value: 1, unit: 'd' },
      { property: 'latency', value: 4, unit: 'h' },
    ],
  };
}

export function productEnvelope(domain: string, n: number) {
  const orders = `orders-${n}`;
  const lines = `order-lines-${n}`;
  return {
    product: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: `bench-product-${n}`,
      name: `Bench product ${n}`,
      version: '1.0.0',
      status: 'active',
      domain,
      tags: ['bench', 'orders'],
      description: { purpose: 'Orders and their lines.', usage: 'Join on order_id.', limitations: 'Daily refresh.' },
      outputPorts: [
        { name: 'orders', version: '1.0.0', type: 'tables', contractId: orders, description: 'One row per order.' },
        { name: 'order-lines', version: '1.0.0', type: 'tables', contractId: lines, description: 'One row per order line.' },
      ],
    },
    contracts: [contract(orders, 'orders', 20), contract(lines, 'order_lines', 20)],
  };
}
