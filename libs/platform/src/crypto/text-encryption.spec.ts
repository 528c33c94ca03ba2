import { randomBytes } from 'node:crypto';
import { decryptText, deriveEncryptionKey, encryptText } from './text-encryption';

describe('text encryption (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('reads back what it sealed, with a fresh IV each time', () => {
    const a = encryptText(key, 'whsec_secret-value', 'row-1');
    const b = encryptText(key, 'whsec_secret-value', 'row-1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decryptText(key, a, 'row-1')).toBe('whsec_secret-value');
  });

  it.each([
    ['another key', (sealed: string) => decryptText(randomBytes(32), sealed, 'row-1')],
    ['another row', (sealed: string) => decryptText(key, sealed, 'row-2')],
    ['a changed ciphertext', (sealed: string) => decryptText(key, `${sealed.slice(0, -2)}AA`, 'row-1')],
    ['an unknown format', () => decryptText(key, 'plain-text', 'row-1')],
  ])('refuses %s', (_case, open) => {
    expect(() => open(encryptText(key, 'whsec_secret-value', 'row-1'))).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => encryptText(randomBytes(16), 'x', 'row')).toThrow(/32 bytes/);
  });

  it('derives the same key from the same secret and purpose only', () => {
    const one = deriveEncryptionKey('a secret of at least thirty-two chars', 'salt', 'info');
    expect(one).toHaveLength(32);
    expect(deriveEncryptionKey('a secret of at least thirty-two chars', 'salt', 'info').equals(one)).toBe(true);
    expect(deriveEncryptionKey('a secret of at least thirty-two chars', 'salt', 'other').equals(one)).toBe(false);
  });
});
