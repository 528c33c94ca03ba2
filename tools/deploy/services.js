'use strict';
// The services the image runs, by the name a container is started with (docker-compose.yml's `command`).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** @type {Record<string, string>} service name → entry point, relative to the repository */
const ENTRIES = {
  catalog: 'apps/catalog/src/main.ts',
  governance: 'apps/governance/src/main.ts',
  access: 'apps/access/src/main.ts',
  sla: 'apps/sla/src/main.ts',
};

/**
 * The entry point of a service, or an error naming the ones there are.
 * @param {string | undefined} name
 */
function entryOf(name) {
  const entry = name === undefined ? undefined : ENTRIES[name];
  if (entry === undefined) {
    const given = name === undefined ? 'no service was named' : `unknown service "${name}"`;
    throw new Error(`${given}: start one of ${Object.keys(ENTRIES).join(', ')} (node tools/deploy/start-service.js <service>, or SERVICE=<service>)`);
  }
  return path.join(root, entry);
}

module.exports = { ENTRIES, entryOf, root };
