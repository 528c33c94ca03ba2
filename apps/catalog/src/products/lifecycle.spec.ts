import { canTransition, LIFECYCLE_STATUSES, type LifecycleStatus } from './lifecycle';

const allowed: [LifecycleStatus, LifecycleStatus][] = [
  ['draft', 'published'],
  ['draft', 'retired'],
  ['published', 'deprecated'],
  ['deprecated', 'published'],
  ['deprecated', 'retired'],
];

describe('product lifecycle', () => {
  const all = LIFECYCLE_STATUSES.flatMap((from) => LIFECYCLE_STATUSES.map((to) => [from, to] as [LifecycleStatus, LifecycleStatus]));

  it.each(all)('%s → %s is allowed only when listed', (from, to) => {
    const expected = allowed.some(([f, t]) => f === from && t === to);
    expect(canTransition(from, to)).toBe(expected);
  });

  it('retired is final', () => {
    expect(LIFECYCLE_STATUSES.filter((to) => canTransition('retired', to))).toEqual([]);
  });
});
