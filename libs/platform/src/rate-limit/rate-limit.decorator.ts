import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const RATE_LIMIT_KEY = 'meshwork:rate-limit';
/** Marks operations in the document until `documentRateLimits` reads and removes it. */
export const RATE_LIMIT_EXTENSION = 'x-meshwork-rate-limit';

/**
 * How a route counts against the rate limits, when it is not an ordinary write: `read` for a POST that only reads
 * (a decision, an evaluation, a conversion), never limited; `token-exchange` for the API key exchange, limited per
 * client IP here and per API key by its handler. Every other POST, PUT, PATCH and DELETE is a write.
 */
export type RateLimitKind = 'read' | 'token-exchange';

export function RateLimitAs(kind: RateLimitKind): MethodDecorator {
  return applyDecorators(SetMetadata(RATE_LIMIT_KEY, kind), ApiExtension(RATE_LIMIT_EXTENSION, kind));
}
