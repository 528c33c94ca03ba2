import { PlatformError, PlatformErrorCode } from '../errors/domain-error';

/** Seconds a client is told to wait (Retry-After) before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that could not be made or was lost. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs that say the server is away or cannot take the work now, not that the request is wrong: connection
 * exceptions (class 08), shutdown and start-up (57P01-57P03), too many connections (53300) and a statement cancelled
 * by statement_timeout (57014).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** What node-postgres says when a pool cannot hand out a connection in time or a connection ends under a query. */
const LOST_CONNECTION_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
}

function isUnavailableCause(error: ErrorLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return LOST_CONNECTION_MESSAGES.some((known) => message.startsWith(known));
}

/**
 * Whether an error (or the driver error it wraps, as TypeORM's QueryFailedError does) means the database is unreachable.
 * An error's `cause` is not followed: a failed fetch to another service carries ECONNREFUSED there, and is not ours.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as ErrorLike;
  if (isUnavailableCause(candidate)) return true;
  const driverError = candidate.driverError;
  return typeof driverError === 'object' && driverError !== null && isUnavailableCause(driverError as ErrorLike);
}

/** The 503 a request gets while the database cannot be reached: a problem+json with Retry-After, never a 500. */
export function databaseUnavailable(error: unknown): PlatformError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return new PlatformError(PlatformErrorCode.UNAVAILABLE, 'The database cannot be reached; try again later.', undefined, { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) });
}
