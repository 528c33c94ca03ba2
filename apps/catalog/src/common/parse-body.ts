import { DescriptorError, parseDocument } from '@meshwork/descriptors';
import { CatalogError, CatalogErrorCode } from './catalog-error';

/** A request body: JSON arrives parsed; YAML arrives as text and is parsed here with the safe limits. */
export function parseBody(body: unknown): unknown {
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return body;
  try {
    return parseDocument(body, 'yaml');
  } catch (error) {
    if (error instanceof DescriptorError) throw new CatalogError(CatalogErrorCode.UNPARSABLE_DOCUMENT, error.message);
    throw error;
  }
}
