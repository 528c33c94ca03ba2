import { PlatformError, PlatformErrorCode } from '../errors/domain-error';

/** Strong ETag from a resource's revision counter and id. */
export function etagOf(id: string, revision: number): string {
  return `"${Buffer.from(`${id}:${revision}`).toString('base64url')}"`;
}

/** Enforces If-Match when the caller sent one: a stale write answers 412 instead of overwriting. */
export function checkIfMatch(ifMatch: string | undefined, current: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const candidates = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (candidates.includes(current)) return;
  throw new PlatformError(PlatformErrorCode.PRECONDITION_FAILED, `If-Match ${ifMatch} does not match the current ETag ${current}; fetch the resource again and retry.`);
}
