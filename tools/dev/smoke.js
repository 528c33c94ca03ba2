'use strict';
// Quick-start smoke test, run by CI: `npm start -- --demo` on an embedded PostgreSQL brings the mesh up with the
// demo loaded, the admin API key it keeps gets tokens every service accepts, a second start refuses, and Ctrl-C
// leaves no process behind.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const services = require('./services');
const { paths } = require('./state');

const DEADLINE_MS = 120_000;
const { products: DEMO_PRODUCTS } = require('./demo/mesh.json');
// The demo loader publishes products in order, then posts its OpenLineage run: the customers port has run last.
const LAST_DEMO_PRODUCT = DEMO_PRODUCTS[DEMO_PRODUCTS.length - 1];
const DEMO_URN = `urn:meshwork:${LAST_DEMO_PRODUCT.domain}:${LAST_DEMO_PRODUCT.name}`;
const RUN_PORT = 'urn:meshwork:crm:customers:customers:v1';
const CATALOG = 'http://127.0.0.1:3001';
const ACCESS = 'http://127.0.0.1:3003';
let bannerShown = false;

function fail(message) {
  console.error(`smoke: FAILED: ${message}`);
  process.exitCode = 1;
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Processes of this run: their command line mentions this checkout's .meshwork/ (PostgreSQL), or they run a service
 * entry point with this checkout's dev token (other programs, say a benchmark, may run the same entry points).
 * @param {string | undefined} devToken
 */
function leftovers(devToken) {
  const stateDir = path.join(paths.root, '.meshwork');
  const entries = [...services.map((s) => path.join(paths.root, s.entry)), ...services.map((s) => s.entry)];
  return fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .filter((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (cmd.includes('smoke.js')) return false;
        if (cmd.includes(stateDir)) return true;
        if (!entries.some((entry) => cmd.includes(entry))) return false;
        return devToken === undefined || fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`MESHWORK_DEV_TOKEN=${devToken}`);
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
    if (bannerShown && fs.existsSync(paths.devToken)) {
      const token = fs.readFileSync(paths.devToken, 'utf8').trim();
      const res = await fetch(`http://127.0.0.1:3001/v1/resolve/${DEMO_URN}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
      if (res?.status === 200 && (await lastRun(token))) return { token, ms: Date.now() - started };
    }
    await sleep(250);
  }
  throw new Error(`the demo product ${DEMO_URN} did not resolve within ${DEADLINE_MS / 1000} s`);
}

/**
 * The admin API key `npm start` keeps is exchanged at access for a token that the catalog and access accept; a
 * garbage token is refused.
 */
async function checkAdminKey() {
  if (!fs.existsSync(paths.adminApiKey)) return fail(`npm start wrote no admin API key to ${paths.adminApiKey}`);
  const mode = fs.statSync(paths.adminApiKey).mode & 0o777;
  if (mode !== 0o600) fail(`${paths.adminApiKey} has mode ${mode.toString(8)}, not 600`);
  const apiKey = fs.readFileSync(paths.adminApiKey, 'utf8').trim();
  const exchange = await fetch(`${ACCESS}/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey }) });
  if (exchange.status !== 200) return fail(`POST /v1/auth/token with the admin API key answered ${exchange.status}: ${await exchange.text()}`);
  const { accessToken } = await exchange.json();
  const bearer = { authorization: `Bearer ${accessToken}` };
  const listed = await fetch(`${CATALOG}/v1/products`, { headers: bearer });
  if (!listed.ok) fail(`the catalog answered ${listed.status} to GET /v1/products with the admin's token`);
  const domain = await fetch(`${CATALOG}/v1/domains`, {
    method: 'POST',
    headers: { ...bearer, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'smoke-admin', title: 'Created with the admin token', ownerTeamId: 'smoke-team' }),
  });
  if (!domain.ok && domain.status !== 409) fail(`the catalog answered ${domain.status} to POST /v1/domains with the admin's token: ${await domain.text()}`);
  const principals = await fetch(`${ACCESS}/v1/principals?q=meshwork-admin`, { headers: bearer });
  if (!principals.ok) fail(`access answered ${principals.status} to GET /v1/principals with the admin's token`);
  const garbage = await fetch(`${CATALOG}/v1/products`, { headers: { authorization: 'Bearer not.a.token' } });
  if (garbage.status !== 401) fail(`the catalog answered ${garbage.status}, not 401, to a garbage token`);
  if (!process.exitCode) console.log('smoke: the admin API key gets a token that the catalog and access accept; a garbage token gets 401');
  return undefined;
}

/**
 * Governance runs with its starter policies, and the demo products were published through the catalog's gate.
 * @param {string} token
 */
async function checkGovernance(token) {
  const bearer = { authorization: `Bearer ${token}` };
  const policies = await (await fetch('http://127.0.0.1:3002/v1/policies?state=enforced&limit=100', { headers: bearer })).json();
  if (!(policies.total >= 9)) fail(`governance lists ${policies.total} enforced policies; the starter set has 9`);
  const product = await (await fetch('http://127.0.0.1:3001/v1/products/crm/customers', { headers: bearer })).json();
  if (product.status !== 'published' || !product.policyCheckedAt) fail(`crm/customers was not published through the governance gate: ${JSON.stringify(product).slice(0, 300)}`);
  console.log(`smoke: governance enforces ${policies.total} policies and evaluated the demo products when they were published`);
}

/**
 * SLA monitoring heard of the demo products from the catalog and derived the objectives of their contracts.
 * @param {string} token
 */
async function checkSla(token) {
  const port = encodeURIComponent('urn:meshwork:crm:customers:customers:v1');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await fetch(`http://127.0.0.1:3004/v1/slos?portUrn=${port}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
    const page = res?.ok ? await res.json() : undefined;
    if (page?.total > 0) {
      console.log(`smoke: SLA monitoring derived ${page.total} objectives for the customers port from its contract`);
      return;
    }
    if (Date.now() > deadline) return fail(`SLA monitoring has no objectives for the customers port 20 s after the demo was published (last answer ${res?.status})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main() {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(__dirname, 'start.js'), '--demo'], { cwd: paths.root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  // Its output passes through; the banner says the admin API key is in place (data kept from an earlier run may
  // resolve the demo before that).
  readline.createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }).on('line', (line) => {
    console.log(line);
    if (line.includes('Press Ctrl-C to stop.')) bannerShown = true;
  });
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
    await checkGovernance(token);
    await checkSla(token);
    await checkAdminKey();
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
  const left = leftovers(fs.existsSync(paths.devToken) ? fs.readFileSync(paths.devToken, 'utf8').trim() : undefined);
  if (left.length > 0) fail(`processes left after Ctrl-C: ${left.join(', ')}`);
  if (!process.exitCode) console.log('smoke: stopped cleanly, no process left behind');
}

void main();
