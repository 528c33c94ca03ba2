'use strict';
// The admin console's server: one origin for the browser. `/<service>/*` is proxied to that service (so "Try it out"
// in Swagger UI needs no CORS), `/` serves the console page, `/console/*` its scripts, Swagger UI from swagger-ui-dist,
// and each service's OpenAPI document with its `servers` pointing at the gateway prefix.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const PUBLIC_DIR = path.join(__dirname, 'public');
const SWAGGER_UI_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
/** The Swagger UI files the page loads; nothing else of the package is served. */
const SWAGGER_UI_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'favicon-16x16.png', 'favicon-32x32.png'];
const CONSOLE_FILES = ['console.js', 'console.css'];
const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };
// RFC 9110 §7.6.1: meaningful for one connection only, never forwarded.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
const SPEC_TIMEOUT_MS = 10_000;
const PAGE_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * @typedef {object} Upstream
 * @property {string} name path prefix and name in the spec selector (`catalog`)
 * @property {string} url where the service answers (`http://127.0.0.1:3001`)
 */

/**
 * @typedef {object} Problem RFC 9457, shaped as the services answer
 * @property {number} status
 * @property {string} title
 * @property {string} code
 * @property {string} detail
 */

/**
 * @param {{ services: Upstream[] }} options
 * @returns {http.Server}
 */
function createGateway({ services }) {
  const byName = new Map(services.map((service) => [service.name, service]));
  return http.createServer((req, res) => {
    void route(req, res, byName).catch((error) => {
      if (res.headersSent) return void res.destroy(error);
      sendProblem(res, req, { status: 500, title: 'Internal Server Error', code: 'INTERNAL', detail: `The console gateway failed: ${error instanceof Error ? error.message : String(error)}` });
    });
  });
}

/**
 * Starts the gateway; resolves once it listens.
 * @param {{ services: Upstream[], host: string, port: number }} options
 * @returns {Promise<http.Server>}
 */
function startGateway({ services, host, port }) {
  const server = createGateway({ services });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {Map<string, Upstream>} services
 */
async function route(req, res, services) {
  const url = new URL(req.url ?? '/', 'http://gateway');
  const [, first = '', ...rest] = url.pathname.split('/');
  const service = services.get(first);
  if (service) return proxy(req, res, service, `/${rest.join('/')}${url.search}`);
  if (url.pathname === '/' || url.pathname === '/index.html') return serveFile(req, res, path.join(PUBLIC_DIR, 'index.html'), PAGE_SECURITY_HEADERS);
  if (first === 'console') return serveConsole(req, res, rest, services);
  return sendProblem(res, req, notFound(url.pathname, services));
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string[]} rest the path after `/console/`
 * @param {Map<string, Upstream>} services
 */
async function serveConsole(req, res, rest, services) {
  const file = rest.join('/');
  if (CONSOLE_FILES.includes(file)) return serveFile(req, res, path.join(PUBLIC_DIR, file));
  if (rest[0] === 'swagger-ui' && rest.length === 2 && SWAGGER_UI_FILES.includes(rest[1])) return serveFile(req, res, path.join(SWAGGER_UI_DIR, rest[1]));
  if (file === 'specs') return sendJson(res, 200, [...services.values()].map((s) => ({ name: s.name, url: `/console/specs/${s.name}.json` })));
  const spec = /^specs\/([a-z0-9-]+)\.json$/.exec(file);
  if (spec && services.has(spec[1])) return serveSpec(req, res, /** @type {Upstream} */ (services.get(spec[1])));
  return sendProblem(res, req, notFound(`/console/${file}`, services));
}

/**
 * @param {string} pathname
 * @param {Map<string, Upstream>} services
 * @returns {Problem}
 */
function notFound(pathname, services) {
  const prefixes = [...services.keys()].map((name) => `/${name}/`).join(', ');
  return { status: 404, title: 'Not Found', code: 'NOT_FOUND', detail: `Nothing at ${pathname}. The console is at /, the services under ${prefixes}.` };
}

/**
 * Streams the request to the service and its answer back; hop-by-hop headers are dropped both ways.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {Upstream} service
 * @param {string} target path and query on the service
 */
function proxy(req, res, service, target) {
  return new Promise((resolve) => {
    const upstream = new URL(service.url);
    const headers = forwardedRequestHeaders(req, service);
    const outgoing = http.request({ protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, method: req.method, path: target, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, responseHeaders(answer, service));
      answer.pipe(res);
      answer.on('end', resolve);
      answer.on('error', () => res.destroy());
    });
    outgoing.on('error', (error) => {
      if (res.headersSent) res.destroy();
      else sendProblem(res, req, unreachable(service, req.method ?? 'GET', target, error));
      resolve(undefined);
    });
    // A browser that goes away (a closed tab, an aborted long poll) ends the call to the service too.
    res.on('close', () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    req.pipe(outgoing);
  });
}

/**
 * @param {Upstream} service
 * @param {string} method
 * @param {string} target
 * @param {Error} error
 * @returns {Problem}
 */
function unreachable(service, method, target, error) {
  const cause = /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message;
  return {
    status: 502,
    title: 'Bad Gateway',
    code: 'SERVICE_UNREACHABLE',
    detail: `The ${service.name} service at ${service.url} did not answer ${method} ${target} (${cause}). Is it running? npm start starts every service.`,
  };
}

/**
 * @param {http.IncomingHttpHeaders | http.OutgoingHttpHeaders} headers
 * @returns {Record<string, string | string[]>}
 */
function withoutHopByHop(headers) {
  const connection = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const dropped = new Set([...HOP_BY_HOP, ...connection]);
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || dropped.has(name.toLowerCase())) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return kept;
}

/**
 * @param {http.IncomingMessage} req
 * @param {Upstream} service
 */
function forwardedRequestHeaders(req, service) {
  const headers = withoutHopByHop(req.headers);
  const client = req.socket.remoteAddress ?? '';
  const previous = req.headers['x-forwarded-for'];
  headers['x-forwarded-for'] = previous ? `${previous}, ${client}` : client;
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-prefix'] = `/${service.name}`;
  headers.host = new URL(service.url).host;
  return headers;
}

/**
 * The service's headers, with a `Location` on the service (`/v1/teams/x`) made one on the gateway (`/access/v1/teams/x`).
 * @param {http.IncomingMessage} answer
 * @param {Upstream} service
 */
function responseHeaders(answer, service) {
  const headers = withoutHopByHop(answer.headers);
  const location = headers.location;
  if (typeof location === 'string' && location.startsWith('/') && !location.startsWith('//')) headers.location = `/${service.name}${location}`;
  return headers;
}

/**
 * The service's OpenAPI document with one server: its prefix on the gateway.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {Upstream} service
 */
async function serveSpec(req, res, service) {
  const url = `${service.url}/docs/openapi.json`;
  let answer;
  try {
    answer = await fetch(url, { signal: AbortSignal.timeout(SPEC_TIMEOUT_MS) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : /** @type {Error} */ (error);
    return sendProblem(res, req, unreachable(service, 'GET', '/docs/openapi.json', cause));
  }
  if (!answer.ok) {
    return sendProblem(res, req, { status: 502, title: 'Bad Gateway', code: 'SPEC_UNAVAILABLE', detail: `The ${service.name} service answered ${answer.status} to GET /docs/openapi.json.` });
  }
  const document = await answer.json();
  return sendJson(res, 200, gatewayDocument(document, service.name));
}

/**
 * @param {Record<string, unknown>} document an OpenAPI document
 * @param {string} name the service's prefix on the gateway
 */
function gatewayDocument(document, name) {
  return { ...document, servers: [{ url: `/${name}`, description: `The ${name} service through the console gateway` }] };
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} file
 * @param {Record<string, string>} [extraHeaders]
 */
async function serveFile(req, res, file, extraHeaders = {}) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendProblem(res, req, { status: 405, title: 'Method Not Allowed', code: 'METHOD_NOT_ALLOWED', detail: `${req.method} is not allowed on ${req.url}; use GET.` });
  }
  const body = await fs.promises.readFile(file);
  const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache', ...extraHeaders });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 */
function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-cache' });
  res.end(body);
}

/**
 * @param {http.ServerResponse} res
 * @param {http.IncomingMessage} req
 * @param {Problem} problem
 */
function sendProblem(res, req, problem) {
  const body = JSON.stringify({
    type: `https://meshwork.dev/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance: new URL(req.url ?? '/', 'http://gateway').pathname,
    code: problem.code,
  });
  res.writeHead(problem.status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

module.exports = { createGateway, startGateway, gatewayDocument };
