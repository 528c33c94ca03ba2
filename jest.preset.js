'use strict';
// Shared jest settings: swc transpiles TypeScript (with decorator metadata), aliases map to sources.
const fs = require('node:fs');
const path = require('node:path');
const { swcOptions, root, LIB_PATHS } = require('./tools/swc/options');


/** Packages published as ES modules only (NestJS 12 and some of its dependencies), found in node_modules. */
function esmOnlyPackages(dir = path.join(root, 'node_modules'), found = new Set()) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      esmOnlyPackages(full, found);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (pkg.type === 'module' && pkg.name) found.add(pkg.name.replace(/[.+]/g, '\\$&'));
    const nested = path.join(full, 'node_modules');
    if (fs.existsSync(nested)) esmOnlyPackages(nested, found);
  }
  return [...found].sort();
}

const ESM_ONLY = esmOnlyPackages();

function esmToCommonJs() {
  return { module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } } };
}

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcOptions(), swcrc: false }],
    // NestJS 12 ships ES modules only; jest on Node 20 loads CommonJS, so those packages are compiled too.
    '^.+\\.m?js$': ['@swc/jest', { ...esmToCommonJs(), swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(Object.entries(LIB_PATHS).map(([alias, [file]]) => [`^${alias}$`, path.join(root, file)])),
  clearMocks: true,
  // Integration tests boot apps on a real PostgreSQL; a loaded 2-core machine needs more than jest's 5 s.
  testTimeout: 30_000,
  // PostgreSQL for tests: DATABASE_URL, or one embedded server per run, started when a test first needs it.
  globalSetup: path.join(root, 'libs', 'testing', 'src', 'jest', 'global-setup.ts'),
  globalTeardown: path.join(root, 'libs', 'testing', 'src', 'jest', 'global-teardown.ts'),
};
