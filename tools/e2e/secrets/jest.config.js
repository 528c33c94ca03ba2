'use strict';
// The services run with debug logs through the flows that carry secrets; their output must hold none of them.
module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'e2e-secrets',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
};
