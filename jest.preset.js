'use strict';
// Shared jest settings: swc transpiles TypeScript (with decorator metadata), aliases map to sources.
const path = require('node:path');
const { swcOptions, root } = require('./tools/swc/options');

const libs = ['platform', 'authz', 'descriptors', 'sdk', 'testing'];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions(), swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(
    libs.map((lib) => [`^@meshwork/${lib}$`, path.join(root, 'libs', lib, 'src', 'index.ts')]),
  ),
  clearMocks: true,
  // PostgreSQL for tests: DATABASE_URL, or one embedded server per run, started when a test first needs it.
  globalSetup: path.join(root, 'libs', 'testing', 'src', 'jest', 'global-setup.ts'),
  globalTeardown: path.join(root, 'libs', 'testing', 'src', 'jest', 'global-teardown.ts'),
};
