import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type WithId = IncomingMessage & { id?: string };

/**
 * The request id: the caller's x-request-id when it is sane, otherwise a new UUID. Kept on the raw request so
 * Fastify, the logger and the problem filter all use the same one.
 */
export function requestIdFor(req: IncomingMessage): string {
  const raw = req as WithId;
  if (raw.id) return raw.id;
  const header = req.headers[REQUEST_ID_HEADER];
  raw.id = typeof header === 'string' && VALID_ID.test(header) ? header : randomUUID();
  return raw.id;
}

export function requestIdOf(request: FastifyRequest): string {
  return requestIdFor(request.raw);
}
