import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@meshwork/platform';
import { loadSecretKey, secretHint } from './subscription-secrets';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('the key of webhook secrets', () => {
  it('reads SLA_SECRET_KEY as 32 bytes of base64', () => {
    expect(loadSecretKey('production', { SLA_SECRET_KEY: KEY }).equals(Buffer.alloc(32, 7))).toBe(true);
  });

  it.each([
    ['too short', Buffer.alloc(16).toString('base64')],
    ['not base64', 'not base64 at all, but long enough to be thirty-two'],
  ])('refuses a key %s', (_case, value) => {
    expect(() => loadSecretKey('production', { SLA_SECRET_KEY: value })).toThrow(ConfigError);
  });

  it('is required in production', () => {
    expect(() => loadSecretKey('production', {})).toThrow(/SLA_SECRET_KEY is required in production/);
  });

  it('is fixed under test, so that a test reads what another process stored', () => {
    expect(loadSecretKey('test', {}).equals(loadSecretKey('test', {}))).toBe(true);
    expect(loadSecretKey('test', {})).toHaveLength(32);
  });

  it('is generated once into a private file in development, and read from it after', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sla-key-')), 'nested', 'sla-secret-key');
    const logs: string[] = [];
    const first = loadSecretKey('development', {}, { file, log: (m) => logs.push(m) });
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(first)).toBe(true);
    expect(loadSecretKey('development', {}, { file, log: (m) => logs.push(m) }).equals(first)).toBe(true);
    expect(logs).toHaveLength(1);
  });

  it('hints a secret by its last four characters', () => {
    expect(secretHint('whsec_6Qm2v8XkTzN4pL0rYb1cHs9d')).toBe('Hs9d');
  });
});
