'use strict';
// The deployment files (Dockerfile, docker-compose.yml, .env.example) checked against the services' code.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'deploy',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
