import type { ProblemFieldError, ProblemSpec } from './problem';
import { assertUnreachable } from './problem';

/** Base of every service's typed error: a stable code, its HTTP mapping and a precise detail. */
export abstract class DomainError<C extends string = string> extends Error {
  readonly status: number;
  readonly title: string;

  protected constructor(
    readonly code: C,
    spec: ProblemSpec,
    readonly detail: string,
    readonly errors?: ProblemFieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.status = spec.status;
    this.title = spec.title;
  }
}

/** Errors that the platform itself raises, shared by every service. */
export enum PlatformErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  MALFORMED_BODY = 'MALFORMED_BODY',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  ROUTE_NOT_FOUND = 'ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  NOT_ACCEPTABLE = 'NOT_ACCEPTABLE',
  PRECONDITION_FAILED = 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  IDEMPOTENCY_KEY_IN_PROGRESS = 'IDEMPOTENCY_KEY_IN_PROGRESS',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL = 'INTERNAL',
  UNAVAILABLE = 'UNAVAILABLE',
}

export function platformProblem(code: PlatformErrorCode): ProblemSpec {
  switch (code) {
    case PlatformErrorCode.VALIDATION_FAILED:
      return { status: 400, title: 'The request is invalid' };
    case PlatformErrorCode.MALFORMED_BODY:
      return { status: 400, title: 'The request body cannot be parsed' };
    case PlatformErrorCode.UNAUTHENTICATED:
      return { status: 401, title: 'Authentication required' };
    case PlatformErrorCode.FORBIDDEN:
      return { status: 403, title: 'Not allowed' };
    case PlatformErrorCode.ROUTE_NOT_FOUND:
      return { status: 404, title: 'No such route' };
    case PlatformErrorCode.METHOD_NOT_ALLOWED:
      return { status: 405, title: 'Method not allowed' };
    case PlatformErrorCode.NOT_ACCEPTABLE:
      return { status: 406, title: 'No acceptable representation' };
    case PlatformErrorCode.PRECONDITION_FAILED:
      return { status: 412, title: 'The resource has changed' };
    case PlatformErrorCode.PAYLOAD_TOO_LARGE:
      return { status: 413, title: 'The request body is too large' };
    case PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return { status: 415, title: 'Unsupported content type' };
    case PlatformErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS:
      return { status: 409, title: 'A request with this Idempotency-Key is still running' };
    case PlatformErrorCode.IDEMPOTENCY_KEY_REUSED:
      return { status: 422, title: 'The Idempotency-Key was used for a different request' };
    case PlatformErrorCode.TOO_MANY_REQUESTS:
      return { status: 429, title: 'Too many requests' };
    case PlatformErrorCode.INTERNAL:
      return { status: 500, title: 'Internal error' };
    case PlatformErrorCode.UNAVAILABLE:
      return { status: 503, title: 'Service unavailable' };
    default:
      return assertUnreachable(code);
  }
}

export class PlatformError extends DomainError<PlatformErrorCode> {
  constructor(code: PlatformErrorCode, detail: string, errors?: ProblemFieldError[], headers?: Record<string, string>) {
    super(code, platformProblem(code), detail, errors, headers);
  }
}
