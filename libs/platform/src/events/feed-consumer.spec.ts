import { consumerLockKey, feedBackoff } from './feed-consumer';

describe('feed consumer backoff', () => {
  it.each([
    [0, 0],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [5, 16000],
    [6, 30000],
    [60, 30000],
  ])('after %i failures pauses %i ms (without jitter)', (failures, pause) => {
    expect(feedBackoff(failures, 1000, 30000, () => 1)).toBe(pause);
  });

  it('jitters by at most a fifth downwards', () => {
    expect(feedBackoff(3, 1000, 30000, () => 0)).toBe(3200);
  });
});

describe('feed consumer lock keys', () => {
  it('differ per schema and feed, and stay the same for one', () => {
    expect(consumerLockKey('sla', 'catalog:slo-derivation')).toBe(consumerLockKey('sla', 'catalog:slo-derivation'));
    expect(consumerLockKey('sla', 'catalog:slo-derivation')).not.toBe(consumerLockKey('sla', 'catalog:runs'));
    expect(consumerLockKey('sla', 'catalog')).not.toBe(consumerLockKey('access', 'catalog'));
    expect(BigInt(consumerLockKey('sla', 'x'))).toBeLessThanOrEqual(2n ** 63n - 1n);
  });
});
