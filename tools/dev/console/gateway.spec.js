'use strict';
// The console gateway against stand-in services on real sockets: what reaches a service, what comes back, and the
// problem+json answers when a service is down or a path leads nowhere.
const http = require('node:http');
const { createGateway } = require('./gateway');

/**
 * @typedef {{ method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer }} Seen
 */

/** @param {http.Server} server */
function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`)));
}

/** @param {http.Server} server */
function close(server) {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve(undefined));
  });
}

/** @param {http.IncomingMessage} req */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * A raw HTTP call, so that headers fetch would refuse to send (Connection, TE) can be sent and read back.
 * @param {string} url
 * @param {{ method?: string, headers?: http.OutgoingHttpHeaders, body?: Buffer | string, chunks?: Buffer[] }} [options]
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }>}
 */
function call(url, { method = 'GET', headers = {}, body, chunks } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      readBody(res).then((data) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }), reject);
    });
    req.on('error', reject);
    for (const chunk of chunks ?? []) req.write(chunk);
    req.end(body);
  });
}

describe('console gateway', () => {
  /** @type {Seen[]} */
  const seen = [];
  /** @type {Array<() => void>} */
  const onAbort = [];
  /** @type {http.Server} */
  let access;
  /** @type {http.Server} */
  let gateway;
  let gatewayUrl = '';
  let accessUrl = '';
  let downUrl = '';

  beforeAll(async () => {
    access = http.createServer(async (req, res) => {
      if (req.url === '/docs/openapi.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ openapi: '3.1.0', info: { title: 'Access', version: '0.1.0' }, servers: [{ url: accessUrl }], paths: { '/v1/teams': {} } }));
        return;
      }
      if (req.url === '/v1/events?wait=30') {
        req.on('close', () => onAbort.forEach((notify) => notify()));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[');
        return;
      }
      const body = await readBody(req);
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.method === 'POST' ? 201 : 200, {
        'content-type': 'application/json',
        location: '/v1/teams/crm-data-team',
        etag: '"7"',
        'x-service-only': 'dropped by the connection header',
        connection: 'keep-alive, x-service-only',
        'keep-alive': 'timeout=61, max=7',
        'x-body-length': String(body.length),
      });
      res.end(JSON.stringify({ received: body.length }));
    });
    accessUrl = await listen(access);
    const down = http.createServer();
    downUrl = await listen(down);
    await close(down);
    gateway = createGateway({
      services: [
        { name: 'access', url: accessUrl },
        { name: 'sla', url: downUrl },
      ],
    });
    gatewayUrl = await listen(gateway);
  });

  afterAll(async () => {
    await close(gateway);
    await close(access);
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it("forwards the method, the path without the service's prefix, the query, the headers and the body, and brings back the status and headers", async () => {
    const body = JSON.stringify({ name: 'crm-data-team', displayName: 'CRM data team' });
    const res = await call(`${gatewayUrl}/access/v1/teams?dryRun=true&q=a%20b`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json', 'idempotency-key': 'k-1', 'content-length': Buffer.byteLength(body) },
      body,
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"7"');
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(res.body.toString())).toEqual({ received: Buffer.byteLength(body) });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v1/teams?dryRun=true&q=a%20b');
    expect(request.body.toString()).toBe(body);
    expect(request.headers).toMatchObject({
      authorization: 'Bearer t0ken',
      'content-type': 'application/json',
      'idempotency-key': 'k-1',
      host: new URL(accessUrl).host,
      'x-forwarded-prefix': '/access',
      'x-forwarded-host': new URL(gatewayUrl).host,
      'x-forwarded-for': '127.0.0.1',
    });
  });

  it('streams a body sent in chunks of unknown total length to the service whole', async () => {
    const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(64 * 1024, i));
    const res = await call(`${gatewayUrl}/access/v1/observations`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, chunks });
    expect(res.status).toBe(201);
    expect(res.headers['x-body-length']).toBe(String(64 * 64 * 1024));
    expect(Buffer.compare(seen[0].body, Buffer.concat(chunks))).toBe(0);
  });

  it('drops hop-by-hop headers both ways, those the Connection header names too', async () => {
    const res = await call(`${gatewayUrl}/access/v1/teams`, {
      headers: { connection: 'keep-alive, x-client-only', 'x-client-only': 'secret', te: 'trailers', 'proxy-authorization': 'Basic cHJveHk=', 'keep-alive': 'timeout=9', 'x-kept': 'yes' },
    });
    expect(res.status).toBe(200);
    const { headers } = seen[0];
    expect(headers['x-kept']).toBe('yes');
    for (const name of ['x-client-only', 'te', 'proxy-authorization', 'keep-alive']) expect(headers[name]).toBeUndefined();
    expect(res.headers['x-service-only']).toBeUndefined();
    expect(res.headers['keep-alive']).not.toBe('timeout=61, max=7');
  });

  it("answers a service's own Location with the gateway's prefix", async () => {
    const res = await call(`${gatewayUrl}/access/v1/teams`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.headers.location).toBe('/access/v1/teams/crm-data-team');
  });

  it('ends the call to the service when the browser goes away', async () => {
    const aborted = new Promise((resolve) => onAbort.push(() => resolve(true)));
    await new Promise((resolve, reject) => {
      const req = http.get(`${gatewayUrl}/access/v1/events?wait=30`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve(undefined);
        });
      });
      req.on('error', (error) => (/** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET' ? resolve(undefined) : reject(error)));
    });
    await expect(aborted).resolves.toBe(true);
  });

  it('answers 502 problem+json naming the service when it does not answer', async () => {
    const res = await call(`${gatewayUrl}/sla/v1/slos`);
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(res.body.toString());
    expect(problem).toMatchObject({ status: 502, title: 'Bad Gateway', code: 'SERVICE_UNREACHABLE', instance: '/sla/v1/slos', type: 'https://meshwork.dev/problems/service-unreachable' });
    expect(problem.detail).toContain(`The sla service at ${downUrl} did not answer GET /v1/slos (ECONNREFUSED)`);
  });

  it('answers 404 problem+json for a path that is neither the console nor a service', async () => {
    const res = await call(`${gatewayUrl}/billing/v1/invoices`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body.toString())).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'Nothing at /billing/v1/invoices. The console is at /, the services under /access/, /sla/.' });
  });

  it('serves the console page with a content security policy, and its scripts', async () => {
    const page = await call(`${gatewayUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.body.toString()).toContain('<script src="/console/console.js"></script>');
    const script = await call(`${gatewayUrl}/console/console.js`);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const bundle = await call(`${gatewayUrl}/console/swagger-ui/swagger-ui-bundle.js`, { method: 'HEAD' });
    expect(bundle.status).toBe(200);
    expect(Number(bundle.headers['content-length'])).toBeGreaterThan(100_000);
  });

  it.each(['/console/swagger-ui/package.json', '/console/swagger-ui/../../gateway.js', '/console/swagger-ui/%2e%2e/%2e%2e/project.json', '/console/gateway.js'])('serves no other file: %s', async (path) => {
    const res = await call(`${gatewayUrl}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
  });

  it('answers 405 to a write on the console page', async () => {
    const res = await call(`${gatewayUrl}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(JSON.parse(res.body.toString())).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });

  it("lists every service's document, and serves each with its server at the gateway prefix", async () => {
    const list = await call(`${gatewayUrl}/console/specs`);
    expect(JSON.parse(list.body.toString())).toEqual([
      { name: 'access', url: '/console/specs/access.json' },
      { name: 'sla', url: '/console/specs/sla.json' },
    ]);
    const spec = await call(`${gatewayUrl}/console/specs/access.json`);
    expect(spec.status).toBe(200);
    const document = JSON.parse(spec.body.toString());
    expect(document.servers).toEqual([{ url: '/access', description: 'The access service through the console gateway' }]);
    expect(document.paths).toEqual({ '/v1/teams': {} });
  });

  it("answers 502 problem+json for the document of a service that is down, 404 for a service it does not know", async () => {
    const down = await call(`${gatewayUrl}/console/specs/sla.json`);
    expect(down.status).toBe(502);
    expect(JSON.parse(down.body.toString()).detail).toContain('The sla service');
    const unknown = await call(`${gatewayUrl}/console/specs/billing.json`);
    expect(unknown.status).toBe(404);
  });
});
