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
};
