'use strict';
// The services `npm start` runs. Each one migrates its own schema at boot.

/** @typedef {{ name: string, port: number, entry: string }} Service */

/** @type {Service[]} */
module.exports = [
  { name: 'catalog', port: 3001, entry: 'apps/catalog/src/main.ts' },
  { name: 'governance', port: 3002, entry: 'apps/governance/src/main.ts' },
  { name: 'access', port: 3003, entry: 'apps/access/src/main.ts' },
  { name: 'sla', port: 3004, entry: 'apps/sla/src/main.ts' },
];
