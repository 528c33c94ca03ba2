import { Inject, Injectable, Optional } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/config';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import { TokenBuckets } from './token-buckets';

/** Milliseconds since the epoch; injectable so that tests drive the refill. */
export const RATE_LIMIT_CLOCK = Symbol('RATE_LIMIT_CLOCK');
export type RateLimitClock = () => number;

const bucketsOf = (perMinute: number | undefined) => (perMinute === undefined ? undefined : new TokenBuckets(perMinute));

/**
 * The limits of one process (token buckets in memory): N replicas allow N times the rate, which the per-minute
 * figures are chosen for. Each check spends one token or throws 429 problem+json with `Retry-After`.
 */
@Injectable()
export class RateLimiter {
  private readonly writesByPrincipal: TokenBuckets | undefined;
  private readonly writesByIp: TokenBuckets | undefined;
  private readonly tokensByKey: TokenBuckets | undefined;
  private readonly tokensByIp: TokenBuckets | undefined;
  private readonly now: RateLimitClock;

  constructor(@Inject(PLATFORM_CONFIG) config: Pick<PlatformConfig, 'rateLimit'>, @Optional() @Inject(RATE_LIMIT_CLOCK) clock?: RateLimitClock) {
    this.writesByPrincipal = bucketsOf(config.rateLimit.writesPerPrincipal);
    this.writesByIp = bucketsOf(config.rateLimit.writesPerIp);
    this.tokensByKey = bucketsOf(config.rateLimit.tokensPerKey);
    this.tokensByIp = bucketsOf(config.rateLimit.tokensPerIp);
    this.now = clock ?? Date.now;
  }

  /** A write from this address, before its caller is known. */
  writeFromIp(ip: string): void {
    this.spend(this.writesByIp, ip, (n) => `Too many writes from ${ip}: at most ${n} a minute from one address.`);
  }

  /** A write by this authenticated principal. */
  writeBy(principalId: string): void {
    this.spend(this.writesByPrincipal, principalId, (n) => `Too many writes by principal '${principalId}': at most ${n} a minute.`);
  }

  /** A token exchange from this address. */
  tokenExchangeFromIp(ip: string): void {
    this.spend(this.tokensByIp, ip, (n) => `Too many token exchanges from ${ip}: at most ${n} a minute from one address.`);
  }

  /** A token exchange with this API key (named by its id, never its secret). */
  tokenExchangeWith(keyId: string): void {
    this.spend(this.tokensByKey, keyId, (n) => `Too many token exchanges with API key '${keyId}': at most ${n} a minute; reuse the token until it expires.`);
  }

  private spend(buckets: TokenBuckets | undefined, key: string, detail: (perMinute: number) => string): void {
    if (!buckets) return;
    const result = buckets.take(key, this.now());
    if (result.allowed) return;
    throw new PlatformError(PlatformErrorCode.TOO_MANY_REQUESTS, `${detail(buckets.perMinute)} Retry after ${result.retryAfterSeconds} s.`, undefined, {
      'retry-after': String(result.retryAfterSeconds),
    });
  }
}
