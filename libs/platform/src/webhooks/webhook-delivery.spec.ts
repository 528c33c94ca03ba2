import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { postWebhook } from './webhook-delivery';

describe('postWebhook', () => {
  let server: Server;
  let base: string;
  const seen: { path: string; headers: Record<string, unknown>; body: string }[] = [];
  const allowLocal = { privateAllowed: (host: string) => host === '127.0.0.1' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ path: req.url ?? '', headers: req.headers, body });
        const status = Number((req.url ?? '').slice(1)) || 200;
        if (status >= 300 && status < 400) res.setHeader('location', 'http://127.0.0.1/elsewhere');
        res.writeHead(status).end(status === 200 ? 'ok' : 'x'.repeat(2000));
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it('POSTs JSON with the given headers and the user agent, and answers ok on 2xx', async () => {
    expect(await postWebhook(`${base}/200`, { 'x-meshwork-signature': 'sha256=ab' }, '{"a":1}', allowLocal, 'meshwork-test')).toEqual({ ok: true, status: 200, error: null });
    expect(seen).toEqual([{ path: '/200', body: '{"a":1}', headers: expect.objectContaining({ 'content-type': 'application/json', 'x-meshwork-signature': 'sha256=ab', 'user-agent': 'meshwork-test' }) as unknown }]);
  });

  it.each([
    [503, 'answered 503: '],
    [302, 'answered 302 (redirects are not followed): '],
  ])('fails on %i with the status and the start of the answer', async (status, start) => {
    const outcome = await postWebhook(`${base}/${status}`, {}, '{}', allowLocal);
    expect(outcome).toMatchObject({ ok: false, status });
    expect(outcome.error?.startsWith(start)).toBe(true);
    expect(outcome.error?.length).toBeLessThan(600);
    expect(seen.map((s) => s.path)).toEqual([`/${status}`]);
  });

  it('refuses a loopback host the rules do not allow, without calling it', async () => {
    expect(await postWebhook(`${base}/200`, {}, '{}', { privateAllowed: () => false })).toEqual({ ok: false, status: null, error: expect.stringMatching(/^refused: host '127\.0\.0\.1' is the private, loopback or reserved address/) as unknown });
    expect(seen).toEqual([]);
  });

  it('fails on a URL that is not absolute', async () => {
    expect(await postWebhook('/relative', {}, '{}', allowLocal)).toEqual({ ok: false, status: null, error: 'the URL is not an absolute URL' });
  });
});
