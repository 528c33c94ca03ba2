'use strict';
// `npm start -- --demo`: loads the demo mesh in tools/dev/demo/ into the running catalog (with documentation and the
// sandbox sample of CRM customers), then reports an OpenLineage run event of the pipeline that builds CRM customers.
// Safe to run twice.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const DEMO_DIR = path.join(__dirname, 'demo');
const RUN_EVENTS = ['customers-build.runevent.json'];

/** @param {string} file */
function readYaml(file) {
  return YAML.parse(fs.readFileSync(path.join(DEMO_DIR, file), 'utf8'));
}

/**
 * @param {string} url
 * @param {string} token
 * @param {string} method
 * @param {unknown} body
 * @param {number[]} accepted statuses that count as done (e.g. 409 for "exists already")
 */
async function send(url, token, method, body, accepted) {
  const res = await fetch(url, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.ok || accepted.includes(res.status)) return res.status;
  const problem = await res.text();
  throw new Error(`${method} ${url} answered ${res.status}: ${problem}`);
}

/**
 * Sends the demo's OpenLineage run events to the catalog's intake. Until the catalog has one (404), says so once.
 * @param {string} catalogUrl
 * @param {string} token
 * @param {(line: string) => void} log
 * @returns {Promise<number>} how many events were taken
 */
async function sendRunEvents(catalogUrl, token, log) {
  let sent = 0;
  for (const file of RUN_EVENTS) {
    const event = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, file), 'utf8'));
    const status = await send(`${catalogUrl}/api/v1/lineage`, token, 'POST', event, [404, 409]);
    if (status === 404) {
      log('  demo: the catalog has no OpenLineage intake yet (POST /api/v1/lineage answered 404); run events skipped');
      return sent;
    }
    sent++;
    log(`  demo: OpenLineage ${event.eventType} event of job ${event.job.namespace}/${event.job.name}`);
  }
  return sent;
}

/**
 * The envelope's Markdown documentation of a demo entry: `{ documentation: { product, ports } }` from its files.
 * @param {{ documentation?: { product?: string, ports?: Record<string, string> } }} entry
 */
function documentationOf(entry) {
  if (!entry.documentation) return {};
  const read = (/** @type {string} */ file) => fs.readFileSync(path.join(DEMO_DIR, file), 'utf8');
  const { product, ports = {} } = entry.documentation;
  return { documentation: { ...(product ? { product: read(product) } : {}), ports: Object.fromEntries(Object.entries(ports).map(([port, file]) => [port, read(file)])) } };
}

/**
 * Creates the demo domains, registers their products with contracts and publishes them, then sends the run events.
 * @param {{ catalogUrl: string, token: string, log?: (line: string) => void }} target
 * @returns {Promise<{ domains: number, products: number, runEvents: number }>}
 */
async function loadDemo({ catalogUrl, token, log = console.log }) {
  const mesh = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'mesh.json'), 'utf8'));
  for (const domain of mesh.domains) await send(`${catalogUrl}/v1/domains`, token, 'POST', domain, [409]);
  for (const entry of mesh.products) {
    const envelope = { product: readYaml(entry.product), contracts: entry.contracts.map(readYaml), ...documentationOf(entry) };
    const productUrl = `${catalogUrl}/v1/products/${entry.domain}/${entry.name}`;
    await send(productUrl, token, 'PUT', envelope, []);
    await send(`${productUrl}/transitions`, token, 'POST', { to: 'published', reason: 'demo mesh' }, [409]);
    for (const sample of entry.samples ?? []) {
      const rows = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, sample.file), 'utf8'));
      await send(`${catalogUrl}/v1/ports/${encodeURIComponent(sample.port)}/sample`, token, 'PUT', rows, []);
    }
    log(`  demo: urn:meshwork:${entry.domain}:${entry.name}`);
  }
  const runEvents = await sendRunEvents(catalogUrl, token, log);
  return { domains: mesh.domains.length, products: mesh.products.length, runEvents };
}

module.exports = { loadDemo, DEMO_DIR };
