'use strict';
// Plain JavaScript tests of the workspace ESLint rules: nothing to transform.
module.exports = {
  displayName: 'eslint-rules',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.spec.js'],
  transform: {},
};
