import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IDEMPOTENCY_EXEMPT_KEY = 'meshwork:idempotency-exempt';
/** Marks exempt operations in the document until `documentIdempotency` reads and removes it. */
export const IDEMPOTENCY_EXEMPT_EXTENSION = 'x-meshwork-idempotency-exempt';

/**
 * Opts a write route out of Idempotency-Key handling: reads over POST, and writes already idempotent by their own
 * ids. The header is accepted and ignored there, without any database round trip.
 */
export function IdempotencyExempt(): MethodDecorator {
  return applyDecorators(SetMetadata(IDEMPOTENCY_EXEMPT_KEY, true), ApiExtension(IDEMPOTENCY_EXEMPT_EXTENSION, true));
}
