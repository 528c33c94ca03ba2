import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@meshwork/platform';
import { loadAccessSettings } from './settings';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('access settings', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'access-settings-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('defaults the issuer to the local URL of the service and the lifetime to 15 minutes', () => {
    expect(loadAccessSettings({ nodeEnv: 'production', port: 3003 }, { ACCESS_KEY_SECRET: SECRET })).toEqual({
      keySecret: SECRET,
      issuer: 'http://127.0.0.1:3003',
      audience: 'meshwork',
      tokenTtlSeconds: 900,
    });
  });

  it('reads the issuer and the lifetime', () => {
    const settings = loadAccessSettings({ nodeEnv: 'production', port: 3003 }, { ACCESS_KEY_SECRET: SECRET, ACCESS_ISSUER: 'https://access.example.com', ACCESS_TOKEN_TTL_SECONDS: '3600' });
    expect(settings).toMatchObject({ issuer: 'https://access.example.com', tokenTtlSeconds: 3600 });
  });

  it('requires a secret in production, refuses a short one and a lifetime over an hour, listing every problem', () => {
    const load = (env: Record<string, string>) => () => loadAccessSettings({ nodeEnv: 'production', port: 3003 }, env, { secretFile: join(dir, 'secret') });
    expect(load({})).toThrow(/ACCESS_KEY_SECRET is required in production/);
    let error: unknown;
    try {
      load({ ACCESS_KEY_SECRET: 'short', ACCESS_TOKEN_TTL_SECONDS: '3601' })();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'ACCESS_KEY_SECRET must be at least 32 characters',
      'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 3600 (got "3601")',
    ]);
  });

  it('in development, generates a secret once in a file only its owner reads, says so, and reads it back', () => {
    const secretFile = join(dir, '.meshwork', 'access-key-secret');
    const messages: string[] = [];
    const first = loadAccessSettings({ nodeEnv: 'development', port: 3003 }, {}, { secretFile, log: (m) => messages.push(m) });
    expect(first.keySecret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(secretFile, 'utf8').trim()).toBe(first.keySecret);
    expect(messages).toEqual([expect.stringContaining(secretFile)]);
    const again = loadAccessSettings({ nodeEnv: 'development', port: 3003 }, {}, { secretFile, log: (m) => messages.push(m) });
    expect(again.keySecret).toBe(first.keySecret);
    expect(messages).toHaveLength(1);
  });
});
