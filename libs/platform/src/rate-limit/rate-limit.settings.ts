/** Requests a minute allowed per key; `undefined` when the limit is off (the variable set to 0). */
export interface RateLimitSettings {
  /** Writes (POST, PUT, PATCH, DELETE that change state) per authenticated principal. */
  writesPerPrincipal: number | undefined;
  /** Writes per client IP address, counted before authentication. */
  writesPerIp: number | undefined;
  /** Token exchanges (`POST /v1/auth/token`) per API key. */
  tokensPerKey: number | undefined;
  /** Token exchanges per client IP address. */
  tokensPerIp: number | undefined;
}

/**
 * Generous enough for the test suites, the benchmarks and the mesh story on one machine, where every call comes
 * from one address and most from one principal; an operator tightens them per deployment.
 */
export const RATE_LIMIT_DEFAULTS = {
  writesPerPrincipal: 12_000,
  writesPerIp: 30_000,
  tokensPerKey: 60,
  tokensPerIp: 600,
} as const;

type Env = Record<string, string | undefined>;

const MAX_PER_MINUTE = 10_000_000;

function perMinute(name: string, value: string | undefined, fallback: number, problems: string[]): number | undefined {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_PER_MINUTE) {
    problems.push(`${name} must be an integer between 0 (no limit) and ${MAX_PER_MINUTE} (got "${value}")`);
    return fallback;
  }
  return n === 0 ? undefined : n;
}

/** Reads the rate limits from the environment; each problem is added to `problems`. */
export function rateLimitSettings(env: Env, problems: string[]): RateLimitSettings {
  return {
    writesPerPrincipal: perMinute('MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE', env.MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE, RATE_LIMIT_DEFAULTS.writesPerPrincipal, problems),
    writesPerIp: perMinute('MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP', env.MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP, RATE_LIMIT_DEFAULTS.writesPerIp, problems),
    tokensPerKey: perMinute('MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE', env.MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE, RATE_LIMIT_DEFAULTS.tokensPerKey, problems),
    tokensPerIp: perMinute('MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE_PER_IP', env.MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE_PER_IP, RATE_LIMIT_DEFAULTS.tokensPerIp, problems),
  };
}
