import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigError, decryptText, deriveEncryptionKey, encryptText, PLATFORM_CONFIG, type PlatformConfig } from '@meshwork/platform';

export const DEV_SECRET_KEY_FILE = '.meshwork/sla-secret-key';
const KEY_BYTES = 32;
/** Characters of a secret shown back, at its end. */
const HINT_LENGTH = 4;

type Env = Record<string, string | undefined>;

function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text.trim()) || key.length !== KEY_BYTES) throw new ConfigError([`${source} must be ${KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`]);
  return key;
}

/** In development, a key kept in a file so that restarts still read the secrets stored before. */
function developmentKey(file: string, log: (message: string) => void): Buffer {
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8'), file);
  const text = randomBytes(KEY_BYTES).toString('base64');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${text}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  log(`SLA_SECRET_KEY is not set: generated one in ${file} (development only)`);
  return Buffer.from(text, 'base64');
}

/**
 * The AES-256 key webhook secrets are encrypted under at rest: SLA_SECRET_KEY (32 bytes, base64), required in
 * production; in development one generated once into .meshwork/sla-secret-key; under test a fixed key derived for tests.
 */
export function loadSecretKey(nodeEnv: PlatformConfig['nodeEnv'], env: Env = process.env, options: { file?: string; log?: (message: string) => void } = {}): Buffer {
  const text = env.SLA_SECRET_KEY?.trim();
  if (text) return decodeKey(text, 'SLA_SECRET_KEY');
  if (nodeEnv === 'production') throw new ConfigError(['SLA_SECRET_KEY is required in production: 32 random bytes in base64 (openssl rand -base64 32)']);
  if (nodeEnv === 'test') return deriveEncryptionKey('meshwork-sla-tests-only', 'meshwork-sla', 'subscription-secrets');
  return developmentKey(options.file ?? resolve(DEV_SECRET_KEY_FILE), options.log ?? ((message) => new Logger('SubscriptionSecrets').warn(message)));
}

/** The last characters of a secret, enough to tell two apart and no more. */
export function secretHint(secret: string): string {
  return secret.slice(-HINT_LENGTH);
}

/** Encrypts and decrypts the webhook secrets of subscriptions, each bound to its subscription's id. */
@Injectable()
export class SubscriptionSecrets {
  private readonly key: Buffer;

  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.key = loadSecretKey(config.nodeEnv);
  }

  seal(subscriptionId: string, secret: string): string {
    return encryptText(this.key, secret, subscriptionId);
  }

  open(subscriptionId: string, sealed: string): string {
    return decryptText(this.key, sealed, subscriptionId);
  }
}
