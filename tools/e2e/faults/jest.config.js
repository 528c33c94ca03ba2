'use strict';
// Faults (npm run e2e:faults): services killed mid-stream, their database stopped and started, a peer down. Not part of `npm test`.
module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'e2e-faults',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
};
