import { CatalogError, CatalogErrorCode } from '../common/catalog-error';

/** A history cursor: the position of the last item of a page, opaque to clients. */
export function encodeSeqCursor(seq: string): string {
  return Buffer.from(`s:${seq}`).toString('base64url');
}

export function decodeSeqCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (/^s:\d{1,18}$/.test(text)) return text.slice(2);
  throw new CatalogError(CatalogErrorCode.INVALID_CURSOR, 'The cursor is not one this history returned; start again without it.', [{ location: 'query', pointer: '/cursor', detail: 'is not a valid cursor' }]);
}
