import { createMeshClient, PolicyEvaluator } from '@meshwork/sdk';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { compileAcceptedPolicy, evaluatePolicies, type PolicyDefinition, type PolicyResult } from '@meshwork/policies';
import { CLOCK, type Clock } from '../src/policies/policy-settings';
import { type GovernanceHarness, json, jsonBody } from './support';
import { badInput, CONSUMER, createPolicy, FIXTURES, fixtureInput, futureIso, policyBody, startPolicies, transition } from './policies-support';

interface Evaluation {
  results: PolicyResult[];
  blocking: number;
  warnings: number;
  passed: boolean;
  bundleVersion: string;
  evaluatedAt: string;
  recorded: boolean;
}
interface Bundle {
  version: string;
  generatedAt: string;
  policies: PolicyDefinition[];
}

const KEBAB = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

describe('evaluations and the policy bundle (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let clock: Clock;
  const realNow = () => new Date();
  const evaluate = async (body: unknown, token?: string): Promise<Evaluation> => {
    const res = await h.call('/v1/evaluations', { method: 'POST', ...jsonBody(body, token ? { authorization: `Bearer ${token}` } : {}) });
    if (res.status !== 200) throw new Error(`evaluate: ${res.status} ${await res.text()}`);
    return json<Evaluation>(res);
  };
  const outcomes = (e: Evaluation) => Object.fromEntries(e.results.map((r) => [r.policyId, `${r.outcome}/${r.effectiveSeverity}`]));

  beforeAll(async () => {
    h = await startPolicies({ GOVERNANCE_SEED_STARTER_POLICIES: 'false' });
    clock = h.app.get<Clock>(CLOCK);
    await createPolicy(h, policyBody('has-purpose'));
    await createPolicy(h, policyBody('port-kebab', { target: 'output-port', rule: { kind: 'cel', expression: `has(port.name) && port.name.matches("${KEBAB}")`, message: 'Port names are kebab-case.' } }));
    await createPolicy(
      h,
      policyBody('contract-described', {
        target: 'contract',
        severity: 'warning',
        rule: { kind: 'json-schema', schema: { type: 'object', required: ['description'], properties: { description: { type: 'object' } } } },
      }),
    );
    await createPolicy(h, policyBody('billing-only', { scope: ['billing'] }));
    await createPolicy(h, policyBody('still-draft', { rule: { kind: 'cel', expression: 'false' } }));
    for (const id of ['has-purpose', 'contract-described', 'billing-only']) expect((await transition(h, id, { to: 'enforced' })).status).toBe(200);
    expect((await transition(h, 'port-kebab', { to: 'grace', graceUntil: futureIso(30) })).status).toBe(200);
  });

  afterEach(() => {
    clock.now = realNow;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('passes the demo product and its contract; drafts are not evaluated, out-of-scope policies are not applicable', async () => {
    const result = await evaluate(fixtureInput());
    expect(outcomes(result)).toEqual({
      'billing-only': 'not-applicable/blocking',
      'contract-described': 'pass/warning',
      'has-purpose': 'pass/blocking',
      'port-kebab': 'pass/warning',
    });
    expect(result).toMatchObject({ blocking: 0, warnings: 0, passed: true, recorded: false });
  });

  it('counts a blocking policy in grace as a warning: passed stays true', async () => {
    const { product, contracts } = fixtureInput();
    const ports = (product.outputPorts as Record<string, unknown>[]).map((p) => ({ ...p, name: 'customer_table' }));
    const result = await evaluate({ product: { ...product, outputPorts: ports }, contracts });
    const port = result.results.find((r) => r.policyId === 'port-kebab');
    expect(port).toMatchObject({ outcome: 'fail', severity: 'blocking', effectiveSeverity: 'warning', state: 'grace' });
    expect(port?.violations).toEqual([{ pointer: '/product/outputPorts/0', message: 'Port names are kebab-case.' }]);
    expect(result).toMatchObject({ blocking: 0, warnings: 1, passed: true });
  });

  it('blocks once graceUntil is past', async () => {
    clock.now = () => new Date(Date.now() + 60 * 86_400_000);
    const { product, contracts } = fixtureInput();
    const ports = (product.outputPorts as Record<string, unknown>[]).map((p) => ({ ...p, name: 'customer_table' }));
    const result = await evaluate({ product: { ...product, outputPorts: ports }, contracts });
    expect(result.results.find((r) => r.policyId === 'port-kebab')).toMatchObject({ outcome: 'fail', effectiveSeverity: 'blocking' });
    expect(result).toMatchObject({ blocking: 1, passed: false });
  });

  it('reports every failure of a bad product with pointers into the input', async () => {
    const { product, contracts } = badInput();
    const result = await evaluate({ product, contracts: contracts.map(({ description: _d, ...c }) => c) });
    expect(outcomes(result)).toMatchObject({ 'has-purpose': 'fail/blocking', 'port-kebab': 'fail/warning', 'contract-described': 'fail/warning' });
    expect(result.results.find((r) => r.policyId === 'contract-described')?.violations[0]?.pointer).toMatch(/^\/contracts\/0/);
    expect(result).toMatchObject({ blocking: 1, warnings: 2, passed: false });
  });

  it('accepts the documents as YAML text', async () => {
    const product = readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8');
    const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8');
    const result = await evaluate({ product, contracts: [contract] });
    expect(outcomes(result)).toEqual(outcomes(await evaluate(fixtureInput())));
    const res = await h.call('/v1/evaluations', { method: 'POST', ...jsonBody({ product: 'a: [unclosed' }) });
    expect(res.status).toBe(400);
    expect((await json<{ errors: { pointer: string }[] }>(res)).errors[0]?.pointer).toBe('/product');
    expect((await h.call('/v1/evaluations', { method: 'POST', ...jsonBody({ product: [1] }) })).status).toBe(400);
  });

  it('lets every principal evaluate', async () => {
    const result = await evaluate(fixtureInput(), await h.tokenFor(CONSUMER));
    expect(result.passed).toBe(true);
  });

  it('sees a policy change at once (the compiled set is invalidated)', async () => {
    await createPolicy(h, policyBody('has-tags', { severity: 'warning', rule: { kind: 'cel', expression: 'has(product.tags) && size(product.tags) > 5' } }));
    expect(outcomes(await evaluate(fixtureInput()))['has-tags']).toBeUndefined();
    expect((await transition(h, 'has-tags', { to: 'enforced' })).status).toBe(200);
    expect(outcomes(await evaluate(fixtureInput()))['has-tags']).toBe('fail/warning');
    expect((await transition(h, 'has-tags', { to: 'retired' })).status).toBe(200);
    expect(outcomes(await evaluate(fixtureInput()))['has-tags']).toBeUndefined();
  });

  it('serves the bundle with a strong ETag, 304 while unchanged and a new version after a change', async () => {
    const first = await h.call('/v1/bundle');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    const bundle = await json<Bundle>(first);
    expect(etag).toBe(`"${bundle.version}"`);
    expect(bundle.policies.map((p) => `${p.id}@${p.version}:${p.state}`)).toEqual(['billing-only@1:enforced', 'contract-described@1:enforced', 'has-purpose@1:enforced', 'port-kebab@1:grace']);
    const again = await h.call('/v1/bundle', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(await json<Bundle>(await h.call('/v1/bundle'))).toEqual(bundle);
    await createPolicy(h, policyBody('bundle-change'));
    expect((await h.call('/v1/bundle', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await transition(h, 'bundle-change', { to: 'enforced' })).status).toBe(200);
    const changed = await h.call('/v1/bundle', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await transition(h, 'bundle-change', { to: 'retired' })).status).toBe(200);
    expect((await h.call('/v1/bundle', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(await json<Bundle>(await h.call('/v1/bundle'))).toEqual(bundle);
  });

  it.each([
    ['the demo product', fixtureInput],
    ['a bad product', badInput],
  ])('gives the same results locally with the bundle as the service, on %s', async (_name, input) => {
    const bundle = await json<Bundle>(await h.call('/v1/bundle'));
    const remote = await evaluate(input());
    expect(remote.bundleVersion).toBe(bundle.version);
    const local = evaluatePolicies(bundle.policies.map(compileAcceptedPolicy), input(), { now: new Date(remote.evaluatedAt) });
    expect(local).toEqual(remote.results);
  });

  it('gives the same results locally as the service on every product and contract fixture', async () => {
    const bundle = await json<Bundle>(await h.call('/v1/bundle'));
    const compiled = bundle.policies.map(compileAcceptedPolicy);
    const files = readdirSync(FIXTURES).filter((f) => /\.(odps|odcs)\.yaml$/.test(f));
    const product = fixtureInput().product;
    const inputs = files.map((file) => {
      const doc = parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, unknown>;
      return file.endsWith('.odps.yaml') ? { product: doc, contracts: [] } : { product, contracts: [doc] };
    });
    expect(inputs.length).toBeGreaterThanOrEqual(10);
    for (const [index, input] of inputs.entries()) {
      const remote = await evaluate(input);
      const local = evaluatePolicies(compiled, input, { now: new Date(remote.evaluatedAt) });
      expect([files[index], local]).toEqual([files[index], remote.results]);
    }
  });

  it.each([
    ['the demo product', fixtureInput],
    ['a bad product', badInput],
  ])('gives the same results through the SDK (PolicyEvaluator) as the service, on %s', async (_name, input) => {
    const mesh = createMeshClient({ urls: { governance: h.baseUrl }, token: await h.tokenFor(CONSUMER) });
    const evaluator = new PolicyEvaluator(mesh.governance, { refreshSeconds: 0 });
    const remote = await evaluate(input());
    const local = await evaluator.evaluate(input(), { now: new Date(remote.evaluatedAt) });
    expect(local).toEqual({ results: remote.results, blocking: remote.blocking, warnings: remote.warnings, passed: remote.passed, bundleVersion: remote.bundleVersion });
    // Fetched again (refreshSeconds 0), the bundle answers 304 and the evaluator keeps what it compiled.
    expect((await evaluator.evaluate(input(), { now: new Date(remote.evaluatedAt) })).results).toEqual(remote.results);
    expect(await mesh.governance.evaluateLocally(input(), { now: new Date(remote.evaluatedAt) })).toEqual(local);
  });
});
