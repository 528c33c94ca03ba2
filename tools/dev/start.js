'use strict';
// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), then every service, until Ctrl-C.
const path = require('node:path');
const { Client } = require('pg');
const { ensureAdminKey, tokenCommands } = require('./admin');
const { startGateway } = require('./console/gateway');
const { loadDemo } = require('./demo');
const { isPortFree, startEmbeddedPostgres } = require('./embedded-pg');
const { startService, stopLeftovers, stopService, waitUntilReady } = require('./service-process');
const { AlreadyRunningError, acquireLock, ensureStateDir, keepSecret, paths } = require('./state');

const DEFAULT_PG_PORT = 5433;
const DEFAULT_CONSOLE_PORT = 3000;
const DATABASE_NAME = 'meshwork';
const USAGE = `Usage: npm start [-- [--demo] [--no-console]]

Starts PostgreSQL and every Meshwork service, and stops them all on Ctrl-C.
  --demo        load the demo mesh (tools/dev/demo/) once the services are ready
  --no-console  do not start the admin console (Swagger UI of every service behind one gateway)

Environment:
  DATABASE_URL           use this PostgreSQL instead of the embedded one (data in .meshwork/pg)
  MESHWORK_PG_PORT       port of the embedded PostgreSQL (default ${DEFAULT_PG_PORT})
  MESHWORK_CONSOLE_PORT  port of the admin console (default ${DEFAULT_CONSOLE_PORT})
  HOST                   address the services listen on (default 127.0.0.1)`;

/**
 * @typedef {object} Database
 * @property {string} url what the services get as DATABASE_URL
 * @property {string} description for the banner
 */

const run = {
  /** @type {ReturnType<typeof acquireLock> | undefined} */
  lock: undefined,
  /** @type {import('./embedded-pg').EmbeddedPostgres | undefined} */
  postgres: undefined,
  /** @type {import('./service-process').RunningService[]} */
  services: [],
  /** @type {import('node:http').Server | undefined} */
  console: undefined,
  /** @type {Promise<void> | undefined} */
  stopping: undefined,
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const services = loadServices();
  const host = process.env.HOST || '127.0.0.1';
  const consolePort = options.console ? consoleListenPort() : undefined;
  await takeOver(services, host, consolePort);
  const token = keepSecret(paths.devToken);
  const database = await openDatabase();
  const access = services.find((s) => s.name === 'access');
  const accessUrl = access ? serviceUrl(access, host) : undefined;
  const env = { ...process.env, DATABASE_URL: database.url, HOST: host, MESHWORK_DEV_TOKEN: token, NODE_ENV: 'development', ...trustAccess(accessUrl), ...peers(services, host) };
  // SLA monitoring reads the grants of a port to notify its consumers: in development, with the dev token.
  env.MESHWORK_SERVICE_TOKEN ||= token;
  await startServices(services, host, env);
  if (run.stopping) return;
  const catalogUrl = serviceUrl(services.find((s) => s.name === 'catalog') ?? services[0], host);
  const admin = accessUrl ? await bootstrapAdmin(accessUrl, token) : undefined;
  if (run.stopping) return;
  const consoleUrl = consolePort === undefined ? undefined : await startConsole(services, host, consolePort);
  if (run.stopping) return;
  printBanner(services, host, database, token, catalogUrl, admin && accessUrl ? describeAdmin(admin, accessUrl, catalogUrl) : '', consoleUrl);
  await syncSla(services, host, token);
  if (options.demo) await loadDemo({ catalogUrl, token });
}

/**
 * Where each service finds the others: the access, governance and SLA services read the catalog; the catalog asks
 * governance to evaluate every publish and tells SLA monitoring what was published and which runs wrote its ports. An address already set in the environment wins.
 * @param {import('./services').Service[]} services
 * @param {string} host
 */
function peers(services, host) {
  const url = (name) => {
    const service = services.find((s) => s.name === name);
    return service ? serviceUrl(service, host) : undefined;
  };
  /** @type {Record<string, string>} */
  const env = {};
  const catalog = url('catalog');
  const governance = url('governance');
  const sla = url('sla');
  if (catalog && !process.env.MESHWORK_CATALOG_URL) env.MESHWORK_CATALOG_URL = catalog;
  if (governance && !process.env.MESHWORK_GOVERNANCE_URL) env.MESHWORK_GOVERNANCE_URL = governance;
  if (sla && !process.env.MESHWORK_SLA_URL) env.MESHWORK_SLA_URL = sla;
  const access = url('access');
  if (access && !process.env.MESHWORK_ACCESS_URL) env.MESHWORK_ACCESS_URL = access;
  return env;
}

/**
 * SLA monitoring learns of products the catalog published while it was not running (an earlier start, or before it
 * existed): it reads them all again. Idempotent; a failure is reported and the mesh keeps running.
 * @param {import('./services').Service[]} services
 * @param {string} host
 * @param {string} token
 */
async function syncSla(services, host, token) {
  const sla = services.find((s) => s.name === 'sla');
  if (!sla) return;
  try {
    const res = await fetch(`${serviceUrl(sla, host)}/v1/slos/sync`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) console.warn(`  SLA monitoring could not read the catalog's products (${res.status}): ${(await res.text()).slice(0, 300)}`);
  } catch (error) {
    console.warn(`  SLA monitoring could not read the catalog's products: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Every service accepts the tokens the access service issues: its key set, and the issuer it signs them as.
 * @param {string | undefined} accessUrl
 * @returns {NodeJS.ProcessEnv}
 */
function trustAccess(accessUrl) {
  if (!accessUrl) return {};
  const issuer = process.env.ACCESS_ISSUER || accessUrl;
  return { ACCESS_ISSUER: issuer, AUTH_ISSUER: issuer, AUTH_JWKS_URL: `${accessUrl}/.well-known/jwks.json` };
}

/**
 * The admin service account and its API key; on failure the mesh keeps running with the dev token.
 * @param {string} accessUrl
 * @param {string} devToken
 */
async function bootstrapAdmin(accessUrl, devToken) {
  try {
    return await ensureAdminKey({ accessUrl, devToken, file: paths.adminApiKey });
  } catch (error) {
    console.error(`\nCould not set up the admin API key in ${relative(paths.adminApiKey)}: ${error instanceof Error ? error.message : String(error)}`);
    console.error('The dev token still works; restart npm start to try again.');
    return undefined;
  }
}

/**
 * A new key in full, once, with how to use it; a kept one only by where it is.
 * @param {import('./admin').AdminKey} admin
 * @param {string} accessUrl
 * @param {string} catalogUrl
 */
function describeAdmin(admin, accessUrl, catalogUrl) {
  const file = relative(admin.file);
  const usage = tokenCommands({ accessUrl, catalogUrl, file })
    .map((line) => `    ${line}`)
    .join('\n');
  if (admin.newKey === undefined) {
    return `  admin key  API key of the service account meshwork-admin (platform-admin), kept in ${file}
             Exchange it for a token and call the catalog:
${usage}

`;
  }
  return `  admin key  new API key of the service account meshwork-admin (platform-admin), shown only this once:

    ${admin.newKey}

             Kept in ${file} (mode 600). Exchange it for a token and call the catalog:
${usage}

`;
}

/**
 * Makes this the one run of this checkout, with the ports it needs free.
 * @param {import('./services').Service[]} services
 * @param {string} host
 * @param {number | undefined} consolePort
 */
async function takeOver(services, host, consolePort) {
  ensureStateDir();
  run.lock = acquireLock();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));
  const stopped = await stopLeftovers(run.lock.leftovers);
  if (stopped.length > 0) console.log(`Stopped services left running by an earlier run (pids ${stopped.join(', ')}).`);
  await assertPortsFree(consolePort === undefined ? services : [...services, { name: 'admin console; or set MESHWORK_CONSOLE_PORT, or pass --no-console', port: consolePort }], host);
}

function consoleListenPort() {
  const value = process.env.MESHWORK_CONSOLE_PORT ?? String(DEFAULT_CONSOLE_PORT);
  const port = Number(value);
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  throw new Error(`MESHWORK_CONSOLE_PORT must be a port number (got "${value}").`);
}

/**
 * The admin console: Swagger UI of every service, and a gateway to them all under /<service>/, on one origin.
 * @param {import('./services').Service[]} services
 * @param {string} host
 * @param {number} port
 * @returns {Promise<string>} its URL
 */
async function startConsole(services, host, port) {
  run.console = await startGateway({ services: services.map((s) => ({ name: s.name, url: serviceUrl(s, host) })), host, port });
  return `${serviceUrl({ name: 'console', port, entry: '' }, host)}/`;
}

/**
 * Starts every service at once and waits until all are ready; any that fails stops the whole run.
 * @param {import('./services').Service[]} services
 * @param {string} host
 * @param {NodeJS.ProcessEnv} env
 */
async function startServices(services, host, env) {
  run.services = services.map((service) => startService(service, { cwd: paths.root, env: { ...env, PORT: String(service.port) } }));
  for (const running of run.services) {
    if (running.child.pid) run.lock?.recordChild(running.child.pid);
    void running.exited.then((how) => onServiceExit(running, how));
  }
  await Promise.all(run.services.map((running) => waitForService(running, host)));
}

/** @param {string[]} args */
function parseArgs(args) {
  const options = { demo: false, console: true };
  for (const arg of args) {
    if (arg === '--demo') options.demo = true;
    else if (arg === '--no-console') options.console = false;
    else if (arg === '--help' || arg === '-h') exitWith(0, USAGE);
    else exitWith(2, `Unknown option ${arg}\n\n${USAGE}`);
  }
  return options;
}

/** @returns {import('./services').Service[]} */
function loadServices() {
  // Another list (e.g. stand-in services while working on this script) can replace the real one.
  const file = process.env.MESHWORK_SERVICES_FILE;
  return require(file ? path.resolve(file) : './services');
}

/**
 * @param {import('./services').Service[]} services
 * @param {string} host
 */
async function assertPortsFree(services, host) {
  for (const { name, port } of services) {
    if (await isPortFree(port, host)) continue;
    throw new Error(`Port ${port} (${name}) is already in use by another program. See which with: lsof -i :${port}  (or: ss -ltnp 'sport = :${port}')`);
  }
}

/** @returns {Promise<Database>} */
async function openDatabase() {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, description: `DATABASE_URL ${withoutPassword(external)}` };
  }
  const port = pgPort();
  const password = keepSecret(paths.pgPassword);
  console.log(`Starting PostgreSQL on 127.0.0.1:${port} (data in ${relative(paths.pgData)})…`);
  const embedded = await startEmbeddedPostgres({ dataDir: paths.pgData, port, password, onLog: console.log }).catch((error) => {
    if (error.code === 'EADDRINUSE') error.message += ' Set MESHWORK_PG_PORT to use another port.';
    throw error;
  });
  run.postgres = embedded;
  if (embedded.created) console.log(`Initialised a new PostgreSQL cluster in ${relative(paths.pgData)}.`);
  const url = await ensureDatabase(embedded.url, DATABASE_NAME);
  return { url, description: `embedded PostgreSQL, ${url}\n             data in ${relative(paths.pgData)}, log in ${relative(embedded.logFile)}` };
}

function pgPort() {
  const value = process.env.MESHWORK_PG_PORT ?? String(DEFAULT_PG_PORT);
  const port = Number(value);
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  throw new Error(`MESHWORK_PG_PORT must be a port number (got "${value}").`);
}

/** @param {string} url */
async function assertReachable(url) {
  await withClient(url, (client) => client.query('SELECT 1')).catch((error) => {
    throw new Error(`Cannot reach DATABASE_URL (${withoutPassword(url)}): ${error.message}`);
  });
}

/**
 * The services share one database, each in its own schema.
 * @param {string} adminUrl
 * @param {string} name
 */
async function ensureDatabase(adminUrl, name) {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * @template T
 * @param {string} url
 * @param {(client: import('pg').Client) => Promise<T>} work
 */
async function withClient(url, work) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * @param {import('./service-process').RunningService} running
 * @param {string} host
 */
async function waitForService(running, host) {
  const url = `${serviceUrl(running.service, host)}/health/ready`;
  if (await waitUntilReady(running, url)) return;
  if (run.stopping) return;
  reportFailure(running, `did not answer 200 on ${url} within 60 s`);
  await shutdown(1);
}

/**
 * @param {import('./service-process').RunningService} running
 * @param {string} how
 */
function onServiceExit(running, how) {
  if (run.stopping) return;
  reportFailure(running, `exited (${how})`);
  void shutdown(1);
}

/**
 * @param {import('./service-process').RunningService} running
 * @param {string} problem
 */
function reportFailure({ service, lastLines }, problem) {
  console.error(`\n${service.name} ${problem}. Its last lines:`);
  for (const line of lastLines) console.error(`  ${line}`);
}

/**
 * @param {import('./services').Service} service
 * @param {string} host
 */
function serviceUrl(service, host) {
  // A wildcard address is reachable through the loopback one.
  const reachable = ['0.0.0.0', '::', '[::]'].includes(host) ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${service.port}`;
}

/**
 * @param {import('./services').Service[]} services
 * @param {string} host
 * @param {Database} database
 * @param {string} token
 * @param {string} catalogUrl
 * @param {string} admin what to say about the admin API key, if anything
 * @param {string | undefined} consoleUrl
 */
function printBanner(services, host, database, token, catalogUrl, admin, consoleUrl) {
  const rows = services.map((s) => `  ${s.name.padEnd(10)} ${serviceUrl(s, host)}   Swagger UI: ${serviceUrl(s, host)}/docs`);
  const adminConsole = consoleUrl ? `  console    ${consoleUrl}   admin console: Swagger UI of every service; authorize with the admin API key\n\n` : '';
  console.log(`
Meshwork is running.

${adminConsole}${rows.join('\n')}

  database   ${database.description}
  dev token  ${token}
             (kept in ${relative(paths.devToken)})

  Try: curl -H "Authorization: Bearer $(cat ${relative(paths.devToken)})" ${catalogUrl}/v1/domains

${admin}Press Ctrl-C to stop.
`);
}

/**
 * Stops the services, then PostgreSQL, then exits; safe to call more than once.
 * @param {number} code
 */
function shutdown(code) {
  run.stopping ??= (async () => {
    if (run.console) await new Promise((resolve) => run.console?.close(resolve).closeAllConnections());
    if (run.services.length > 0) console.log('\nStopping services…');
    await Promise.all(run.services.map(stopService));
    if (run.postgres) console.log('Stopping PostgreSQL…');
    await run.postgres?.stop();
    run.lock?.release();
    process.exit(code);
  })();
  return run.stopping;
}

/** @param {string} url */
function withoutPassword(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** @param {string} file */
function relative(file) {
  return path.relative(process.cwd(), file) || '.';
}

/**
 * @param {number} code
 * @param {string} message
 * @returns {never}
 */
function exitWith(code, message) {
  (code === 0 ? console.log : console.error)(message);
  process.exit(code);
}

main().catch((error) => {
  if (error instanceof AlreadyRunningError) exitWith(1, error.message);
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  return shutdown(1);
});
