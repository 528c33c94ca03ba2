'use strict';
// `.meshwork/`: what one checkout's local mesh keeps between runs (git-ignored).
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { commandLine, isAlive } = require('./processes');

const ROOT = path.resolve(__dirname, '..', '..');
const STATE_DIR = path.join(ROOT, '.meshwork');

const paths = {
  root: ROOT,
  state: STATE_DIR,
  pgData: path.join(STATE_DIR, 'pg'),
  pgPassword: path.join(STATE_DIR, 'pg-password'),
  devToken: path.join(STATE_DIR, 'dev-token'),
  adminApiKey: path.join(STATE_DIR, 'admin-api-key'),
  lock: path.join(STATE_DIR, 'meshwork.pid'),
};

function ensureStateDir() {
  try {
    fs.mkdirSync(STATE_DIR);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EEXIST') return;
    throw error;
  }
  // Traversable, not listable: started as root, PostgreSQL runs as the `postgres` user and must reach pg/.
  fs.chmodSync(STATE_DIR, 0o711);
}

/**
 * A random secret kept in a file readable only by its owner, created on first use.
 * @param {string} file
 */
function keepSecret(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

class AlreadyRunningError extends Error {
  /** @param {number} pid */
  constructor(pid) {
    super(`Meshwork is already running (pid ${pid}) from this checkout. Stop it with Ctrl-C in its terminal, or: kill ${pid}`);
    this.pid = pid;
  }
}

/**
 * One `npm start` per checkout. A lock left by a killed run is taken over when its process is gone;
 * `leftovers` are the child pids that run recorded, some of which may still be running.
 * @returns {{ release(): void, recordChild(pid: number): void, leftovers: number[] }}
 */
function acquireLock() {
  /** @type {number[]} */
  let leftovers = [];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreateLock()) return { release: releaseLock, recordChild, leftovers };
    const [holder, ...children] = lockedPids();
    if (holder !== undefined && isStartProcess(holder)) throw new AlreadyRunningError(holder);
    leftovers = children;
    fs.rmSync(paths.lock, { force: true });
  }
  throw new Error(`Cannot take the lock ${paths.lock}; remove it if no Meshwork is running.`);
}

function tryCreateLock() {
  try {
    fs.writeFileSync(paths.lock, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EEXIST') return false;
    throw error;
  }
}

/** The lock holds our pid, then the pids of the services we started. */
function lockedPids() {
  return readOr(paths.lock, '')
    .split('\n')
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

/** @param {number} pid pids get recycled: only a live `start.js` holds the lock */
function isStartProcess(pid) {
  if (!isAlive(pid)) return false;
  const command = commandLine(pid);
  return command === undefined || command.includes('start.js');
}

/** @param {number} pid */
function recordChild(pid) {
  fs.appendFileSync(paths.lock, `${pid}\n`);
}

function releaseLock() {
  if (lockedPids()[0] === process.pid) fs.rmSync(paths.lock, { force: true });
}

/**
 * @param {string} file
 * @param {string} fallback
 */
function readOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

module.exports = { paths, ensureStateDir, keepSecret, acquireLock, AlreadyRunningError };
