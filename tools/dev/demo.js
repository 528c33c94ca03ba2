'use strict';
// `npm start -- --demo`: loads the demo mesh in tools/dev/demo/ into the running services.
const path = require('node:path');

const DEMO_DIR = path.join(__dirname, 'demo');

/**
 * Stub: the catalog API does not take products yet. Fill in by publishing DEMO_DIR's descriptors through it.
 * @param {{ catalogUrl: string, token: string }} _target
 * @returns {Promise<void>}
 */
async function loadDemo(_target) {
  console.log(`demo loading not available yet (demo files are in ${path.relative(process.cwd(), DEMO_DIR)})`);
}

module.exports = { loadDemo, DEMO_DIR };
