import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { bodySha256Of, holdReservation, registerIdempotencyHooks } from './idempotency.hooks';
import type { IdempotencyReservation, IdempotencyStore, StoredResponse } from './idempotency.store';

class RecordingStore {
  completed: Array<{ reservation: IdempotencyReservation; response: StoredResponse }> = [];
  released: IdempotencyReservation[] = [];

  async complete(reservation: IdempotencyReservation, response: StoredResponse): Promise<void> {
    this.completed.push({ reservation, response });
  }

  async release(reservation: IdempotencyReservation): Promise<void> {
    this.released.push(reservation);
  }
}

const RESERVATION: IdempotencyReservation = { principalId: 'p', key: 'k', token: 't' };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('Idempotency-Key Fastify hooks', () => {
  let fastify: FastifyInstance;
  let store: RecordingStore;
  const seen: Array<string | undefined> = [];

  beforeEach(async () => {
    store = new RecordingStore();
    fastify = Fastify();
    registerIdempotencyHooks(fastify, store as unknown as IdempotencyStore, new Logger('test'));
    fastify.post('/echo', async (request) => {
      seen.push(bodySha256Of(request));
      holdReservation(request, RESERVATION);
      return request.body;
    });
    fastify.post('/created', async (request, reply) => {
      holdReservation(request, RESERVATION);
      return reply.status(201).header('location', '/things/1').header('etag', '"1"').header('x-other', 'not kept').send({ id: 1 });
    });
    fastify.post('/fails', async (request, reply) => {
      holdReservation(request, RESERVATION);
      return reply.status(503).send({ code: 'UNAVAILABLE' });
    });
    fastify.post('/stream', async (request, reply) => {
      holdReservation(request, RESERVATION);
      return reply.type('text/plain').send(Readable.from(['a', 'b']));
    });
    fastify.delete('/things/1', async (request, reply) => {
      holdReservation(request, RESERVATION);
      return reply.status(204).send();
    });
    await fastify.ready();
    seen.length = 0;
  });

  afterEach(async () => {
    await fastify.close();
  });

  it('hashes the body bytes as received when a write carries a key', async () => {
    const raw = '{ "b": 2,   "a": [1, 2, 3] }';
    await fastify.inject({ method: 'POST', url: '/echo', payload: raw, headers: { 'content-type': 'application/json', 'idempotency-key': 'k' } });
    expect(seen).toEqual([sha256(raw)]);
  });

  it('hashes a large body in chunks to the same sha256', async () => {
    const raw = JSON.stringify({ observations: Array.from({ length: 10_000 }, (_, i) => ({ id: `o-${i}`, kind: 'check' })) });
    await fastify.inject({ method: 'POST', url: '/echo', payload: raw, headers: { 'content-type': 'application/json', 'idempotency-key': 'k' } });
    expect(seen).toEqual([sha256(raw)]);
  });

  it('does not hash a request without a key', async () => {
    await fastify.inject({ method: 'POST', url: '/echo', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(seen).toEqual([undefined]);
  });

  it('keeps status, body and the replayed headers of a 2xx, and nothing else', async () => {
    await fastify.inject({ method: 'POST', url: '/created', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(store.released).toEqual([]);
    expect(store.completed).toHaveLength(1);
    const { response } = store.completed[0];
    expect(response.status).toBe(201);
    expect(response.headers).toEqual({ 'content-type': 'application/json; charset=utf-8', location: '/things/1', etag: '"1"' });
    expect(response.body?.toString()).toBe('{"id":1}');
  });

  it('keeps an empty 204', async () => {
    await fastify.inject({ method: 'DELETE', url: '/things/1' });
    expect(store.completed.map((c) => [c.response.status, c.response.body])).toEqual([[204, null]]);
  });

  it('releases the key of a 5xx', async () => {
    await fastify.inject({ method: 'POST', url: '/fails', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(store.completed).toEqual([]);
    expect(store.released).toEqual([RESERVATION]);
  });

  it('releases the key of a streamed answer, which cannot be kept', async () => {
    const res = await fastify.inject({ method: 'POST', url: '/stream', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(res.body).toBe('ab');
    expect(store.completed).toEqual([]);
    expect(store.released).toEqual([RESERVATION]);
  });
});
