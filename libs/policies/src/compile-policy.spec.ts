import { compileAcceptedPolicy, compilePolicy } from './compile-policy';
import { PolicyCompileError } from './policy-compile-error';
import type { PolicyDefinition, RuleProblem } from './types';

function policy(overrides: Partial<PolicyDefinition> = {}): PolicyDefinition {
  return {
    id: 'ports-named',
    version: 1,
    name: 'Ports are named',
    description: 'Every output port has a name.',
    severity: 'blocking',
    target: 'output-port',
    scope: 'all',
    state: 'enforced',
    rule: { kind: 'cel', expression: 'has(port.name)' },
    ...overrides,
  };
}

function problemsOf(definition: PolicyDefinition): RuleProblem[] {
  try {
    compilePolicy(definition);
  } catch (error) {
    if (error instanceof PolicyCompileError) return error.problems;
    throw error;
  }
  throw new Error('the policy compiled');
}

const cel = (expression: string): PolicyDefinition['rule'] => ({ kind: 'cel', expression });

describe('compilePolicy', () => {
  it('compiles a valid CEL policy', () => {
    expect(compilePolicy(policy()).definition.id).toBe('ports-named');
  });

  it('rejects an expression that does not parse, with the position of the error', () => {
    const error = (() => {
      try {
        compilePolicy(policy({ rule: cel('has(port.name) &&') }));
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PolicyCompileError);
    expect((error as PolicyCompileError).problems).toEqual([{ pointer: '/rule/expression', detail: 'does not parse: Unexpected token: EOF (at position 17)' }]);
    expect((error as Error).message).toContain('policy ports-named does not compile: /rule/expression');
  });

  it('rejects a variable that the target does not provide', () => {
    expect(problemsOf(policy({ rule: cel('size(contracts) > 0') }))).toEqual([
      { pointer: '/rule/expression', detail: 'does not type-check: Unknown variable: contracts (at position 5) (variables of target output-port: port, product, contract)' },
    ]);
  });

  it('rejects a rule that yields neither a bool nor a string', () => {
    expect(problemsOf(policy({ rule: cel('1 + 2') }))).toEqual([
      { pointer: '/rule/expression', detail: 'yields int: a rule must yield a bool (pass/fail) or a string (the failure message)' },
    ]);
  });

  it('rejects three nested comprehensions', () => {
    const expression = 'product.outputPorts.all(p, product.outputPorts.exists(q, q.tags.all(t, t != p.name)))';
    expect(problemsOf(policy({ rule: cel(expression) }))).toEqual([
      { pointer: '/rule/expression', detail: 'nests 3 comprehensions (all/exists/exists_one/map/filter) inside one another; at most 2 are allowed' },
    ]);
  });

  it('accepts chained comprehensions, which do not nest', () => {
    expect(() => compilePolicy(policy({ rule: cel('product.outputPorts.filter(p, has(p.name)).map(p, p.name).all(n, n.exists(c, c != ""))') })))
      .not.toThrow();
  });

  it('rejects a rule whose trial on a large product explodes', () => {
    const [problem, ...others] = problemsOf(policy({ target: 'product', rule: cel('contracts.all(c, contracts.all(d, !(c in product.outputPorts)))') }));
    expect(others).toEqual([]);
    expect(problem.pointer).toBe('/rule/expression');
    expect(problem.detail).toMatch(/^too costly: one evaluation on a product of \d+ output ports and contracts, \d+ properties in one, took \d+ ms \(budget 50 ms\)/);
  });

  it('skips the trial for a policy accepted before (compileAcceptedPolicy), so loading it never depends on the machine', () => {
    const rule = cel('contracts.all(c, contracts.all(d, !(c in product.outputPorts)))');
    expect(() => compileAcceptedPolicy(policy({ target: 'product', rule }))).not.toThrow();
    expect(() => compileAcceptedPolicy(policy({ target: 'product', rule: cel('product.name ==') }))).toThrow(PolicyCompileError);
  });

  it('accepts a rule that reads every property of every contract once', () => {
    expect(() => compilePolicy(policy({ target: 'product', rule: cel('contracts.all(c, c.schema.all(o, size(o.properties) < 1000))') }))).not.toThrow();
  });

  it('rejects a rule larger than the AST limits', () => {
    const expression = Array.from({ length: 300 }, (_, i) => `port.name != "n${i}"`).join(' && ');
    const [problem] = problemsOf(policy({ rule: cel(expression) }));
    expect(problem.pointer).toBe('/rule/expression');
    expect(problem.detail).toMatch(/^does not parse: .*(node|AST)/i);
  });

  it('compiles a JSON-Schema rule and rejects an invalid schema at /rule/schema', () => {
    expect(() => compilePolicy(policy({ rule: { kind: 'json-schema', schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } }))).not.toThrow();
    const [problem] = problemsOf(policy({ rule: { kind: 'json-schema', schema: { type: 'objekt' } } }));
    expect(problem.pointer).toBe('/rule/schema');
    expect(problem.detail).toMatch(/^is not a valid JSON Schema \(draft 2019-09, strict\): schema is invalid/);
  });

  it('rejects an unknown keyword in strict mode', () => {
    const [problem] = problemsOf(policy({ rule: { kind: 'json-schema', schema: { type: 'object', requird: ['name'] } } }));
    expect(problem).toEqual({ pointer: '/rule/schema', detail: 'is not a valid JSON Schema (draft 2019-09, strict): strict mode: unknown keyword: "requird"' });
  });

  it('rejects an invalid scope and a grace policy without graceUntil', () => {
    expect(problemsOf(policy({ scope: [], state: 'grace' }))).toEqual([
      { pointer: '/scope', detail: 'scope lists no domain: use "all" or name at least one domain' },
      { pointer: '/graceUntil', detail: 'a policy in grace needs graceUntil, the instant its failures start to count as declared' },
    ]);
    expect(problemsOf(policy({ scope: ['crm', ''] }))).toEqual([{ pointer: '/scope/1', detail: 'domain "" is not a domain name' }]);
  });

  it('rejects a graceUntil that is not an ISO 8601 instant', () => {
    expect(problemsOf(policy({ state: 'grace', graceUntil: 'next month' }))).toEqual([
      { pointer: '/graceUntil', detail: 'graceUntil "next month" is not an ISO 8601 instant with a zone (e.g. 2026-01-31T00:00:00Z)' },
    ]);
  });

  it('reports every problem of a definition at once', () => {
    expect(problemsOf(policy({ id: 'Ports Named', scope: 'everywhere' as 'all', rule: cel('port.name ==') })).map((problem) => problem.pointer)).toEqual([
      '/id',
      '/scope',
      '/rule/expression',
    ]);
  });
});
