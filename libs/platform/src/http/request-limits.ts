import { Logger } from '@nestjs/common';
import { Transform } from 'node:stream';
import { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import type { ProblemFieldError } from '../errors/problem';
import { sendProblem } from '../errors/problem.filter';
import { MAX_INPUT_DEPTH, MAX_PATH_PARAM_LENGTH } from './limits';

type Location = NonNullable<ProblemFieldError['location']>;

/** The pointer of the first place in `value` nested deeper than `max` levels, without recursion (a deep value must not overflow the stack). */
export function tooDeepAt(value: unknown, max = MAX_INPUT_DEPTH): string | undefined {
  const stack: { node: unknown; depth: number; pointer: string }[] = [{ node: value, depth: 1, pointer: '' }];
  while (stack.length > 0) {
    const { node, depth, pointer } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return pointer;
    for (const [key, child] of Object.entries(node)) if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${escape(key)}` });
  }
  return undefined;
}

/** The pointer of the first string (value or key) holding a NUL character, which PostgreSQL text cannot store. */
export function nulAt(value: unknown): string | undefined {
  const stack: { node: unknown; pointer: string }[] = [{ node: value, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return pointer;
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key.includes('\u0000')) return `${pointer}/${escape(key)}`;
      stack.push({ node: child, pointer: `${pointer}/${escape(key)}` });
    }
  }
  return undefined;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Rejects input nested deeper than MAX_INPUT_DEPTH or holding a NUL character, before anything walks it. */
export function assertInputWithinLimits(value: unknown, location: Location): void {
  const deep = tooDeepAt(value);
  if (deep !== undefined) {
    const detail = `nests objects and arrays deeper than ${MAX_INPUT_DEPTH} levels`;
    throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid ${location}: ${deep || '/'} ${detail}.`, [{ location, pointer: deep, detail }]);
  }
  const nul = nulAt(value);
  if (nul !== undefined) {
    const detail = 'must not contain the NUL character (\\u0000)';
    throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid ${location}: ${nul || '/'} ${detail}.`, [{ location, pointer: nul, detail }]);
  }
}

const logger = new Logger('RequestLimits');

/**
 * Fastify options of every service: the path parameter limit, and problem+json for what the router refuses before any
 * hook or filter runs (a malformed percent-encoding, an over-long parameter).
 */
export function requestLimitOptions(): { routerOptions: { maxParamLength: number }; frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => void } {
  return {
    routerOptions: { maxParamLength: MAX_PATH_PARAM_LENGTH },
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply, logger),
  };
}

/** Bodies up to this many times the body limit are read to their end before the 413 (see `readRefusedBodies`). */
export const REFUSED_BODY_READ_FACTOR = 16;

/**
 * The limit to give Fastify, service-wide or on a route, for a body limit of `bodyLimit` bytes: the largest body read
 * to its end. Above it Fastify refuses at once and closes the connection; `readRefusedBodies` enforces `bodyLimit`.
 */
export function fastifyBodyLimit(bodyLimit: number): number {
  return bodyLimit * REFUSED_BODY_READ_FACTOR;
}

/**
 * A body refused before it is read leaves the client sending into a connection that is then closed: its unread bytes
 * reset the connection and the client sees EPIPE or ECONNRESET instead of the 413. So Fastify is given
 * `fastifyBodyLimit` of the body limit (its route's, or the service's), and this hook enforces the body limit
 * itself: it passes the first bytes up to the limit, throws the rest away as it arrives, and fails with Fastify's
 * body-too-large error only once the whole body is in. The client gets the problem document, and no more than the
 * limit is ever kept. Register it before any other `preParsing` hook, so that those see only bodies within the limit.
 */
export function readRefusedBodies(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const bodyLimit = request.routeOptions.bodyLimit / REFUSED_BODY_READ_FACTOR;
    const length = request.headers['content-length'];
    // A body of known length within the limit (or none) needs no watching: the length is exactly what is read.
    if (request.headers['transfer-encoding'] === undefined && (length === undefined || Number(length) <= bodyLimit)) return done(null, payload);
    let received = 0;
    const limited = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback(null, received > bodyLimit ? undefined : chunk);
      },
      flush(callback) {
        callback(received > bodyLimit ? new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE() : null);
      },
    });
    payload.on('error', (error) => limited.destroy(error));
    done(null, payload.pipe(limited));
  });
}
