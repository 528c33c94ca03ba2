'use strict';
// Two replicas of every service against one PostgreSQL (npm run e2e:replicas): not part of `npm test`.
module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'e2e-replicas',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
};
