import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
