'use strict';
// Quick-start smoke test, run by CI: `npm start -- --demo` on an embedded PostgreSQL brings the mesh up with the
// demo loaded, a second start refuses, and Ctrl-C leaves no process behind.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const services = require('./services');
const { paths } = require('./state');

const DEADLINE_MS = 120_000;
const { products: DEMO_PRODUCTS } = require('./demo/mesh.json');
// The demo loader publishes products in order, then posts its OpenLineage run: the customers port has run last.
const LAST_DEMO_PRODUCT = DEMO_PRODUCTS[DEMO_PRODUCTS.length - 1];
const DEMO_URN = `urn:meshwork:${LAST_DEMO_PRODUCT.domain}:${LAST_DEMO_PRODUCT.name}`;
const RUN_PORT = 'urn:meshwork:crm:customers:customers:v1';

function fail(message) {
  console.error(`smoke: FAILED: ${message}`);
  process.exitCode = 1;
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes whose command line mentions this checkout's .meshwork/ or a service entry point. */
function leftovers() {
  const markers = [path.join(paths.root, '.meshwork'), ...services.map((s) => path.join(paths.root, s.entry)), ...services.map((s) => s.entry)];
  return fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .filter((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return markers.some((m) => cmd.includes(m)) && !cmd.includes('smoke.js');
      } catch {
        return false;
      }
    });
}

/** @param {string} token */
async function lastRun(token) {
  const res = await fetch(`http://127.0.0.1:3001/v1/resolve/${RUN_PORT}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
  if (res?.status !== 200) return undefined;
  return (await res.json()).port?.lastSuccessfulRunAt ?? undefined;
}

/** @param {import('node:child_process').ChildProcess} child */
async function waitForDemo(child) {
  const started = Date.now();
  while (Date.now() - started < DEADLINE_MS) {
    if (child.exitCode !== null) throw new Error(`npm start exited early with code ${child.exitCode}`);
    if (fs.existsSync(paths.devToken)) {
      const token = fs.readFileSync(paths.devToken, 'utf8').trim();
      const res = await fetch(`http://127.0.0.1:3001/v1/resolve/${DEMO_URN}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
      if (res?.status === 200 && (await lastRun(token))) return { token, ms: Date.now() - started };
    }
    await sleep(250);
  }
  throw new Error(`the demo product ${DEMO_URN} did not resolve within ${DEADLINE_MS / 1000} s`);
}

async function main() {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(__dirname, 'start.js'), '--demo'], { cwd: paths.root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const { token, ms } = await waitForDemo(child);
    console.log(`smoke: mesh up with the ${DEMO_PRODUCTS.length} demo products and their lineage loaded after ${(ms / 1000).toFixed(1)} s`);
    const ready = await fetch('http://127.0.0.1:3001/health/ready');
    if (ready.status !== 200) fail(`/health/ready answered ${ready.status}`);
    const products = await (await fetch('http://127.0.0.1:3001/v1/products', { headers: { authorization: `Bearer ${token}` } })).json();
    if (products.total !== DEMO_PRODUCTS.length) fail(`expected the ${DEMO_PRODUCTS.length} demo products, the catalog lists ${products.total}`);
    const found = await (await fetch('http://127.0.0.1:3001/v1/search?q=custmer', { headers: { authorization: `Bearer ${token}` } })).json();
    if (!found.items?.some((/** @type {{ urn: string }} */ hit) => hit.urn === 'urn:meshwork:crm:customers')) fail('search for a misspelt "custmer" did not find the customers product');
    const lineage = await (await fetch(`http://127.0.0.1:3001/v1/lineage/${RUN_PORT}?direction=down&depth=3`, { headers: { authorization: `Bearer ${token}` } })).json();
    if (!(lineage.edges?.length > 0)) fail('the customers port shows no downstream lineage');
    const second = spawnSync(process.execPath, [path.join(__dirname, 'start.js')], { cwd: paths.root, env, encoding: 'utf8', timeout: 30_000 });
    if (second.status === 0 || !/already running/i.test(`${second.stdout}${second.stderr}`)) fail(`a second start did not refuse clearly (exit ${second.status}): ${second.stderr}`);
    else console.log('smoke: a second start refuses: already running');
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  } finally {
    child.kill('SIGINT');
  }
  const how = await Promise.race([exited, sleep(30_000).then(() => undefined)]);
  if (!how) {
    child.kill('SIGKILL');
    fail('npm start did not stop within 30 s of Ctrl-C');
  } else if (how.code !== 0) fail(`npm start exited with ${how.code ?? how.signal} after Ctrl-C`);
  await sleep(500);
  const left = leftovers();
  if (left.length > 0) fail(`processes left after Ctrl-C: ${left.join(', ')}`);
  if (!process.exitCode) console.log('smoke: stopped cleanly, no process left behind');
}

void main();
