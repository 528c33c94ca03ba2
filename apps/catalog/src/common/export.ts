import { exportDocument } from '@meshwork/descriptors';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import type { FastifyReply } from 'fastify';

/** OpenAPI content of an exported document. */
export const DOCUMENT_CONTENT = {
  'application/yaml': { schema: { type: 'string' as const, description: 'The stored document as YAML.' } },
  'application/json': { schema: { type: 'object' as const, additionalProperties: true, description: 'The stored document as JSON.' } },
};

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

/** Picks YAML or JSON from the Accept header; YAML when the caller accepts anything. */
export function negotiateFormat(accept: string | undefined): 'yaml' | 'json' {
  if (!accept) return 'yaml';
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  for (const type of types) {
    if (YAML_TYPES.includes(type)) return 'yaml';
    if (type === 'application/json') return 'json';
    if (type === '*/*' || type === 'application/*' || type === 'text/*') return 'yaml';
  }
  throw new PlatformError(PlatformErrorCode.NOT_ACCEPTABLE, `Cannot answer with ${accept}; documents are available as application/yaml or application/json.`);
}

/** Sends a stored ODPS/ODCS document exactly as kept, in the negotiated format. */
export function sendDocument(reply: FastifyReply, document: unknown, accept: string | undefined, etag: string): string {
  const format = negotiateFormat(accept);
  void reply.header('content-type', format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8').header('etag', etag).header('vary', 'Accept');
  return exportDocument(document, format);
}
