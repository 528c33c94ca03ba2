import { readWholeFeed } from '@meshwork/testing';
import type { GovernanceHarness } from './support';
import { createPolicy, futureIso, policyBody, startPolicies, transition } from './policies-support';

const GRACE = 'io.meshwork.governance.policy.grace.v1';
const ENFORCED = 'io.meshwork.governance.policy.enforced.v1';
const RETIRED = 'io.meshwork.governance.policy.retired.v1';

describe('the governance event feed (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;

  beforeAll(async () => {
    h = await startPolicies();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('writes policy.grace, policy.enforced and policy.retired with each lifecycle move, and nothing for a refused one', async () => {
    const start = (await readWholeFeed(h.call)).next;
    await createPolicy(h, policyBody('feed-policy'));
    const until = futureIso(7);
    expect((await transition(h, 'feed-policy', { to: 'grace', graceUntil: until })).status).toBe(200);
    expect((await transition(h, 'feed-policy', { to: 'enforced' })).status).toBe(200);
    expect((await transition(h, 'feed-policy', { to: 'grace', graceUntil: until })).status).not.toBe(200);
    expect((await transition(h, 'feed-policy', { to: 'retired' })).status).toBe(200);
    const { items } = await readWholeFeed(h.call, { after: start });
    expect(items.map((e) => [e.source, e.type, e.subject, e.data.from, e.data.to])).toEqual([
      ['/meshwork/governance', GRACE, 'feed-policy', 'draft', 'grace'],
      ['/meshwork/governance', ENFORCED, 'feed-policy', 'grace', 'enforced'],
      ['/meshwork/governance', RETIRED, 'feed-policy', 'enforced', 'retired'],
    ]);
    expect(items[0].data).toMatchObject({ policyId: 'feed-policy', version: 1, graceUntil: new Date(until).toISOString(), previousActiveVersion: null });
    expect(items[1].data.graceUntil).toBeNull();
  });
});
