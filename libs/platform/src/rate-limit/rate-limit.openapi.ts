import type { OpenAPIObject } from '@nestjs/swagger';
import { RATE_LIMIT_EXTENSION } from './rate-limit.decorator';

interface Response {
  description?: string;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

interface Operation {
  responses?: Record<string, Response>;
  [extension: `x-${string}`]: unknown;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } };
const WRITES =
  '`TOO_MANY_REQUESTS`: more writes than the service allows a minute to this principal or from this address ' +
  '(`MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE`, `MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds.';
const TOKENS =
  '`TOO_MANY_REQUESTS`: more token exchanges than the service allows a minute with this API key or from this address ' +
  '(`MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE`, `MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE_PER_IP`); retry after `Retry-After` seconds.';

/** Documents the 429 answer on every write and on the token exchange, and removes the `@RateLimitAs` marker. */
export function documentRateLimits(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!WRITE_METHODS.includes(method)) continue;
      const operation = value as Operation;
      const kind = operation[RATE_LIMIT_EXTENSION];
      delete operation[RATE_LIMIT_EXTENSION];
      if (kind === 'read') continue;
      const responses = (operation.responses ??= {});
      responses['429'] = { description: kind === 'token-exchange' ? TOKENS : WRITES, content: PROBLEM, headers: RETRY_AFTER };
    }
  }
}
