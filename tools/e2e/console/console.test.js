'use strict';
// The admin console in a real browser, run by CI after the smoke test (`npm run e2e:console`): `npm start` brings the
// mesh up with its console, Debian's Chromium (driven by playwright-core) opens it, authorizes with the admin API key,
// creates a team in the access document and enforces a policy in the governance one with "Try it out", and the API
// confirms both. The screenshot lands in .ci/artifacts/console.png. Without /usr/bin/chromium the test is skipped,
// except under CI, where it fails.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { after, before, describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Client } = require('pg');
const services = require('../../dev/services');
const { paths } = require('../../dev/state');

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.join(paths.root, '.ci', 'artifacts');
const CONSOLE_PORT = Number(process.env.MESHWORK_CONSOLE_PORT || 3000);
const START_DEADLINE_MS = 180_000;
const UI_TIMEOUT_MS = 30_000;
const RUN = `${Date.now().toString(36)}-${process.pid}`;
const TEAM = `console-e2e-${RUN}`;
const POLICY = `console-e2e-${RUN}`;

const inCi = ['true', '1'].includes(String(process.env.CI).toLowerCase());
const hasChromium = fs.existsSync(CHROMIUM);
const skip = !hasChromium && !inCi ? `${CHROMIUM} is not installed (apt-get install -y chromium); the console's browser test is skipped. Under CI=true it fails instead.` : false;

/** What the run holds, for the steps and for cleaning up. */
const mesh = {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  child: undefined,
  /** @type {Promise<{ code: number | null, signal: string | null }> | undefined} */
  exited: undefined,
  /** @type {string[]} */
  output: [],
  consoleUrl: '',
  apiKey: '',
  token: '',
  /** @type {string | undefined} a database made for this run on DATABASE_URL's server, dropped after */
  database: undefined,
  failed: false,
};
/** @type {import('playwright-core').BrowserContext | undefined} */
let browser;
/** @type {import('playwright-core').Page | undefined} */
let page;
let profileDir = '';

/** @param {number} port */
function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * With DATABASE_URL, the mesh gets a database of its own on that server; without it, `npm start`'s embedded one.
 * @returns {Promise<NodeJS.ProcessEnv>}
 */
async function meshEnvironment() {
  const env = { ...process.env, MESHWORK_CONSOLE_PORT: String(CONSOLE_PORT) };
  const server = process.env.DATABASE_URL;
  if (!server) {
    delete env.DATABASE_URL;
    return env;
  }
  mesh.database = `meshwork_console_e2e_${process.pid}`;
  await withClient(server, (client) => client.query(`CREATE DATABASE "${mesh.database}"`));
  const url = new URL(server);
  url.pathname = `/${mesh.database}`;
  env.DATABASE_URL = url.toString();
  return env;
}

/**
 * @param {string} url
 * @param {(client: Client) => Promise<unknown>} work
 */
async function withClient(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Starts `npm start` and waits for its banner; resolves with the console's URL printed there. */
async function startMesh() {
  for (const port of [CONSOLE_PORT, ...services.map((s) => s.port)]) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is in use: stop the program on it (a running npm start?) before this test.`);
  }
  const env = await meshEnvironment();
  const child = spawn(process.execPath, [path.join(paths.root, 'tools', 'dev', 'start.js')], { cwd: paths.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  mesh.child = child;
  mesh.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const lines = readline.createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
  readline.createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stderr) }).on('line', (line) => mesh.output.push(line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no banner within ${START_DEADLINE_MS / 1000} s`)), START_DEADLINE_MS);
    let consoleUrl = '';
    lines.on('line', (line) => {
      mesh.output.push(line);
      const printed = /^\s+console\s+(http:\/\/\S+)/.exec(line);
      if (printed) consoleUrl = printed[1];
      if (!line.includes('Press Ctrl-C to stop.')) return;
      clearTimeout(timer);
      if (consoleUrl) resolve(consoleUrl);
      else reject(new Error('the banner of npm start names no admin console URL'));
    });
    void mesh.exited?.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited early (${code ?? signal}): ${mesh.output.slice(-5).join(' | ')}`));
    });
  });
}

/**
 * A call through the console's gateway with the admin's token.
 * @param {string} method
 * @param {string} route e.g. /access/v1/teams
 * @param {unknown} [body]
 */
async function api(method, route, body) {
  const res = await fetch(new URL(route, mesh.consoleUrl), {
    method,
    headers: { authorization: `Bearer ${mesh.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

/** @param {string} name */
async function selectSpec(name) {
  const current = /** @type {import('playwright-core').Page} */ (page);
  await current.selectOption('.topbar select', { label: name });
  await current.locator('.information-container .title').filter({ hasText: new RegExp(name, 'i') }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/**
 * Opens an operation, presses "Try it out", fills its parameters and body, presses Execute, and reads the answer shown.
 * @param {string} operation Swagger UI's id of the operation block, `operations-<tag>-<operationId>`
 * @param {{ params?: Record<string, string>, body?: unknown }} input
 */
async function tryItOut(operation, { params = {}, body }) {
  const current = /** @type {import('playwright-core').Page} */ (page);
  const block = current.locator(`#${operation}`);
  await block.waitFor({ timeout: UI_TIMEOUT_MS });
  if (!(await block.locator('.opblock-body').isVisible())) await block.locator('.opblock-summary-control').click();
  const tryOut = block.locator('button.try-out__btn');
  if ((await tryOut.textContent())?.includes('Try it out')) await tryOut.click();
  for (const [name, value] of Object.entries(params)) await block.locator(`tr[data-param-name="${name}"] input`).fill(value);
  if (body !== undefined) await block.locator('textarea.body-param__text').fill(JSON.stringify(body, null, 2));
  const previous = block.locator('.live-responses-table .response .response-col_status');
  if ((await previous.count()) > 0) await block.locator('button.btn-clear').click();
  await block.locator('button.execute').click();
  const status = block.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: UI_TIMEOUT_MS });
  const text = await block.locator('.live-responses-table .response .response-col_description pre.microlight').first().textContent();
  return { status: Number((await status.textContent())?.trim()), body: JSON.parse(text ?? 'null'), block };
}

/** The mesh with a draft policy to enforce, and Chromium on a fresh profile. */
async function setUp() {
  if (!hasChromium) throw new Error(`CI=true and ${CHROMIUM} is missing: .ci/run installs it with apt-get install -y chromium.`);
  mesh.consoleUrl = await startMesh();
  mesh.apiKey = fs.readFileSync(paths.adminApiKey, 'utf8').trim();
  const exchange = await fetch(new URL('/access/v1/auth/token', mesh.consoleUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: mesh.apiKey }) });
  const answer = await exchange.text();
  assert.equal(exchange.status, 200, `the admin API key was not exchanged through the gateway: ${answer}`);
  mesh.token = JSON.parse(answer).accessToken;
  const draft = await api('POST', '/governance/v1/policies', {
    id: POLICY,
    name: 'Console browser test',
    description: 'Made by the console browser test; applies to no real domain.',
    severity: 'info',
    target: 'product',
    scope: [POLICY],
    rule: { kind: 'cel', expression: 'true' },
  });
  assert.equal(draft.status, 201, `could not create the draft policy: ${draft.text}`);
  const { chromium } = require('playwright-core');
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-console-chromium-'));
  browser = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1400, height: 1000 } });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => mesh.output.push(`[browser] ${error.message}`));
}

/**
 * A step of the scenario; a failure is remembered, for the screenshot and npm start's output at the end.
 * @param {string} name
 * @param {() => Promise<void>} fn
 */
function step(name, fn) {
  it(name, async () => {
    try {
      await fn();
    } catch (error) {
      mesh.failed = true;
      throw error;
    }
  });
}

describe('admin console in Chromium', { skip }, () => {
  before(async () => {
    try {
      await setUp();
    } catch (error) {
      mesh.failed = true;
      throw error;
    }
  });

  after(async () => {
    if (page && mesh.failed) await saveScreenshot('console-failure.png').catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
    if (mesh.token) {
      // The embedded database outlives the run: leave no test team or enforced test policy in a developer's mesh.
      await api('DELETE', `/access/v1/teams/${TEAM}`).catch(() => undefined);
      await api('POST', `/governance/v1/policies/${POLICY}/transitions`, { to: 'retired' }).catch(() => undefined);
    }
    await stopMesh();
  });

  step("opens the console: a spec selector over the four services' documents, nothing authorized yet", async () => {
    const current = /** @type {import('playwright-core').Page} */ (page);
    await current.goto(mesh.consoleUrl);
    await current.locator('.opblock').first().waitFor({ timeout: UI_TIMEOUT_MS });
    const options = await current.locator('.topbar select option').allTextContents();
    assert.deepEqual(options, services.map((s) => s.name));
    assert.match((await current.locator('#auth-status').textContent()) ?? '', /Not authorized/);
    await selectSpec('access');
    const denied = await tryItOut('operations-teams-listTeams', {});
    assert.equal(denied.status, 401, 'an unauthorized Try it out reaches the service without a token');
    assert.equal(denied.body.code, 'UNAUTHENTICATED');
  });

  step('authorizes every document with the admin API key', async () => {
    const current = /** @type {import('playwright-core').Page} */ (page);
    await current.fill('#api-key', 'mwk_not-a-key');
    await current.click('#api-key-submit');
    await current.locator('#auth-status.mw-error').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match((await current.locator('#auth-status').textContent()) ?? '', /did not exchange the API key/);
    await current.fill('#api-key', mesh.apiKey);
    await current.click('#api-key-submit');
    await current.locator('#auth-status.mw-ok').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match((await current.locator('#auth-status').textContent()) ?? '', /Authorized as .* \(platform-admin\) by API key/);
    assert.equal(await current.inputValue('#api-key'), '', 'the API key stays in the field after it was exchanged');
    const kept = await current.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }));
    assert.deepEqual(kept, { session: 1, local: 0 });
    const allowed = await tryItOut('operations-teams-listTeams', {});
    assert.equal(allowed.status, 200);
  });

  step('creates a team with Try it out in the access document (POST /v1/teams answers 201), and the team exists', async () => {
    const created = await tryItOut('operations-teams-createTeam', { body: { name: TEAM, displayName: 'Made in the admin console' } });
    assert.equal(created.status, 201, `createTeam answered ${created.status}: ${JSON.stringify(created.body)}`);
    assert.equal(created.body.name, TEAM);
    await created.block.locator('.live-responses-table .response').first().scrollIntoViewIfNeeded();
    await saveScreenshot('console.png');
    const team = await api('GET', `/access/v1/teams/${TEAM}`);
    assert.equal(team.status, 200, `GET /v1/teams/${TEAM} answered ${team.status}: ${team.text}`);
    assert.equal(team.body.displayName, 'Made in the admin console');
  });

  step('enforces a draft policy with Try it out in the governance document, and the policy is enforced', async () => {
    await selectSpec('governance');
    const moved = await tryItOut('operations-policies-transitionPolicy', { params: { id: POLICY }, body: { to: 'enforced' } });
    assert.equal(moved.status, 200, `transitionPolicy answered ${moved.status}: ${JSON.stringify(moved.body)}`);
    assert.equal(moved.body.state, 'enforced');
    const policy = await api('GET', `/governance/v1/policies/${POLICY}`);
    assert.equal(policy.status, 200);
    assert.equal(policy.body.state, 'enforced');
  });

  step("takes a raw token in Swagger's own Authorize dialog after signing out, for every document", async () => {
    const current = /** @type {import('playwright-core').Page} */ (page);
    await current.click('#sign-out');
    assert.match((await current.locator('#auth-status').textContent()) ?? '', /Not authorized/);
    assert.equal(await current.evaluate(() => sessionStorage.length), 0, 'signing out leaves the token in sessionStorage');
    await current.locator('.auth-wrapper button.authorize').click();
    const dialog = current.locator('.modal-ux');
    await dialog.locator('input').first().fill(mesh.token);
    await dialog.locator('.auth-btn-wrapper button.authorize').click();
    await dialog.locator('.auth-btn-wrapper button.btn-done').click();
    await current.locator('#auth-status.mw-ok').waitFor({ timeout: UI_TIMEOUT_MS });
    assert.match((await current.locator('#auth-status').textContent()) ?? '', /Authorized as .* by token/);
    await selectSpec('access');
    const listed = await tryItOut('operations-teams-listTeams', {});
    assert.equal(listed.status, 200, `listTeams with the token from the dialog answered ${listed.status}`);
  });
});

/** @param {string} name */
async function saveScreenshot(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page?.screenshot({ path: path.join(ARTIFACTS, name) });
  console.log(`screenshot: ${path.relative(paths.root, path.join(ARTIFACTS, name))}`);
}

/** Ctrl-C stops npm start, the console's gateway with it, and it exits 0. */
async function stopMesh() {
  const { child, exited } = mesh;
  /** @type {{ code: number | null, signal: string | null } | undefined} */
  let how;
  if (child && exited && child.exitCode === null) {
    child.kill('SIGINT');
    how = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(undefined), 30_000).unref())]);
    if (!how) child.kill('SIGKILL');
  }
  if (child && (mesh.failed || how?.code !== 0)) console.log(`npm start's output:\n${mesh.output.join('\n')}`);
  const server = process.env.DATABASE_URL;
  if (server && mesh.database) await withClient(server, (client) => client.query(`DROP DATABASE IF EXISTS "${mesh.database}" WITH (FORCE)`));
  if (child && exited && !mesh.failed) {
    assert.ok(how, 'npm start did not stop within 30 s of Ctrl-C');
    assert.equal(how.code, 0, `npm start exited with ${how.code ?? how.signal} after Ctrl-C`);
  }
}
