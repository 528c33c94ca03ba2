import { createHash } from 'node:crypto';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/** Methods whose requests an Idempotency-Key makes safe to retry. */
export const IDEMPOTENT_WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A reservation whose request never completed (its process died) is released after this long, unless MESHWORK_IDEMPOTENCY_LOCK_SECONDS says otherwise. */
export const IDEMPOTENCY_LOCK_SECONDS = 60;
/** A key and its stored response are kept this long after the first request. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** Visible ASCII (RFC 5234 VCHAR): no spaces, no control characters. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** sha256 of an empty body, for requests that carry none. */
export const EMPTY_BODY_SHA256 = createHash('sha256').digest('hex');

function invalidKey(detail: string): PlatformError {
  return new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid Idempotency-Key header: ${detail}`, [{ location: 'header', pointer: `/${IDEMPOTENCY_KEY_HEADER}`, detail }]);
}

/**
 * The key of an Idempotency-Key header: 1–255 visible ASCII characters. The structured-field form of the IETF draft
 * (a quoted string, `"8e03978e-…"`) names the same key as its bare content.
 */
export function parseIdempotencyKey(header: string | string[]): string {
  if (Array.isArray(header)) throw invalidKey('send the header once');
  const key = header.length >= 2 && header.startsWith('"') && header.endsWith('"') ? header.slice(1, -1) : header;
  if (key.length === 0) throw invalidKey('must not be empty');
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) throw invalidKey(`must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters (got ${key.length})`);
  if (!VISIBLE_ASCII.test(key)) throw invalidKey('must be visible ASCII characters only (no spaces or control characters)');
  return key;
}

/** What makes two requests "the same": method, path (with query) and the sha256 of the body bytes as received. */
export function requestFingerprint(method: string, path: string, bodySha256: string): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${bodySha256}`).digest('hex');
}
