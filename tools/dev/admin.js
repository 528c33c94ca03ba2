'use strict';
// `npm start`'s admin identity: the service account `meshwork-admin` (platform-admin) and an API key for it, kept in
// .meshwork/admin-api-key (mode 600). Created through the access REST API with the dev token, once.
const fs = require('node:fs');

const ADMIN_NAME = 'meshwork-admin';
const ADMIN_ROLE = 'platform-admin';
const KEY_NAME = 'npm start admin';
const TIMEOUT_MS = 10_000;

/**
 * @typedef {object} AdminKey
 * @property {string} principalId
 * @property {string} file where the API key is kept
 * @property {string | undefined} newKey the API key when this call created it (print it once), else undefined
 */

class AccessError extends Error {}

/**
 * Makes sure the admin service account exists, is enabled and is a platform admin, and that `file` holds an API key of
 * it that the access service exchanges for a token; creates a new key when it does not.
 * @param {{ accessUrl: string, devToken: string, file: string }} options
 * @returns {Promise<AdminKey>}
 */
async function ensureAdminKey({ accessUrl, devToken, file }) {
  const call = caller(accessUrl, devToken);
  const principal = await ensureAdminPrincipal(call);
  const kept = readKey(file);
  if (kept !== undefined && (await keyWorks(call, kept))) return { principalId: principal.id, file, newKey: undefined };
  const created = await call('POST', `/v1/principals/${principal.id}/api-keys`, { name: KEY_NAME });
  if (created.status !== 201 || typeof created.body?.secret !== 'string') throw unexpected('creating its API key', created);
  writeKey(file, created.body.secret);
  return { principalId: principal.id, file, newKey: created.body.secret };
}

/** @param {ReturnType<typeof caller>} call */
async function ensureAdminPrincipal(call) {
  let principal = await findAdmin(call);
  if (!principal) {
    const created = await call('POST', '/v1/principals', { kind: 'service-account', name: ADMIN_NAME, displayName: 'Meshwork admin (npm start)', globalRoles: [ADMIN_ROLE] });
    if (created.status === 201) return created.body;
    // 409: created meanwhile; read it below.
    if (created.status !== 409) throw unexpected(`creating the service account ${ADMIN_NAME}`, created);
    principal = await findAdmin(call);
    if (!principal) throw new AccessError(`The access service says ${ADMIN_NAME} exists but does not list it.`);
  }
  if (principal.kind !== 'service-account') throw new AccessError(`The principal ${ADMIN_NAME} exists but is a ${principal.kind}, not a service account; rename or delete it.`);
  if (principal.disabled || !principal.globalRoles.includes(ADMIN_ROLE)) {
    const updated = await call('PATCH', `/v1/principals/${principal.id}`, { disabled: false, globalRoles: [...new Set([...principal.globalRoles, ADMIN_ROLE])] });
    if (updated.status !== 200) throw unexpected(`making ${ADMIN_NAME} an enabled platform admin`, updated);
    principal = updated.body;
  }
  return principal;
}

/** @param {ReturnType<typeof caller>} call */
async function findAdmin(call) {
  const found = await call('GET', `/v1/principals?q=${ADMIN_NAME}&limit=100`);
  if (found.status !== 200 || !Array.isArray(found.body?.items)) throw unexpected('listing principals', found);
  return found.body.items.find((/** @type {{ name: string }} */ p) => p.name === ADMIN_NAME);
}

/**
 * True when the access service exchanges the key for a token; false when it refuses the key.
 * @param {ReturnType<typeof caller>} call
 * @param {string} apiKey
 */
async function keyWorks(call, apiKey) {
  const res = await call('POST', '/v1/auth/token', { apiKey }, false);
  if (res.status === 200) return true;
  if (res.status === 401 || res.status === 400) return false;
  throw unexpected('checking the kept API key', res);
}

/**
 * @param {string} accessUrl
 * @param {string} devToken
 */
function caller(accessUrl, devToken) {
  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {boolean} [authenticated]
   * @returns {Promise<{ method: string, path: string, status: number, body: any, text: string }>}
   */
  return async (method, path, body, authenticated = true) => {
    /** @type {Record<string, string>} */
    const headers = {};
    if (authenticated) headers.authorization = `Bearer ${devToken}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res;
    try {
      res = await fetch(`${accessUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new AccessError(`Cannot reach the access service at ${accessUrl} (${method} ${path}: ${cause}).`);
    }
    const text = await res.text();
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { method, path, status: res.status, body: parsed, text };
  };
}

/**
 * @param {string} what
 * @param {{ method: string, path: string, status: number, text: string }} res
 */
function unexpected(what, res) {
  return new AccessError(`The access service failed ${what}: ${res.method} ${res.path} answered ${res.status} ${res.text.slice(0, 300)}`);
}

/** @param {string} file */
function readKey(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Replaces the file at once, readable only by its owner.
 * @param {string} file
 * @param {string} key
 */
function writeKey(file, key) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}

/**
 * The shell lines that exchange the kept key for a token and call the catalog with it.
 * @param {{ accessUrl: string, catalogUrl: string, file: string }} where
 */
function tokenCommands({ accessUrl, catalogUrl, file }) {
  return [
    `TOKEN=$(curl -s ${accessUrl}/v1/auth/token -H 'content-type: application/json' -d "{\\"apiKey\\":\\"$(cat ${file})\\"}" | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')`,
    `curl -H "Authorization: Bearer $TOKEN" ${catalogUrl}/v1/products`,
  ];
}

module.exports = { ensureAdminKey, tokenCommands, AccessError, ADMIN_NAME, ADMIN_ROLE };
