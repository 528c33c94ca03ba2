import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './signing';

describe('webhook signatures', () => {
  const secret = 'whsec_test-secret-of-enough-length';
  const body = JSON.stringify({ type: 'incident.opened', incident: { id: 'i-1' } });

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret, prefixed sha256=', () => {
    const expected = createHmac('sha256', secret).update(`1795670000.${body}`).digest('hex');
    expect(signWebhook(secret, 1795670000, body)).toBe(`sha256=${expected}`);
  });

  it.each([
    ['the same secret, timestamp and body', secret, 1795670000, body, true],
    ['another secret', 'another-secret-of-enough-length', 1795670000, body, false],
    ['another timestamp', secret, 1795670001, body, false],
    ['a body changed by one character', secret, 1795670000, body.replace('i-1', 'i-2'), false],
  ])('verifies a signature made with %s: %s', (_case, key, timestamp, signedBody, valid) => {
    expect(verifyWebhook(secret, 1795670000, body, signWebhook(key, timestamp, signedBody))).toBe(valid);
  });

  it('refuses a truncated or malformed signature without throwing', () => {
    expect(verifyWebhook(secret, 1795670000, body, 'sha256=abc')).toBe(false);
    expect(verifyWebhook(secret, 1795670000, body, '')).toBe(false);
  });
});
