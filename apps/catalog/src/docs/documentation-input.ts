import { createHash } from 'node:crypto';
import { PlatformError, PlatformErrorCode, type ProblemFieldError } from '@meshwork/platform';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { isObject } from '../common/json';

/** Largest Markdown document kept for a product or a port (UTF-8 bytes). */
export const MAX_DOCUMENTATION_BYTES = 256 * 1024;

/**
 * Documentation sent in the registration envelope: Markdown for the product and for ports (by port name or URN).
 * A `null` removes what the version would otherwise carry over from the version before it.
 */
export interface SubmittedDocumentation {
  product?: string | null;
  ports: Record<string, string | null>;
}

export function markdownHash(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex');
}

/** Refuses Markdown over the size limit (413) and empty Markdown (400); `pointer` locates it in the request. */
export function checkMarkdown(markdown: string, pointer: string): void {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes > MAX_DOCUMENTATION_BYTES) {
    throw new PlatformError(PlatformErrorCode.PAYLOAD_TOO_LARGE, `Documentation is ${bytes} bytes; at most ${MAX_DOCUMENTATION_BYTES} bytes (256 KiB) of Markdown are kept per product or port.`, [
      { pointer, detail: `is ${bytes} bytes, over the limit of ${MAX_DOCUMENTATION_BYTES}` },
    ]);
  }
  if (markdown.trim() === '') {
    throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'Documentation is empty; send Markdown text, or delete the documentation instead.', [{ pointer, detail: 'must not be empty' }]);
  }
}

const invalid = (errors: ProblemFieldError[]) =>
  new CatalogError(CatalogErrorCode.INVALID_DOCUMENT, `The envelope's documentation is invalid: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`, errors);

/** Reads the envelope's `documentation` field: `{ product?: markdown | null, ports?: { <port name or URN>: markdown | null } }`. */
export function readSubmittedDocumentation(value: unknown): SubmittedDocumentation {
  if (!isObject(value)) throw invalid([{ pointer: '/documentation', detail: 'must be an object { product, ports }' }]);
  const errors: ProblemFieldError[] = Object.keys(value)
    .filter((key) => key !== 'product' && key !== 'ports')
    .map((key) => ({ pointer: `/documentation/${key}`, detail: 'is not a known documentation field (product, ports)' }));
  const isMarkdown = (v: unknown) => v === null || typeof v === 'string';
  if (value.product !== undefined && !isMarkdown(value.product)) errors.push({ pointer: '/documentation/product', detail: 'must be Markdown text or null' });
  const ports = value.ports ?? {};
  if (!isObject(ports)) errors.push({ pointer: '/documentation/ports', detail: 'must be an object of Markdown text by port name or URN' });
  else for (const [key, text] of Object.entries(ports)) if (!isMarkdown(text)) errors.push({ pointer: `/documentation/ports/${pointerToken(key)}`, detail: 'must be Markdown text or null' });
  if (errors.length > 0) throw invalid(errors);
  const documentation: SubmittedDocumentation = { ports: ports as Record<string, string | null> };
  if (value.product !== undefined) documentation.product = value.product as string | null;
  if (typeof documentation.product === 'string') checkMarkdown(documentation.product, '/documentation/product');
  for (const [key, text] of Object.entries(documentation.ports)) if (typeof text === 'string') checkMarkdown(text, `/documentation/ports/${pointerToken(key)}`);
  return documentation;
}

/** A key as one RFC 6901 reference token. */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
