'use strict';
// One service as a child process: prefixed logs, readiness polling, orderly stop.
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const { commandLine, isAlive, sleep } = require('./processes');

const READY_DEADLINE_MS = 60_000;
const STOP_DEADLINE_MS = 10_000;
const KEPT_LINES = 30;
const REGISTER = './tools/swc/register.js';
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/**
 * @typedef {object} RunningService
 * @property {import('./services').Service} service
 * @property {import('node:child_process').ChildProcess} child
 * @property {string[]} lastLines the service's latest output, for failure reports
 * @property {Promise<string>} exited resolves with how it exited ("code 1", "SIGTERM")
 */

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/**
 * @param {import('./services').Service} service
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 * @returns {RunningService}
 */
function startService(service, { cwd, env }) {
  // Detached: a Ctrl-C in the terminal reaches only `npm start`, which stops each service once, then PostgreSQL.
  const child = spawn(process.execPath, ['-r', REGISTER, service.entry], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  /** @type {string[]} */
  const lastLines = [];
  const prefix = `[${service.name}]`;
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: /** @type {import('node:stream').Readable} */ (stream) }).on('line', (line) => {
      const text = readable(line);
      lastLines.push(text);
      if (lastLines.length > KEPT_LINES) lastLines.shift();
      for (const part of text.split('\n')) console.log(`${prefix} ${part}`);
    });
  }
  const exited = new Promise((resolve) => {
    child.once('error', (error) => resolve(error.message));
    // 'close' comes after the output is drained, so the last lines are in lastLines by then.
    child.once('close', (code, signal) => resolve(signal ?? `code ${code}`));
  });
  void exited.then(() => children.delete(child));
  return { service, child, lastLines, exited };
}

/**
 * Polls the readiness endpoint until it answers 200. False when the service exits or the deadline passes.
 * @param {RunningService} running
 * @param {string} url
 */
async function waitUntilReady(running, url) {
  let exited = false;
  void running.exited.then(() => (exited = true));
  const deadline = Date.now() + READY_DEADLINE_MS;
  while (!exited && Date.now() < deadline) {
    if (await answersOk(url)) return true;
    await sleep(250);
  }
  return false;
}

/** @param {string} url */
async function answersOk(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * SIGTERM (the services close their servers and pools), SIGKILL if that takes too long.
 * @param {RunningService} running
 */
async function stopService({ child, exited }) {
  if (!children.has(child)) return;
  const force = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(force);
}

/**
 * Stops services that a killed run left behind; pids that now belong to other programs are left alone.
 * @param {number[]} pids
 */
async function stopLeftovers(pids) {
  const ours = pids.filter((pid) => isAlive(pid) && (commandLine(pid) ?? '').includes(REGISTER));
  for (const pid of ours) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_DEADLINE_MS;
  while (ours.some(isAlive) && Date.now() < deadline) await sleep(100);
  for (const pid of ours.filter(isAlive)) process.kill(pid, 'SIGKILL');
  return ours;
}

/**
 * Pino's JSON lines as "LEVEL context: message {other fields}"; anything else unchanged.
 * @param {string} line
 */
function readable(line) {
  const entry = parseJsonObject(line);
  if (entry === undefined || typeof entry.msg !== 'string') return line;
  const { level, time: _time, pid: _pid, hostname: _hostname, service: _service, context, msg, err, ...rest } = entry;
  const label = (LEVELS[/** @type {keyof typeof LEVELS} */ (level)] ?? String(level)).toUpperCase().padEnd(5);
  const fields = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
  const stack = err && typeof err === 'object' && 'stack' in err ? `\n${err.stack}` : '';
  return `${label} ${context ? `${context}: ` : ''}${msg}${fields}${stack}`;
}

/**
 * @param {string} line
 * @returns {Record<string, unknown> | undefined}
 */
function parseJsonObject(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

// Last resort when `npm start` exits without stopping them: the services are detached and would outlive it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

module.exports = { startService, waitUntilReady, stopService, stopLeftovers };
