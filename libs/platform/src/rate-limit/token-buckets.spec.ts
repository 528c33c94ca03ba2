import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  it('allows a minute of requests at once, then refuses the next with the seconds until one is back', () => {
    const buckets = new TokenBuckets(3);
    expect([1, 2, 3].map(() => buckets.take('alice', 0).allowed)).toEqual([true, true, true]);
    // 3 a minute: one token every 20 s.
    expect(buckets.take('alice', 0)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(buckets.take('alice', 15_000)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(buckets.take('alice', 20_000)).toEqual({ allowed: true });
  });

  it('keeps one bucket per key', () => {
    const buckets = new TokenBuckets(1);
    expect(buckets.take('alice', 0).allowed).toBe(true);
    expect(buckets.take('alice', 0).allowed).toBe(false);
    expect(buckets.take('bob', 0).allowed).toBe(true);
  });

  it('refills no further than a minute of requests, however long the pause', () => {
    const buckets = new TokenBuckets(2);
    buckets.take('alice', 0);
    const after = [1, 2, 3].map(() => buckets.take('alice', 3_600_000).allowed);
    expect(after).toEqual([true, true, false]);
  });

  it('never answers a Retry-After under one second', () => {
    const buckets = new TokenBuckets(600_000);
    for (let i = 0; i < 600_000; i++) buckets.take('alice', 0);
    expect(buckets.take('alice', 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('ignores a clock that steps back', () => {
    const buckets = new TokenBuckets(1);
    buckets.take('alice', 60_000);
    expect(buckets.take('alice', 0).allowed).toBe(false);
    expect(buckets.take('alice', 120_000).allowed).toBe(true);
  });

  it('forgets the keys whose buckets have refilled once it holds many', () => {
    const buckets = new TokenBuckets(60);
    for (let i = 0; i < 10_000; i++) buckets.take(`ip-${i}`, 0);
    expect(buckets.size).toBe(10_000);
    buckets.take('late', 60_000);
    expect(buckets.size).toBe(1);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new TokenBuckets(0)).toThrow('perMinute must be a positive integer (got 0)');
  });
});
