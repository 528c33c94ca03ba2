/** What one take answers: allowed, or refused with the whole seconds until a token is back. */
export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets beyond this many are swept of the full ones (keys idle for a minute or more) before a new one is made. */
const SWEEP_ABOVE = 10_000;

/**
 * Token buckets in memory, one per key: each holds up to `perMinute` tokens (a minute's burst) and refills at
 * `perMinute` a minute; a take spends one. Time comes in as milliseconds, so that tests drive it.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(readonly perMinute: number) {
    if (!Number.isInteger(perMinute) || perMinute < 1) throw new Error(`perMinute must be a positive integer (got ${perMinute})`);
    this.perMs = perMinute / 60_000;
  }

  take(key: string, now: number): TakeResult {
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Keys held, for tests of the sweep. */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    const known = this.buckets.get(key);
    if (known) {
      known.tokens = Math.min(this.perMinute, known.tokens + Math.max(0, now - known.updatedAt) * this.perMs);
      known.updatedAt = Math.max(known.updatedAt, now);
      return known;
    }
    if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
    const fresh = { tokens: this.perMinute, updatedAt: now };
    this.buckets.set(key, fresh);
    return fresh;
  }

  /** A bucket that has refilled to the brim says nothing a new one would not: forget it. */
  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}
