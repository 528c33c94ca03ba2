import type { EvaluationInput } from './types';

/**
 * A synthetic product far larger than real ones: `size` output ports, each with its own contract, the first
 * contract with `size` schema properties (the others with one). A rule that reads every element once stays far
 * under the trial budget; one that pairs every port or contract with every port, contract or property
 * (size × size and more) shows its cost here, before it is saved.
 */
export function stressInput(size: number): EvaluationInput {
  const contracts = Array.from({ length: size }, (_, i) => ({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: `contract-${i}`,
    name: `contract_${i}`,
    version: '1.0.0',
    status: 'active',
    domain: 'stress',
    tags: ['stress'],
    slaProperties: [
      { property: 'availability', value: 99.5, unit: 'percent' },
      { property: 'latency', value: 4, unit: 'h' },
    ],
    customProperties: [{ property: 'autoApprove', value: false }],
    schema: [
      {
        id: `object-${i}`,
        name: `object_${i}`,
        physicalType: 'table',
        properties: Array.from({ length: i === 0 ? size : 1 }, (_, m) => ({
          id: `property-${i}-${m}`,
          name: `property_${m}`,
          logicalType: m % 2 === 0 ? 'string' : 'integer',
          physicalType: m % 2 === 0 ? 'varchar(200)' : 'int',
          required: m % 3 === 0,
          classification: m % 5 === 0 ? 'restricted' : 'internal',
          tags: m % 7 === 0 ? ['pii'] : [],
          description: `Property ${m} of object ${i}.`,
        })),
      },
    ],
  }));
  const product = {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: 'stress-product',
    name: 'stress-product',
    version: '1.0.0',
    status: 'active',
    domain: 'stress',
    description: { purpose: 'Stress input for rule cost checks.' },
    team: { name: 'Stress Team', members: [{ username: 'owner@example.com', role: 'owner' }] },
    support: [{ channel: '#stress', url: 'https://chat.example.com/stress' }],
    outputPorts: contracts.map((contract, j) => ({ name: `port-${j}`, version: '1.0.0', type: 'tables', contractId: contract.id })),
  };
  return { product, contracts, previous: { product, contracts } };
}
