'use strict';
// Starts one service in this process from its TypeScript sources: `node tools/deploy/start-service.js catalog`
// (or SERVICE=catalog). One process per container, so that signals reach the service itself.
const path = require('node:path');
const { entryOf, root } = require('./services');

let entry;
try {
  entry = entryOf(process.argv[2] ?? process.env.SERVICE);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
require(path.join(root, 'tools', 'swc', 'register.js'));
require(entry);
