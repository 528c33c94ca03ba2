import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_EXEMPT_EXTENSION } from './idempotency-exempt.decorator';
import { IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_LOCK_SECONDS, IDEMPOTENCY_TTL_SECONDS } from './idempotency-key';

interface Response {
  description?: string;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

interface Operation {
  parameters?: Array<{ name?: string; in?: string }>;
  responses?: Record<string, Response>;
  security?: Array<Record<string, unknown>>;
  [extension: `x-${string}`]: unknown;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };

export const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    `Makes a retry of this write safe: a unique value (a UUID) per request, sent again unchanged on its retries. ` +
    `A repeat of the same request (method, path and body) by the same principal within ${IDEMPOTENCY_TTL_SECONDS / 3600} h gets the first response again, ` +
    `with \`Idempotent-Replayed: true\`, without running again; 5xx answers are not kept. 1–${IDEMPOTENCY_KEY_MAX_LENGTH} visible ASCII characters.`,
  schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH, pattern: '^[\\x21-\\x7e]+$' },
};

const IN_PROGRESS = `\`IDEMPOTENCY_KEY_IN_PROGRESS\`: a request with this Idempotency-Key is still running (its reservation lapses after ${IDEMPOTENCY_LOCK_SECONDS} s by default, \`MESHWORK_IDEMPOTENCY_LOCK_SECONDS\`, if it never completes); retry after \`Retry-After\` seconds.`;
const REUSED = '`IDEMPOTENCY_KEY_REUSED`: this Idempotency-Key was already used for a different request (method, path or body).';
const INVALID = 'The Idempotency-Key header is not 1–255 visible ASCII characters; `errors[]` points at it.';
const RETRY_AFTER = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };

function isPublic(operation: Operation): boolean {
  return operation.security !== undefined && operation.security.every((requirement) => Object.keys(requirement).length === 0);
}

/** Adds an answer, or says in the one already documented for that status that it may also mean this. */
function addResponse(responses: Record<string, Response>, status: string, description: string, headers?: Record<string, unknown>): void {
  const existing = responses[status];
  if (!existing) {
    responses[status] = { description, content: PROBLEM, ...(headers ? { headers } : {}) };
    return;
  }
  existing.description = existing.description ? `${existing.description} Or ${description}` : description;
  if (headers) existing.headers = { ...existing.headers, ...headers };
}

/**
 * Documents the Idempotency-Key header and its 409/422 answers on every authenticated write operation that is not
 * marked with `@IdempotencyExempt()`, and removes the marker.
 */
export function documentIdempotency(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!WRITE_METHODS.includes(method)) continue;
      const operation = value as Operation;
      const exempt = operation[IDEMPOTENCY_EXEMPT_EXTENSION] === true;
      delete operation[IDEMPOTENCY_EXEMPT_EXTENSION];
      if (exempt || isPublic(operation)) continue;
      operation.parameters = [...(operation.parameters ?? []).filter((p) => !(p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key')), IDEMPOTENCY_KEY_PARAMETER];
      const responses = (operation.responses ??= {});
      if (!responses['400']) responses['400'] = { description: INVALID, content: PROBLEM };
      addResponse(responses, '409', IN_PROGRESS, { 'Retry-After': RETRY_AFTER });
      addResponse(responses, '422', REUSED);
    }
  }
}
