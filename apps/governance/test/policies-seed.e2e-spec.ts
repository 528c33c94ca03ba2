import { STARTER_POLICIES } from '@meshwork/policies';
import { DataSource } from 'typeorm';
import { seedStarterPolicies } from '../src/policies/starter-policies';
import { type GovernanceHarness, json } from './support';
import { fixtureInput, startPolicies, transition } from './policies-support';

interface Page {
  items: { id: string; state: string; createdBy: string }[];
  total: number;
}

describe('starter policies (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;

  beforeAll(async () => {
    h = await startPolicies();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('are seeded at startup by default', async () => {
    const page = await json<Page>(await h.call('/v1/policies?limit=200'));
    expect(page.items.map((p) => p.id)).toEqual(STARTER_POLICIES.map((p) => p.id).sort());
    expect(page.items.every((p) => p.createdBy === 'meshwork')).toBe(true);
    const bundle = await json<{ policies: { id: string }[] }>(await h.call('/v1/bundle'));
    expect(bundle.policies.map((p) => p.id)).toEqual(STARTER_POLICIES.filter((p) => p.state === 'grace' || p.state === 'enforced').map((p) => p.id).sort());
    const evaluation = await json<{ results: unknown[]; passed: boolean }>(await h.call('/v1/evaluations', { method: 'POST', body: JSON.stringify(fixtureInput()), headers: { 'content-type': 'application/json' } }));
    expect(evaluation.results).toHaveLength(bundle.policies.length);
  });

  it('are inserted once, by concurrent seeders too, and a changed one is left alone', async () => {
    const first = STARTER_POLICIES[0];
    if (!first) throw new Error('no starter policies');
    expect((await transition(h, first.id, { to: 'retired' })).status).toBe(200);
    const dataSource = h.app.get(DataSource);
    const runs = await Promise.all([seedStarterPolicies(dataSource, STARTER_POLICIES), seedStarterPolicies(dataSource, STARTER_POLICIES)]);
    expect(runs).toEqual([[], []]);
    expect(await json(await h.call(`/v1/policies/${first.id}`))).toMatchObject({ state: 'retired', latestVersion: 1 });
    expect((await json<Page>(await h.call('/v1/policies'))).total).toBe(STARTER_POLICIES.length);
  });

  it('are not seeded when GOVERNANCE_SEED_STARTER_POLICIES is false', async () => {
    const bare = await startPolicies({ GOVERNANCE_SEED_STARTER_POLICIES: 'false' });
    try {
      expect((await json<Page>(await bare.call('/v1/policies'))).total).toBe(0);
    } finally {
      await bare.close();
    }
  });
});
