import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { ServiceCredentials } from './service-credentials';

describe('service credentials', () => {
  let server: Server;
  let base = '';
  const exchanged: string[] = [];
  let answer = 200;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { apiKey } = JSON.parse(body) as { apiKey: string };
        exchanged.push(apiKey);
        res.writeHead(answer, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer === 200 ? { accessToken: `jwt-${exchanged.length}`, tokenType: 'Bearer', expiresIn: 900 } : { status: answer, detail: 'unknown API key' }));
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  beforeEach(() => {
    exchanged.length = 0;
    answer = 200;
  });

  const credentials = (apiKey: string | undefined, token: string | undefined, now: () => number = Date.now) => new ServiceCredentials({ apiKey: () => apiKey, token: () => token, accessUrl: () => base, now });

  it('exchanges the API key once for concurrent callers and reuses the JWT until shortly before it expires', async () => {
    let now = 1_000_000;
    const creds = credentials('mwk_key', 'static', () => now);
    expect(await Promise.all([creds.token(), creds.token()])).toEqual(['jwt-1', 'jwt-1']);
    expect(exchanged).toEqual(['mwk_key']);
    now += 839_000;
    expect(await creds.token()).toBe('jwt-1');
    now += 2_000; // within the last minute of 15
    expect(await creds.token()).toBe('jwt-2');
    expect(creds.source).toBe('MESHWORK_SERVICE_API_KEY');
  });

  it('exchanges again after a refresh (a 401 from a producer)', async () => {
    const creds = credentials('mwk_key', undefined);
    expect(await creds.token()).toBe('jwt-1');
    expect(creds.refresh()).toBe(true);
    expect(await creds.token()).toBe('jwt-2');
  });

  it('uses the static token as it is without an API key, and cannot renew it', async () => {
    const creds = credentials(undefined, 'long-lived-token');
    expect(await creds.token()).toBe('long-lived-token');
    expect(creds.refresh()).toBe(false);
    expect(exchanged).toEqual([]);
    expect(credentials(undefined, undefined).configured).toBe(false);
  });

  it('says what the access service answered when the key is refused', async () => {
    answer = 401;
    await expect(credentials('mwk_wrong', undefined).token()).rejects.toThrow(/MESHWORK_SERVICE_API_KEY .* answered 401: .*unknown API key/);
  });
});
