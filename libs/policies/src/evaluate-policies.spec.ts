import { compilePolicy } from './compile-policy';
import { evaluatePolicies, MAX_VIOLATIONS } from './evaluate-policies';
import { crmInput } from '../test/fixtures';
import type { EvaluationInput, PolicyDefinition } from './types';

type Json = Record<string, unknown>;

function policy(overrides: Partial<PolicyDefinition> = {}): PolicyDefinition {
  return {
    id: 'ports-versioned',
    version: 1,
    name: 'Ports are versioned',
    description: 'Every output port declares a version.',
    severity: 'blocking',
    target: 'output-port',
    scope: 'all',
    state: 'enforced',
    rule: { kind: 'cel', expression: 'has(port.version)' },
    ...overrides,
  };
}

const NOW = new Date('2026-03-01T12:00:00Z');

function product(ports: Json[], domain = 'crm'): EvaluationInput {
  return { product: { name: 'Orders', domain, outputPorts: ports }, contracts: [] };
}

describe('evaluatePolicies', () => {
  it('reports each failing element at its pointer with the rule message, else the policy name', () => {
    const input = product([{ name: 'a', version: '1.0.0' }, { name: 'b' }]);
    const withMessage = policy({ id: 'with-message', rule: { kind: 'cel', expression: 'has(port.version)', message: 'the port has no version' } });
    const [named, messaged] = evaluatePolicies([policy(), withMessage].map(compilePolicy), input, { now: NOW });
    expect(named).toEqual({
      policyId: 'ports-versioned',
      version: 1,
      name: 'Ports are versioned',
      severity: 'blocking',
      effectiveSeverity: 'blocking',
      state: 'enforced',
      outcome: 'fail',
      violations: [{ pointer: '/product/outputPorts/1', message: 'Ports are versioned' }],
      evaluated: 2,
    });
    expect(messaged.violations).toEqual([{ pointer: '/product/outputPorts/1', message: 'the port has no version' }]);
  });

  it('counts a blocking policy in grace as a warning before graceUntil and as blocking after it', () => {
    const grace = compilePolicy(policy({ state: 'grace', graceUntil: '2026-04-01T00:00:00Z' }));
    const input = product([{ name: 'b' }]);
    const before = evaluatePolicies([grace], input, { now: NOW });
    const after = evaluatePolicies([grace], input, { now: new Date('2026-04-01T00:00:01Z') });
    expect([before[0].severity, before[0].effectiveSeverity, before[0].outcome]).toEqual(['blocking', 'warning', 'fail']);
    expect([after[0].severity, after[0].effectiveSeverity]).toEqual(['blocking', 'blocking']);
    const enforced = evaluatePolicies([compilePolicy(policy())], input, { now: NOW });
    expect(enforced[0].effectiveSeverity).toBe('blocking');
  });

  it('keeps the declared severity of a warning policy in grace', () => {
    const [result] = evaluatePolicies([compilePolicy(policy({ severity: 'warning', state: 'grace', graceUntil: '2030-01-01T00:00:00Z' }))], product([{}]), { now: NOW });
    expect(result.effectiveSeverity).toBe('warning');
  });

  it('evaluates a policy scoped to other domains as not applicable', () => {
    const scoped = compilePolicy(policy({ scope: ['billing', 'sales'] }));
    const input = product([{ name: 'b' }]);
    expect(evaluatePolicies([scoped], input, { now: NOW })[0]).toMatchObject({ outcome: 'not-applicable', violations: [], evaluated: 0 });
    expect(evaluatePolicies([scoped], input, { now: NOW, domain: 'billing' })[0]).toMatchObject({ outcome: 'fail', evaluated: 1 });
    expect(evaluatePolicies([scoped], product([{ name: 'b' }], 'sales'), { now: NOW })[0].outcome).toBe('fail');
  });

  it('is not applicable when the target has no element', () => {
    expect(evaluatePolicies([compilePolicy(policy())], product([]), { now: NOW })[0]).toMatchObject({ outcome: 'not-applicable', evaluated: 0 });
  });

  it('evaluates grace and enforced policies only, unless told which states', () => {
    const policies = (['draft', 'grace', 'enforced', 'retired'] as const).map((state) =>
      compilePolicy(policy({ id: `in-${state}`, state, ...(state === 'grace' ? { graceUntil: '2030-01-01T00:00:00Z' } : {}) })),
    );
    const input = product([{ name: 'a', version: '1' }]);
    expect(evaluatePolicies(policies, input, { now: NOW }).map((result) => result.policyId)).toEqual(['in-grace', 'in-enforced']);
    expect(evaluatePolicies(policies, input, { now: NOW, includeStates: ['draft'] }).map((result) => result.policyId)).toEqual(['in-draft']);
  });

  it('returns results in the order of the policies given', () => {
    const ids = ['c-policy', 'a-policy', 'b-policy'];
    const results = evaluatePolicies(ids.map((id) => compilePolicy(policy({ id }))), product([{ version: '1' }]), { now: NOW });
    expect(results.map((result) => result.policyId)).toEqual(ids);
  });

  it('ends in outcome error, without throwing, when a rule fails to evaluate', () => {
    const reading = compilePolicy(policy({ rule: { kind: 'cel', expression: 'port.version.startsWith("1")' } }));
    const [result] = evaluatePolicies([reading], product([{ name: 'a', version: '1.0.0' }, { name: 'b' }]), { now: NOW });
    expect(result.outcome).toBe('error');
    expect(result.violations).toEqual([{ pointer: '/product/outputPorts/1', message: 'the rule failed on this element: No such key: version' }]);
  });

  it('ends in outcome error when a rule yields neither a bool nor a string', () => {
    const [result] = evaluatePolicies([compilePolicy(policy({ rule: { kind: 'cel', expression: 'port.version' } }))], product([{ version: 3 }]), { now: NOW });
    expect(result).toMatchObject({ outcome: 'error', violations: [{ pointer: '/product/outputPorts/0', message: 'the rule yielded the int 3, not a bool or a string' }] });
  });

  it('reads whole numbers as CEL ints and others as doubles', () => {
    const rule = { kind: 'cel' as const, expression: 'port.replicas + 1 == 3 && port.ratio > 0.5 && port.ratio < 1' };
    const [result] = evaluatePolicies([compilePolicy(policy({ rule }))], product([{ replicas: 2, ratio: 0.75 }]), { now: NOW });
    expect(result.outcome).toBe('pass');
  });

  it('reports a JSON-Schema rule error at the element pointer followed by its instance path', () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string', pattern: '^[a-z-]+$' }, version: { type: 'string' } },
      required: ['name', 'version'],
    };
    const [result] = evaluatePolicies([compilePolicy(policy({ rule: { kind: 'json-schema', schema } }))], product([{ name: 'ok', version: '1' }, { name: 'Not OK' }]), { now: NOW });
    expect(result.outcome).toBe('fail');
    expect(result.violations).toEqual([
      { pointer: '/product/outputPorts/1', message: "(the element) must have required property 'version'" },
      { pointer: '/product/outputPorts/1/name', message: '/name must match pattern "^[a-z-]+$"' },
    ]);
  });

  it('walks schema properties through nested objects and arrays of objects', () => {
    const contract = {
      id: 'orders',
      schema: [
        {
          name: 'orders',
          properties: [
            { name: 'order_id' },
            { name: 'address', properties: [{ name: 'zip' }] },
            { name: 'lines', items: { properties: [{ name: 'sku' }] } },
          ],
        },
      ],
    };
    const rule = { kind: 'cel' as const, expression: 'property.name + " in " + object.name + (port == null ? " without port" : " of " + port.name)' };
    const input = { product: { domain: 'sales', outputPorts: [{ name: 'orders', contractId: 'orders' }] }, contracts: [contract] };
    const [result] = evaluatePolicies([compilePolicy(policy({ target: 'schema-property', rule }))], input, { now: NOW });
    expect(result.violations).toEqual([
      { pointer: '/contracts/0/schema/0/properties/0', message: 'order_id in orders of orders' },
      { pointer: '/contracts/0/schema/0/properties/1', message: 'address in orders of orders' },
      { pointer: '/contracts/0/schema/0/properties/1/properties/0', message: 'zip in orders of orders' },
      { pointer: '/contracts/0/schema/0/properties/2', message: 'lines in orders of orders' },
      { pointer: '/contracts/0/schema/0/properties/2/items/properties/0', message: 'sku in orders of orders' },
    ]);
  });

  it('gives an output port its contract by id, or null', () => {
    const rule = { kind: 'cel' as const, expression: 'contract == null ? "none" : contract.name' };
    const input = { product: { domain: 'crm', outputPorts: [{ contractId: 'a' }, { contractId: 'b' }] }, contracts: [{ id: 'a', name: 'contract a' }] };
    const [result] = evaluatePolicies([compilePolicy(policy({ rule }))], input, { now: NOW });
    expect(result.violations.map((violation) => violation.message)).toEqual(['contract a', 'none']);
  });

  it('gives product rules a null previous and no changes without a previous version', () => {
    const rule = { kind: 'cel' as const, expression: 'previous == null && size(changes) == 0 && size(contracts) == 1' };
    const [result] = evaluatePolicies([compilePolicy(policy({ target: 'product', rule }))], crmInput(), { now: NOW });
    expect(result).toMatchObject({ outcome: 'pass', evaluated: 1 });
  });

  it('ends rules that read changes in error when a malformed contract cannot be compared, and evaluates the others', () => {
    const malformed = { id: 'a', version: '1.1.0', schema: [{ name: 'x', properties: 'not a list' }] };
    const previous = { product: {}, contracts: [{ id: 'a', version: '1.0.0', schema: [{ name: 'x', properties: [{ name: 'p' }] }] }] };
    const readsChanges = compilePolicy(policy({ id: 'reads-changes', target: 'product', rule: { kind: 'cel', expression: 'size(changes) == 0' } }));
    const readsProduct = compilePolicy(policy({ id: 'reads-product', target: 'product', rule: { kind: 'cel', expression: 'has(product.domain)' } }));
    const [changes, plain] = evaluatePolicies([readsChanges, readsProduct], { product: { domain: 'crm' }, contracts: [malformed], previous }, { now: NOW });
    expect(changes.outcome).toBe('error');
    expect(changes.violations).toEqual([{ pointer: '/product', message: expect.stringMatching(/^the changes against the previous version could not be computed: \S/) }]);
    expect(plain.outcome).toBe('pass');
  });

  it(`keeps at most ${MAX_VIOLATIONS} violations per policy`, () => {
    const ports = Array.from({ length: 150 }, (_, i) => ({ name: `port-${i}` }));
    const [result] = evaluatePolicies([compilePolicy(policy())], product(ports), { now: NOW });
    expect(result.violations).toHaveLength(MAX_VIOLATIONS);
    expect(result.evaluated).toBe(150);
  });

  it('does not change its input', () => {
    const input = crmInput();
    const copy = structuredClone(input);
    evaluatePolicies([compilePolicy(policy())], input, { now: NOW });
    expect(input).toEqual(copy);
  });
});
