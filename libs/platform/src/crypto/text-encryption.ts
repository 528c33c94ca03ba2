import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const KEY_BYTES = 32;

/** A 32-byte AES key derived from a secret with HKDF-SHA256; `salt` and `info` keep the keys of two uses apart. */
export function deriveEncryptionKey(secret: string | Buffer, salt: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, KEY_BYTES));
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`An AES-256 key has ${KEY_BYTES} bytes, not ${key.length}`);
}

/**
 * AES-256-GCM under `key`; `context` (the row's id) is bound as additional data, so a ciphertext cannot be moved to
 * another row. The result is `v1.<iv>.<tag>.<ciphertext>`, base64url.
 */
export function encryptText(key: Buffer, plaintext: string, context: string): string {
  checkKey(key);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Reverses encryptText; throws when the key or the context is wrong or the text was changed. */
export function decryptText(key: Buffer, sealed: string, context: string): string {
  checkKey(key);
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined) throw new Error('Unknown encrypted text format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
