import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * Lets the server close promptly at shutdown without cutting a request short. Node's `server.close()` ends the
 * keep-alive connections that have served a request, and the busy ones once they answer; but a connection opened and
 * never used (fetch opens one when a request, such as a long-poll, is aborted) counts as busy until its headers
 * timeout, a minute later. So, before the server closes, every connection without a request in progress is destroyed.
 */
export function closeUnusedConnectionsOnShutdown(fastify: FastifyInstance): void {
  const open = new Set<Socket>();
  const busy = new Map<Socket, number>();
  fastify.server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      busy.delete(socket);
    });
  });
  fastify.server.on('request', (request: { socket: Socket }, response: { once(event: 'close', listener: () => void): unknown }) => {
    const socket = request.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) busy.set(socket, left);
      else busy.delete(socket);
    });
  });
  fastify.addHook('preClose', (done) => {
    for (const socket of open) if (!busy.has(socket)) socket.destroy();
    done();
  });
}
