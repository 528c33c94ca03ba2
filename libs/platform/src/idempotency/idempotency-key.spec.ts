import { createHash } from 'node:crypto';
import { PlatformError } from '../errors/domain-error';
import { EMPTY_BODY_SHA256, IDEMPOTENCY_KEY_MAX_LENGTH, parseIdempotencyKey, requestFingerprint } from './idempotency-key';

function rejection(header: string | string[]): PlatformError {
  try {
    parseIdempotencyKey(header);
  } catch (error) {
    return error as PlatformError;
  }
  throw new Error(`accepted ${JSON.stringify(header)}`);
}

describe('parseIdempotencyKey', () => {
  it.each([
    ['a UUID', '8e03978e-40d5-43e8-bc93-6894a57f9324', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    ['one character', 'x', 'x'],
    ['255 characters', 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH), 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH)],
    ['punctuation', 'job:42/run#7~!', 'job:42/run#7~!'],
    ['a structured-field string', '"8e03978e-40d5"', '8e03978e-40d5'],
  ])('accepts %s', (_name, header, key) => {
    expect(parseIdempotencyKey(header)).toBe(key);
  });

  it.each([
    ['an empty value', '', 'must not be empty'],
    ['an empty quoted string', '""', 'must not be empty'],
    ['256 characters', 'k'.repeat(256), 'at most 255 characters (got 256)'],
    ['a space', 'a b', 'visible ASCII'],
    ['two keys joined by a proxy', 'a, b', 'visible ASCII'],
    ['a tab', 'a\tb', 'visible ASCII'],
    ['non-ASCII', 'clé', 'visible ASCII'],
    ['a control character', 'a\u0001', 'visible ASCII'],
  ])('rejects %s with a 400 pointing at the header', (_name, header, detail) => {
    const error = rejection(header);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ location: 'header', pointer: '/idempotency-key', detail: expect.stringContaining(detail) as unknown }]);
  });

  it('rejects the header sent twice', () => {
    expect(rejection(['a', 'b']).errors?.[0].detail).toBe('send the header once');
  });
});

describe('requestFingerprint', () => {
  const body = createHash('sha256').update('{"name":"crm"}').digest('hex');
  const base = requestFingerprint('POST', '/v1/domains', body);

  it('is a sha256 in hex, stable for the same request', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(requestFingerprint('POST', '/v1/domains', body)).toBe(base);
    expect(requestFingerprint('post', '/v1/domains', body)).toBe(base);
  });

  it.each([
    ['the method', () => requestFingerprint('PUT', '/v1/domains', body)],
    ['the path', () => requestFingerprint('POST', '/v1/domains/crm', body)],
    ['the query', () => requestFingerprint('POST', '/v1/domains?x=1', body)],
    ['the body', () => requestFingerprint('POST', '/v1/domains', EMPTY_BODY_SHA256)],
  ])('changes with %s', (_name, other) => {
    expect(other()).not.toBe(base);
  });

  it('knows the sha256 of an empty body', () => {
    expect(EMPTY_BODY_SHA256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
