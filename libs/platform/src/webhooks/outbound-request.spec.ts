import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { noAnswerWithin, sendPinned } from './outbound-request';

describe('pinned outbound requests', () => {
  let server: Server;
  let port: number;
  const hosts: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hosts.push(req.headers.host ?? '');
      if (req.url === '/redirect') return void res.writeHead(302, { location: '/elsewhere' }).end();
      if (req.url === '/hang') return;
      if (req.url === '/endless') {
        res.writeHead(200);
        const chunk = 'x'.repeat(1024);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        return pump();
      }
      res.end(`${req.method} ok`);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const send = (path: string, timeoutMs = 2000, host = '127.0.0.1') => sendPinned(new URL(`http://${host}:${port}${path}`), '127.0.0.1', { method: 'GET', headers: {}, timeoutMs, maxBodyBytes: 4096 });

  it('connects to the address given, whatever the name would resolve to', async () => {
    const answer = await send('/', 2000, 'pinned.invalid');
    expect([answer.status, answer.text]).toEqual([200, 'GET ok']);
    expect(hosts.at(-1)).toBe(`pinned.invalid:${port}`);
  });

  it('does not follow a redirect', async () => {
    const answer = await send('/redirect');
    expect([answer.status, answer.headers.location]).toEqual([302, '/elsewhere']);
    expect(hosts).toHaveLength(2);
  });

  it('reads no more than the bytes asked for of an endless body', async () => {
    const answer = await send('/endless');
    expect(answer.status).toBe(200);
    expect(answer.text).toHaveLength(4096);
  });

  it('gives up when no answer comes within the deadline', async () => {
    const started = Date.now();
    await expect(send('/hang', 300)).rejects.toThrow('no answer within 300 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    [5000, 'no answer within 5 s'],
    [1500, 'no answer within 1500 ms'],
  ])('says a %d ms deadline as "%s"', (ms, text) => {
    expect(noAnswerWithin(ms)).toBe(text);
  });
});
