'use strict';
// The first platform admin of a production mesh, where dev tokens are refused:
//   docker compose run --rm -T access node tools/deploy/bootstrap-admin.js
// Starts a private access service in this process's container, on loopback, against the same database and
// ACCESS_KEY_SECRET, with a dev token that never leaves this process; makes sure the service account
// meshwork-admin exists as an enabled platform admin; creates a new API key for it; prints the key alone on
// stdout (everything else goes to stderr) and stops. Each run adds a key: revoke the old ones you no longer use.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const { createServer } = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { entryOf, root } = require('./services');

/** @type {typeof import('../dev/admin')} `npm start`'s admin set-up, shipped in the image (tools/dev is no nx project). */
const { ensureAdminKey } = require(path.join(root, 'tools', 'dev', 'admin.js'));

const READY_DEADLINE_MS = 120_000;
const STOP_DEADLINE_MS = 10_000;

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 */
async function waitUntilReady(url, child) {
  const deadline = Date.now() + READY_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the access service exited with code ${child.exitCode} before it was ready`);
    const status = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((res) => res.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the access service was not ready within ${READY_DEADLINE_MS / 1000} s`);
}

/** @param {import('node:child_process').ChildProcess} child */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const force = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(force);
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run this where the access service runs (docker compose run --rm -T access …)');
  if (!process.env.ACCESS_KEY_SECRET) throw new Error('ACCESS_KEY_SECRET is not set: the admin must be created under the secret the access service uses');
  const port = await freePort();
  const devToken = randomBytes(32).toString('base64url');
  const env = { ...process.env, NODE_ENV: 'development', MESHWORK_DEV_TOKEN: devToken, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  const child = spawn(process.execPath, ['-r', path.join(root, 'tools/swc/register.js'), entryOf('access')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout?.pipe(process.stderr);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-admin-'));
  try {
    const accessUrl = `http://127.0.0.1:${port}`;
    await waitUntilReady(`${accessUrl}/health/ready`, child);
    const admin = await ensureAdminKey({ accessUrl, devToken, file: path.join(dir, 'admin-api-key') });
    const key = admin.newKey ?? fs.readFileSync(path.join(dir, 'admin-api-key'), 'utf8').trim();
    process.stderr.write(`API key of the service account meshwork-admin (platform-admin, principal ${admin.principalId}); exchange it at POST /v1/auth/token:\n`);
    process.stdout.write(`${key}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await stop(child);
  }
}

main().catch((error) => {
  process.stderr.write(`bootstrap-admin: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
