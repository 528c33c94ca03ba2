'use strict';
// Plain JavaScript tests of the admin console's gateway against stand-in services: no database, nothing to transform.
module.exports = {
  displayName: 'dev-console',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.spec.js'],
  transform: {},
};
