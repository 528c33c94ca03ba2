'use strict';
// The admin console in a real browser, run by CI after the smoke test (`npm run e2e:console`): `npm start` brings the
// mesh up with its console, Debian's Chromium (driven by playwright-core) opens it, authorizes with the admin API key,
// creates a team in the access document, enforces a policy in the governance one, approves an access request and revokes
// the grant it made in the access one, each with "Try it out", and the API confirms each. The screenshots land in
// .ci/artifacts/ (console.png, console-grant-revoked.png). Without /usr/bin/chromium the test is skipped, except under
// CI, where it fails.
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
/** The catalog side of the access request: a domain owned by TEAM, with a published product of one output port. */
const DOMAIN = `console-e2e-${RUN}`;
const PRODUCT = 'orders';
const PORT_URN = `urn:meshwork:${DOMAIN}:${PRODUCT}:orders:v1`;
/** The team that asks for access to the port. */
const CONSUMERS = `console-e2e-consumers-${RUN}`;

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
/** The grant the console's approval made, revoked in the next step. */
let grantId = '';

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
  // Choosing the document already shown would load it again; only another one is selected.
  if ((await current.locator('.topbar select option:checked').textContent())?.trim() !== name) await current.selectOption('.topbar select', { label: name });
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
  // The body renders after the click: wait for its toggle, which reads "Try it out", or "Cancel" once tried out.
  const toggle = block.locator('button.try-out__btn').first();
  await toggle.waitFor({ timeout: UI_TIMEOUT_MS });
  if (!/Cancel/i.test((await toggle.textContent()) ?? '')) await toggle.click();
  await block.locator('button.execute').waitFor({ timeout: UI_TIMEOUT_MS });
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

/**
 * @param {{ status: number, text: string }} answer
 * @param {number} expected
 * @param {string} what
 */
function expectStatus(answer, expected, what) {
  assert.equal(answer.status, expected, `${what} answered ${answer.status}: ${answer.text}`);
}

/** Through the API: the product whose port the request asks for, published, and a pending request of CONSUMERS for it. */
async function pendingAccessRequest() {
  expectStatus(await api('POST', '/catalog/v1/domains', { name: DOMAIN, title: 'Console browser test', ownerTeamId: TEAM }), 201, 'createDomain');
  const product = {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: `${DOMAIN}-orders`,
    name: 'Orders',
    version: '1.0.0',
    status: 'active',
    domain: DOMAIN,
    // What the starter policies ask of a published product: purpose, owner team, support channel.
    description: { purpose: 'Orders of the console browser test, for an access request approved in the console.' },
    team: { name: 'Console browser test', members: [{ username: 'console-e2e@example.com', name: 'Console Test', role: 'owner' }] },
    support: [{ channel: '#console-e2e', url: 'https://example.com/console-e2e', tool: 'slack', scope: 'interactive' }],
    outputPorts: [{ name: 'orders', version: '1.0.0', contractId: `${DOMAIN}-orders-contract` }],
  };
  const contract = {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: `${DOMAIN}-orders-contract`,
    version: '1.0.0',
    status: 'active',
    schema: [{ name: 'orders', properties: [{ name: 'order_id', logicalType: 'string', required: true }] }],
    slaProperties: [
      { property: 'latency', value: 4, unit: 'h' },
      { property: 'availability', value: 99, unit: 'percent' },
    ],
  };
  expectStatus(await api('PUT', `/catalog/v1/products/${DOMAIN}/${PRODUCT}`, { product, contracts: [contract] }), 201, 'registerProduct');
  expectStatus(await api('POST', `/catalog/v1/products/${DOMAIN}/${PRODUCT}/transitions`, { to: 'published' }), 200, 'transitionProduct to published');
  expectStatus(await api('POST', '/access/v1/teams', { name: CONSUMERS, displayName: 'Consumers of the console browser test' }), 201, 'createTeam of the consumers');
  const request = await api('POST', '/access/v1/access-requests', { portUrn: PORT_URN, purpose: 'Console browser test: approved in the console', consumer: { team: CONSUMERS }, durationDays: 7 });
  expectStatus(request, 201, 'createAccessRequest');
  assert.equal(request.body.state, 'pending', `the access request is ${request.body.state}, not pending`);
  return /** @type {string} */ (request.body.id);
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
      if (grantId) await api('POST', `/access/v1/grants/${grantId}/revoke`, { reason: 'console browser test cleanup' }).catch(() => undefined);
      await api('POST', `/catalog/v1/products/${DOMAIN}/${PRODUCT}/transitions`, { to: 'deprecated', reason: 'console browser test cleanup' }).catch(() => undefined);
      await api('POST', `/catalog/v1/products/${DOMAIN}/${PRODUCT}/transitions`, { to: 'retired' }).catch(() => undefined);
      await api('DELETE', `/access/v1/teams/${CONSUMERS}`).catch(() => undefined);
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

  step('approves an access request with Try it out in the access document (POST /v1/access-requests/{id}/approve answers 200), and the grant exists', async () => {
    const requestId = await pendingAccessRequest();
    await selectSpec('access');
    const approved = await tryItOut('operations-access-requests-approveAccessRequest', { params: { id: requestId }, body: { reason: 'Approved in the admin console' } });
    assert.equal(approved.status, 200, `approveAccessRequest answered ${approved.status}: ${JSON.stringify(approved.body)}`);
    assert.equal(approved.body.state, 'approved');
    assert.equal(approved.body.decisionReason, 'Approved in the admin console');
    assert.match(approved.body.grantId ?? '', /\S/, 'the approved request names no grant');
    grantId = approved.body.grantId;
    const grant = await api('GET', `/access/v1/grants/${grantId}`);
    expectStatus(grant, 200, `GET /v1/grants/${grantId}`);
    assert.deepEqual([grant.body.active, grant.body.portUrn, grant.body.requestId, grant.body.consumer], [true, PORT_URN, requestId, { team: CONSUMERS }]);
  });

  step('revokes that grant with Try it out in the access document (POST /v1/grants/{id}/revoke answers 200), and it is no longer active', async () => {
    const revoked = await tryItOut('operations-grants-revokeGrant', { params: { id: grantId }, body: { reason: 'Revoked in the admin console' } });
    assert.equal(revoked.status, 200, `revokeGrant answered ${revoked.status}: ${JSON.stringify(revoked.body)}`);
    assert.deepEqual([revoked.body.id, revoked.body.active, revoked.body.revokeReason], [grantId, false, 'Revoked in the admin console']);
    await revoked.block.locator('.live-responses-table .response').first().scrollIntoViewIfNeeded();
    await saveScreenshot('console-grant-revoked.png');
    const grant = await api('GET', `/access/v1/grants/${grantId}`);
    expectStatus(grant, 200, `GET /v1/grants/${grantId}`);
    assert.equal(grant.body.active, false);
    assert.match(grant.body.revokedAt ?? '', /^\d{4}-\d\d-\d\dT/);
    const again = await tryItOut('operations-grants-revokeGrant', { params: { id: grantId }, body: { reason: 'Revoked twice' } });
    assert.equal(again.status, 409, `revoking a revoked grant answered ${again.status}: ${JSON.stringify(again.body)}`);
    grantId = '';
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
