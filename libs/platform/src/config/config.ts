import { DATABASE_POOL_SIZE } from '../database/database';
import { IDEMPOTENCY_LOCK_SECONDS } from '../idempotency/idempotency-key';
import { type RateLimitSettings, rateLimitSettings } from '../rate-limit/rate-limit.settings';

/** Settings every service reads from the environment, validated once at boot. */
export interface PlatformConfig {
  serviceName: string;
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  /** Bearer token accepted as the platform admin until the access service issues tokens. */
  devToken: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Seconds the Idempotency-Key of a request that never completed stays reserved before a retry takes it over. */
  idempotencyLockSeconds: number;
  /** Most connections the service's pool holds open to PostgreSQL at once; requests beyond wait for one. */
  databasePoolSize: number;
  /** Base URL of the access service, where consumers ask for access. */
  accessUrl: string;
  /** Verification of JWT bearer tokens issued by an identity provider; undefined when AUTH_JWKS_URL is not set. */
  jwt: JwtSettings | undefined;
  /** Requests a minute per principal, API key and client IP (writes and token exchanges). */
  rateLimit: RateLimitSettings;
}

/** Where a service finds the identity provider's keys and what it expects in its tokens. */
export interface JwtSettings {
  /** URL of the JSON Web Key Set holding the provider's public signing keys. */
  jwksUrl: string;
  /** Required `iss` claim. */
  issuer: string;
  /** Required `aud` claim (one of the token's audiences). */
  audience: string;
  /** Claim holding the global roles: an array of role names. */
  rolesClaim: string;
  /** Claim holding the team roles: an array of `{ team, role }` objects or `"team:role"` strings. */
  teamsClaim: string;
}

export interface ServiceDefaults {
  serviceName: string;
  port: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], problems: string[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return allowed[0];
}

function integer(name: string, value: string, min: number, max: number, problems: string[]): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  problems.push(`${name} must be an integer between ${min} and ${max} (got "${value}")`);
  return min;
}

function databaseUrl(value: string | undefined, problems: string[]): string {
  if (!value) {
    problems.push('DATABASE_URL is required (postgres://user:password@host:port/database)');
    return '';
  }
  if (!/^postgres(ql)?:\/\//.test(value)) problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  return value;
}

function httpUrl(name: string, value: string, problems: string[]): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) problems.push(`${name} must be an http:// or https:// URL (got "${value}")`);
  return value;
}

const JWT_VARIABLES = ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_ROLES_CLAIM', 'AUTH_TEAMS_CLAIM'] as const;

function jwtSettings(env: Env, problems: string[]): JwtSettings | undefined {
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (jwksUrl === undefined) {
    const stray = JWT_VARIABLES.filter((name) => env[name]);
    if (stray.length > 0) problems.push(`${stray.join(', ')} ${stray.length === 1 ? 'takes' : 'take'} effect only with AUTH_JWKS_URL, which is not set`);
    return undefined;
  }
  const issuer = env.AUTH_ISSUER || '';
  if (!issuer) problems.push('AUTH_ISSUER is required when AUTH_JWKS_URL is set (the exact "iss" of the tokens)');
  return {
    jwksUrl: httpUrl('AUTH_JWKS_URL', jwksUrl, problems),
    issuer,
    audience: env.AUTH_AUDIENCE || 'meshwork',
    rolesClaim: env.AUTH_ROLES_CLAIM || 'roles',
    teamsClaim: env.AUTH_TEAMS_CLAIM || 'teams',
  };
}

/** Reads and validates the environment; throws one ConfigError listing every problem. */
export function loadPlatformConfig(defaults: ServiceDefaults, env: Env = process.env): PlatformConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf('NODE_ENV', env.NODE_ENV ?? 'development', NODE_ENVS, problems);
  const devToken = env.MESHWORK_DEV_TOKEN || undefined;
  if (devToken !== undefined && devToken.length < 16) problems.push('MESHWORK_DEV_TOKEN must be at least 16 characters');
  if (nodeEnv === 'production' && devToken !== undefined) problems.push('MESHWORK_DEV_TOKEN must not be set in production');
  const config: PlatformConfig = {
    serviceName: defaults.serviceName,
    nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port: integer('PORT', env.PORT ?? String(defaults.port), 0, 65535, problems),
    databaseUrl: databaseUrl(env.DATABASE_URL, problems),
    devToken,
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'), LOG_LEVELS, problems),
    bodyLimit: integer('MESHWORK_BODY_LIMIT', env.MESHWORK_BODY_LIMIT ?? String(1024 * 1024), 1024, 64 * 1024 * 1024, problems),
    idempotencyLockSeconds: integer('MESHWORK_IDEMPOTENCY_LOCK_SECONDS', env.MESHWORK_IDEMPOTENCY_LOCK_SECONDS ?? String(IDEMPOTENCY_LOCK_SECONDS), 5, 3600, problems),
    databasePoolSize: integer('MESHWORK_DB_POOL_SIZE', env.MESHWORK_DB_POOL_SIZE ?? String(DATABASE_POOL_SIZE), 1, 1000, problems),
    accessUrl: env.MESHWORK_ACCESS_URL ?? 'http://127.0.0.1:3003',
    jwt: jwtSettings(env, problems),
    rateLimit: rateLimitSettings(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Injection token for the validated PlatformConfig. */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
