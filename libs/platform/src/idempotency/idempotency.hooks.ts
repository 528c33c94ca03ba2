import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_WRITE_METHODS } from './idempotency-key';
import { type IdempotencyReservation, type IdempotencyStore, REPLAYED_HEADERS, type StoredResponse } from './idempotency.store';

const bodyHashes = new WeakMap<FastifyRequest, string>();
const reservations = new WeakMap<FastifyRequest, IdempotencyReservation>();

/** The sha256 of the request body as received, when the request carried an Idempotency-Key and a body. */
export function bodySha256Of(request: FastifyRequest): string | undefined {
  return bodyHashes.get(request);
}

/** Hands the reservation to the onSend hook, which completes or releases it once the response is known. */
export function holdReservation(request: FastifyRequest, reservation: IdempotencyReservation): void {
  reservations.set(request, reservation);
}

/** Hashes the body bytes while Fastify reads them: no second serialisation of a large parsed body. */
function hashingStream(request: FastifyRequest): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      bodyHashes.set(request, hash.digest('hex'));
      callback();
    },
  });
}

function storable(reply: FastifyReply, payload: unknown): StoredResponse | undefined {
  if (reply.statusCode >= 500) return undefined;
  let body: Buffer | null;
  if (payload === null || payload === undefined) body = null;
  else if (typeof payload === 'string') body = Buffer.from(payload);
  else if (Buffer.isBuffer(payload)) body = payload;
  else return undefined; // a stream: not kept, the key is released
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return { status: reply.statusCode, headers, body };
}

/**
 * Fastify hooks of the Idempotency-Key handling: hashing of the body of write requests that carry a key, and, once the
 * response is serialised, keeping it (2xx–4xx) or releasing the key (5xx) before it is sent.
 */
export function registerIdempotencyHooks(fastify: FastifyInstance, store: IdempotencyStore, logger: Logger): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.headers[IDEMPOTENCY_KEY_HEADER] === undefined || !IDEMPOTENT_WRITE_METHODS.has(request.method)) return done(null, payload);
    const hashing = hashingStream(request);
    payload.on('error', (error) => hashing.destroy(error));
    done(null, payload.pipe(hashing));
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    const reservation = reservations.get(request);
    if (!reservation) return payload;
    reservations.delete(request);
    const response = storable(reply, payload);
    try {
      await (response ? store.complete(reservation, response) : store.release(reservation));
    } catch (err) {
      // The response still goes out; the key stays reserved until its lease runs out.
      logger.error({ err, correlationId: request.id }, 'Could not record the response of an Idempotency-Key');
    }
    return payload;
  });
}
