import { CLOCK, type Clock } from '../src/policies/policy-settings';
import { type GovernanceHarness, json, jsonBody } from './support';
import { badInput, CONSUMER, createPolicy, fixtureInput, policyBody, startPolicies, transition } from './policies-support';

interface Score {
  score: number | null;
  passed: number;
  applicable: number;
  products: number;
}
interface Report {
  mesh: Score;
  domains: (Score & { domain: string })[];
  products: { domain: string; name: string; version: string; score: number | null; passed: number; applicable: number; blocking: number; warnings: number }[];
  series: (Score & { date: string })[];
}

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('compliance scores from recorded evaluations (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let clock: Clock;
  const today = Date.now();
  const at = (t: number) => {
    clock.now = () => new Date(t);
  };
  const record = async (subject: { domain: string; name: string; version: string }, input: { product: Record<string, unknown>; contracts: Record<string, unknown>[] }) => {
    const res = await h.call('/v1/evaluations', { method: 'POST', ...jsonBody({ ...input, subject, record: true }) });
    expect(res.status).toBe(200);
    expect((await json<{ recorded: boolean }>(res)).recorded).toBe(true);
  };

  beforeAll(async () => {
    h = await startPolicies({ GOVERNANCE_SEED_STARTER_POLICIES: 'false' });
    clock = h.app.get<Clock>(CLOCK);
    // Warnings, so that products failing them are still published and scored; a blocking failure is never recorded.
    await createPolicy(h, policyBody('has-purpose', { severity: 'warning' }));
    await createPolicy(h, policyBody('contract-described', { target: 'contract', severity: 'warning', rule: { kind: 'cel', expression: 'has(contract.description)' } }));
    await createPolicy(h, policyBody('billing-only', { scope: ['billing'], rule: { kind: 'cel', expression: 'has(product.id)' } }));
    for (const id of ['has-purpose', 'contract-described', 'billing-only']) expect((await transition(h, id, { to: 'enforced' })).status).toBe(200);

    at(today - 2 * DAY);
    await record({ domain: 'crm', name: 'customers', version: '1.1.0' }, badInput());
    at(today);
    await record({ domain: 'crm', name: 'customers', version: '1.2.0' }, fixtureInput());
    const bad = badInput();
    await record({ domain: 'crm', name: 'orders', version: '0.1.0' }, { product: bad.product, contracts: bad.contracts.map(({ description: _d, ...c }) => c) });
    await record({ domain: 'billing', name: 'invoices', version: '2.0.0' }, fixtureInput());
  });

  afterAll(async () => {
    await h?.close();
  });

  it('scores each product by its latest sample, each domain and the mesh over those', async () => {
    const report = await json<Report>(await h.call('/v1/compliance'));
    expect(report.products).toEqual([
      expect.objectContaining({ domain: 'billing', name: 'invoices', version: '2.0.0', score: 1, passed: 3, applicable: 3, blocking: 0 }),
      expect.objectContaining({ domain: 'crm', name: 'customers', version: '1.2.0', score: 1, passed: 2, applicable: 2 }),
      expect.objectContaining({ domain: 'crm', name: 'orders', version: '0.1.0', score: 0, passed: 0, applicable: 2, blocking: 0, warnings: 2 }),
    ]);
    expect(report.domains).toEqual([
      { domain: 'billing', score: 1, passed: 3, applicable: 3, products: 1 },
      { domain: 'crm', score: 0.5, passed: 2, applicable: 4, products: 2 },
    ]);
    expect(report.mesh).toEqual({ score: 5 / 7, passed: 5, applicable: 7, products: 3 });
  });

  it('gives a daily series where each day counts the latest sample of each product at its end', async () => {
    const from = isoDay(today - 3 * DAY);
    const to = isoDay(today);
    const report = await json<Report>(await h.call(`/v1/compliance?domain=crm&from=${from}&to=${to}`));
    expect(report.series).toEqual([
      { date: from, score: null, passed: 0, applicable: 0, products: 0 },
      { date: isoDay(today - 2 * DAY), score: 0.5, passed: 1, applicable: 2, products: 1 },
      { date: isoDay(today - DAY), score: 0.5, passed: 1, applicable: 2, products: 1 },
      { date: to, score: 0.5, passed: 2, applicable: 4, products: 2 },
    ]);
    expect(report.products.map((p) => p.name)).toEqual(['customers', 'orders']);
    expect(report.domains.map((d) => d.domain)).toEqual(['crm']);
    expect(report.mesh.products).toBe(3);
  });

  it('defaults to the last 30 days and refuses a reversed or too long window', async () => {
    expect((await json<Report>(await h.call('/v1/compliance'))).series).toHaveLength(30);
    expect((await h.call('/v1/compliance?from=2026-02-01&to=2026-01-01')).status).toBe(400);
    expect((await h.call('/v1/compliance?from=2020-01-01&to=2026-01-01')).status).toBe(400);
    expect((await h.call('/v1/compliance?from=yesterday')).status).toBe(400);
  });

  it('does not record unless asked, nor an evaluation with a blocking violation, and needs the product named to record', async () => {
    const before = (await json<Report>(await h.call('/v1/compliance'))).mesh;
    expect((await h.call('/v1/evaluations', { method: 'POST', ...jsonBody(fixtureInput()) })).status).toBe(200);
    // The billing-only policy (blocking) needs an id: without one, this product would be refused.
    const { id: _id, ...withoutId } = fixtureInput().product;
    const blocked = await h.call('/v1/evaluations', { method: 'POST', ...jsonBody({ ...fixtureInput(), product: { ...withoutId, domain: 'billing' }, subject: { domain: 'billing', name: 'refused', version: '1.0.0' }, record: true }) });
    expect(await json<{ passed: boolean; blocking: number; recorded: boolean }>(blocked)).toMatchObject({ passed: false, blocking: 1, recorded: false });
    const { domain: _domain, ...anonymous } = fixtureInput().product;
    const res = await h.call('/v1/evaluations', { method: 'POST', ...jsonBody({ product: anonymous, contracts: [], record: true }) });
    expect(res.status).toBe(422);
    expect((await json<{ errors: { pointer: string }[] }>(res)).errors[0]?.pointer).toBe('/subject');
    expect((await json<Report>(await h.call('/v1/compliance'))).mesh).toEqual(before);
  });

  it('lets every principal read the scores', async () => {
    const res = await h.call('/v1/compliance', { headers: { authorization: `Bearer ${await h.tokenFor(CONSUMER)}` } });
    expect(res.status).toBe(200);
  });
});
