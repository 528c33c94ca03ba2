import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { closeUnusedConnectionsOnShutdown } from './close-connections';

describe('closing the server with connections open', () => {
  let fastify: FastifyInstance;
  let port: number;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));

  beforeEach(async () => {
    fastify = Fastify({ forceCloseConnections: 'idle' });
    closeUnusedConnectionsOnShutdown(fastify);
    fastify.get('/slow', async () => {
      await released;
      return { done: true };
    });
    fastify.get('/fast', async () => ({ done: true }));
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    port = (fastify.server.address() as { port: number }).port;
  });

  afterEach(async () => {
    fastify.server.closeAllConnections();
    await fastify.close();
  });

  async function openUnused(): Promise<Socket> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    // The server has accepted it once it counts it.
    while ((await new Promise<number>((resolve, reject) => fastify.server.getConnections((err, n) => (err ? reject(err) : resolve(n))))) === 0) await new Promise((resolve) => setImmediate(resolve));
    return socket;
  }

  /** A GET on a keep-alive connection; `closed` settles when the server ends that connection. */
  function get(path: string): Promise<{ status: number; body: string; closed: Promise<unknown> }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, agent: new Agent({ keepAlive: true }) }, (res) => {
        const closed = once(res.socket, 'close');
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, closed }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('destroys a connection that never carried a request, so that close does not wait for its headers timeout', async () => {
    const unused = await openUnused();
    const ended = once(unused, 'close');
    await fastify.close();
    await ended;
    expect(unused.destroyed).toBe(true);
  });

  it('lets a request in progress answer, then ends its keep-alive connection', async () => {
    const started = new Promise<void>((resolve) => fastify.server.once('request', () => resolve()));
    const slow = get('/slow');
    await started;
    const closing = fastify.close();
    release();
    const answer = await slow;
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: '{"done":true}' });
    await answer.closed;
    await closing;
  });

  it('ends a keep-alive connection that has served its request', async () => {
    const answer = await get('/fast');
    expect(answer.status).toBe(200);
    await fastify.close();
    await answer.closed;
  });
});
