import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigError, type PlatformConfig } from '@meshwork/platform';

/** The access service's own settings: how it signs the tokens it issues. */
export interface AccessSettings {
  /** Secret the private signing keys are encrypted under at rest (32+ characters). */
  keySecret: string;
  /** `iss` of the tokens issued. */
  issuer: string;
  /** Audience of the tokens issued. */
  audience: string;
  /** Lifetime of an issued token, in seconds (at most one hour). */
  tokenTtlSeconds: number;
}

export const ACCESS_SETTINGS = Symbol('ACCESS_SETTINGS');

/** Longest lifetime a token may be configured with; retired keys stay published at least this long. */
export const MAX_TOKEN_TTL_SECONDS = 3600;
export const DEFAULT_TOKEN_TTL_SECONDS = 900;
export const DEV_KEY_SECRET_FILE = '.meshwork/access-key-secret';

type Env = Record<string, string | undefined>;

/** In development, a key secret kept in a file so that restarts can still read the keys. */
function developmentKeySecret(file: string, log: (message: string) => void): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  log(`ACCESS_KEY_SECRET is not set: generated one in ${file} (development only)`);
  return secret;
}

/** Reads and validates ACCESS_KEY_SECRET, ACCESS_ISSUER and ACCESS_TOKEN_TTL_SECONDS; throws one ConfigError listing every problem. */
export function loadAccessSettings(
  config: Pick<PlatformConfig, 'nodeEnv' | 'port'>,
  env: Env = process.env,
  options: { secretFile?: string; log?: (message: string) => void } = {},
): AccessSettings {
  const log = options.log ?? ((message: string) => new Logger('AccessSettings').warn(message));
  const problems: string[] = [];
  let keySecret = env.ACCESS_KEY_SECRET || '';
  if (keySecret === '') {
    if (config.nodeEnv === 'production') problems.push('ACCESS_KEY_SECRET is required in production (32 or more characters)');
    else keySecret = developmentKeySecret(options.secretFile ?? resolve(DEV_KEY_SECRET_FILE), log);
  } else if (keySecret.length < 32) {
    problems.push('ACCESS_KEY_SECRET must be at least 32 characters');
  }
  const ttlText = env.ACCESS_TOKEN_TTL_SECONDS ?? String(DEFAULT_TOKEN_TTL_SECONDS);
  const tokenTtlSeconds = Number(ttlText);
  if (!Number.isInteger(tokenTtlSeconds) || tokenTtlSeconds < 60 || tokenTtlSeconds > MAX_TOKEN_TTL_SECONDS) {
    problems.push(`ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and ${MAX_TOKEN_TTL_SECONDS} (got "${ttlText}")`);
  }
  const issuer = env.ACCESS_ISSUER || `http://127.0.0.1:${config.port}`;
  if (problems.length > 0) throw new ConfigError(problems);
  return { keySecret, issuer, audience: 'meshwork', tokenTtlSeconds };
}
