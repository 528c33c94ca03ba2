import { HttpException } from '@nestjs/common';
import { databaseUnavailable } from '../database/unavailable';
import { DomainError, PlatformError, PlatformErrorCode } from './domain-error';
import type { ProblemDocument } from './problem';
import { MAX_PATH_PARAM_LENGTH } from '../http/limits';
import { problemType } from './problem';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

const STATUS_CODES: Record<number, PlatformErrorCode> = {
  400: PlatformErrorCode.VALIDATION_FAILED,
  401: PlatformErrorCode.UNAUTHENTICATED,
  403: PlatformErrorCode.FORBIDDEN,
  404: PlatformErrorCode.ROUTE_NOT_FOUND,
  405: PlatformErrorCode.METHOD_NOT_ALLOWED,
  406: PlatformErrorCode.NOT_ACCEPTABLE,
  412: PlatformErrorCode.PRECONDITION_FAILED,
  413: PlatformErrorCode.PAYLOAD_TOO_LARGE,
  415: PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: PlatformErrorCode.TOO_MANY_REQUESTS,
  503: PlatformErrorCode.UNAVAILABLE,
};

/** Errors that Fastify raises while reading a request, before any handler runs. */
function fromFastify(error: FastifyLikeError): PlatformError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PlatformError(PlatformErrorCode.PAYLOAD_TOO_LARGE, error.message ?? 'Request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new PlatformError(PlatformErrorCode.UNSUPPORTED_MEDIA_TYPE, error.message ?? 'Unsupported content type');
    case 'FST_ERR_BAD_URL':
      return new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'The URL is not valid: a percent sign must be followed by two hexadecimal digits of UTF-8.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `A path parameter is longer than the ${MAX_PATH_PARAM_LENGTH} characters allowed.`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new PlatformError(PlatformErrorCode.MALFORMED_BODY, error.message ?? 'Malformed JSON body');
    default:
      break;
  }
  if (error instanceof SyntaxError && (error as FastifyLikeError).statusCode === 400) {
    return new PlatformError(PlatformErrorCode.MALFORMED_BODY, `Malformed JSON body: ${error.message}`);
  }
  return undefined;
}

function fromHttpException(error: HttpException): PlatformError {
  const status = error.getStatus();
  const code = STATUS_CODES[status] ?? (status >= 500 ? PlatformErrorCode.INTERNAL : PlatformErrorCode.VALIDATION_FAILED);
  const response = error.getResponse();
  const message = typeof response === 'object' && response !== null && 'message' in response ? (response as { message: unknown }).message : error.message;
  return new PlatformError(code, Array.isArray(message) ? message.join('; ') : String(message));
}

/** Turns any thrown value into a DomainError; unknown errors become an opaque 500. */
export function toDomainError(error: unknown): { error: DomainError; unexpected: boolean } {
  if (error instanceof DomainError) return { error, unexpected: false };
  if (error instanceof HttpException) return { error: fromHttpException(error), unexpected: false };
  const unavailable = databaseUnavailable(error);
  if (unavailable) return { error: unavailable, unexpected: false };
  if (typeof error === 'object' && error !== null) {
    const fastify = fromFastify(error as FastifyLikeError);
    if (fastify) return { error: fastify, unexpected: false };
    const status = (error as FastifyLikeError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return { error: new PlatformError(STATUS_CODES[status] ?? PlatformErrorCode.VALIDATION_FAILED, (error as Error).message), unexpected: false };
    }
  }
  return { error: new PlatformError(PlatformErrorCode.INTERNAL, 'An unexpected error occurred; it has been logged with the correlation id.'), unexpected: true };
}

export function toProblemDocument(error: DomainError, instance: string, correlationId: string | undefined): ProblemDocument {
  return {
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance,
    code: error.code,
    ...(correlationId ? { correlationId } : {}),
    ...(error.errors && error.errors.length > 0 ? { errors: error.errors } : {}),
  };
}
