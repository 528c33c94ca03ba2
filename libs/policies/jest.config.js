'use strict';
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'policies',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
};
