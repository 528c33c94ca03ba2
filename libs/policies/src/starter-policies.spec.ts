import { compilePolicy } from './compile-policy';
import { evaluatePolicies } from './evaluate-policies';
import { crmCustomers, crmInput } from '../test/fixtures';
import { STARTER_POLICIES } from './starter-policies';
import type { EvaluationInput, PolicyResult } from './types';

type Json = Record<string, unknown>;

const compiled = STARTER_POLICIES.map(compilePolicy);
const NOW = new Date('2026-01-01T00:00:00Z');
const CONTRACT_ID = '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10';

function resultOf(policyId: string, input: EvaluationInput): PolicyResult {
  const result = evaluatePolicies(compiled, input, { now: NOW }).find((each) => each.policyId === policyId);
  if (!result) throw new Error(`no result for ${policyId}`);
  return result;
}

const schemaProperties = (contract: Json) => ((contract['schema'] as Json[])[0]['properties'] as Json[]);

describe('STARTER_POLICIES', () => {
  it('are enforced, blocking, version 1 and compile', () => {
    expect(STARTER_POLICIES.map((policy) => [policy.state, policy.severity, policy.version, policy.scope])).toEqual(STARTER_POLICIES.map(() => ['enforced', 'blocking', 1, 'all']));
    expect(new Set(STARTER_POLICIES.map((policy) => policy.id)).size).toBe(STARTER_POLICIES.length);
  });

  it('all pass the CRM customers product and its contract', () => {
    const results = evaluatePolicies(compiled, crmInput(), { now: NOW });
    expect(results.map((result) => [result.policyId, result.outcome, result.violations])).toEqual(STARTER_POLICIES.map((policy) => [policy.id, 'pass', []]));
  });

  it('all pass an unchanged republication of the CRM customers product', () => {
    const { product, contract } = crmCustomers();
    const input = { ...crmInput(), previous: { product, contracts: [contract] } };
    expect(evaluatePolicies(compiled, input, { now: NOW }).filter((result) => result.outcome !== 'pass')).toEqual([]);
  });

  it('product-name-kebab-case rejects a product name written as a handle that is not kebab-case', () => {
    const result = resultOf('product-name-kebab-case', crmInput(({ product }) => (product['name'] = 'crm_customers')));
    expect(result.outcome).toBe('fail');
    expect(result.violations).toEqual([{ pointer: '/product', message: "product name 'crm_customers' is written as a handle but is not kebab-case (e.g. crm-customers)" }]);
  });

  it('product-name-kebab-case accepts titles and kebab-case handles', () => {
    for (const name of ['CRM Customers', 'Shipments', 'crm-customers']) {
      expect(resultOf('product-name-kebab-case', crmInput(({ product }) => (product['name'] = name))).outcome).toBe('pass');
    }
  });

  it('output-port-name-kebab-case rejects an output port named in camel case', () => {
    const result = resultOf('output-port-name-kebab-case', crmInput(({ product }) => ((product['outputPorts'] as Json[])[0]['name'] = 'customerTable')));
    expect(result.violations).toEqual([{ pointer: '/product/outputPorts/0', message: "output port name 'customerTable' is not kebab-case (e.g. daily-orders)" }]);
  });

  it('product-has-owner rejects a product without a team', () => {
    const result = resultOf('product-has-owner', crmInput(({ product }) => delete product['team']));
    expect(result.violations).toEqual([{ pointer: '/product', message: 'the product names no owner team: add team.name (or a team member with role owner)' }]);
  });

  it('product-has-owner accepts the member list of older ODPS versions when one member is the owner', () => {
    const result = resultOf('product-has-owner', crmInput(({ product }) => (product['team'] = [{ username: 'jane.doe@example.com', role: 'owner' }])));
    expect(result.outcome).toBe('pass');
  });

  it('product-has-purpose rejects a blank purpose', () => {
    const result = resultOf('product-has-purpose', crmInput(({ product }) => ((product['description'] as Json)['purpose'] = '  ')));
    expect(result.violations).toEqual([{ pointer: '/product', message: 'the product has no description.purpose' }]);
  });

  it('product-has-support rejects a product with neither support entries nor a support management port', () => {
    const result = resultOf('product-has-support', crmInput(({ product }) => delete product['support']));
    expect(result.violations).toEqual([
      { pointer: '/product', message: 'the product has no support channel: add a support entry (channel or url) or a management port of content support' },
    ]);
  });

  it('product-has-support accepts a management port of content support', () => {
    const input = crmInput(({ product }) => {
      delete product['support'];
      (product['managementPorts'] as Json[]).push({ name: 'help', content: 'support', type: 'rest', url: 'https://help.example.com' });
    });
    expect(resultOf('product-has-support', input).outcome).toBe('pass');
  });

  it('output-port-has-contract rejects a port whose contract was not submitted', () => {
    const result = resultOf('output-port-has-contract', crmInput(({ product }) => ((product['outputPorts'] as Json[])[0]['contractId'] = 'missing-contract')));
    expect(result.violations).toEqual([
      { pointer: '/product/outputPorts/0', message: "output port 'customers' names contract missing-contract, which is not among the submitted contracts" },
    ]);
  });

  it('output-port-has-contract rejects a port without contractId', () => {
    const result = resultOf('output-port-has-contract', crmInput(({ product }) => delete (product['outputPorts'] as Json[])[0]['contractId']));
    expect(result.violations).toEqual([{ pointer: '/product/outputPorts/0', message: "output port 'customers' has no contractId" }]);
  });

  it('contract-declares-sla rejects a contract that declares neither latency nor freshness', () => {
    const input = crmInput(({ contract }) => {
      contract['slaProperties'] = (contract['slaProperties'] as Json[]).filter((sla) => sla['property'] !== 'latency');
    });
    expect(resultOf('contract-declares-sla', input).violations).toEqual([{ pointer: '/contracts/0', message: `contract ${CONTRACT_ID} declares no SLA property latency (or freshness)` }]);
  });

  it('contract-declares-sla names both missing properties of a contract without SLA', () => {
    const input = crmInput(({ contract }) => delete contract['slaProperties']);
    expect(resultOf('contract-declares-sla', input).violations).toEqual([
      { pointer: '/contracts/0', message: `contract ${CONTRACT_ID} declares no SLA property latency (or freshness) and availability` },
    ]);
  });

  it('sensitive-data-needs-approval rejects restricted and PII properties behind an auto-approved contract', () => {
    const input = crmInput(({ contract }) => {
      (contract['customProperties'] as Json[]).push({ property: 'autoApprove', value: true });
      schemaProperties(contract)[6]['tags'] = ['pii'];
    });
    const result = resultOf('sensitive-data-needs-approval', input);
    const message = (name: string) => `property customers.${name} is restricted or PII but contract ${CONTRACT_ID} grants access without approval (autoApprove: true)`;
    expect(result.violations).toEqual([
      { pointer: '/contracts/0/schema/0/properties/1', message: message('email') },
      { pointer: '/contracts/0/schema/0/properties/2', message: message('full_name') },
      { pointer: '/contracts/0/schema/0/properties/6', message: message('created_at') },
    ]);
    expect(result.evaluated).toBe(8);
  });

  it('breaking-change-needs-major rejects a removed field under the same major version', () => {
    const { product, contract } = crmCustomers();
    const input = crmInput(({ contract: next }) => {
      schemaProperties(next).splice(2, 1);
      next['version'] = '1.3.0';
    });
    const result = resultOf('breaking-change-needs-major', { ...input, previous: { product, contracts: [contract] } });
    expect(result.violations).toEqual([
      { pointer: '/product', message: `breaking change without a new major version: contract ${CONTRACT_ID} 1.2.0 → 1.3.0: field customers.full_name was removed` },
    ]);
  });

  it('breaking-change-needs-major accepts the same change with a new major version', () => {
    const { product, contract } = crmCustomers();
    const input = crmInput(({ contract: next }) => {
      schemaProperties(next).splice(2, 1);
      next['version'] = '2.0.0';
    });
    expect(resultOf('breaking-change-needs-major', { ...input, previous: { product, contracts: [contract] } }).outcome).toBe('pass');
  });
});
