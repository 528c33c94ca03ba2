import { ConfigError } from '@meshwork/platform';

/** The policies feature's own settings, read from the environment once at boot. */
export interface PolicySettings {
  /** Insert the starter policies at startup when absent (GOVERNANCE_SEED_STARTER_POLICIES, default true). */
  seedStarterPolicies: boolean;
  /**
   * How long a replica trusts its compiled set of active policies (GOVERNANCE_POLICY_CACHE_SECONDS, default 10).
   * A change made on this replica takes effect at once; one made on another replica within this delay.
   */
  policyCacheSeconds: number;
}

export const POLICY_SETTINGS = Symbol('POLICY_SETTINGS');

/** Where time comes from, so that tests can move it. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

/** A fresh clock per application, so that a test may replace its `now` without touching another. */
export function systemClock(): Clock {
  return { now: () => new Date() };
}

type Env = Record<string, string | undefined>;

function flag(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${value}")`);
  return fallback;
}

export function loadPolicySettings(env: Env = process.env): PolicySettings {
  const problems: string[] = [];
  const seedStarterPolicies = flag('GOVERNANCE_SEED_STARTER_POLICIES', env.GOVERNANCE_SEED_STARTER_POLICIES, true, problems);
  const cacheText = env.GOVERNANCE_POLICY_CACHE_SECONDS || '10';
  const policyCacheSeconds = Number(cacheText);
  if (!Number.isInteger(policyCacheSeconds) || policyCacheSeconds < 0 || policyCacheSeconds > 3600) {
    problems.push(`GOVERNANCE_POLICY_CACHE_SECONDS must be an integer between 0 and 3600 (got "${cacheText}")`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { seedStarterPolicies, policyCacheSeconds };
}
