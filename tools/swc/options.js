'use strict';
// One set of swc options for tests (jest) and for running the services from source (register.js).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** @param {{ paths?: boolean }} [opts] */
function swcOptions(opts = {}) {
  return {
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      ...(opts.paths
        ? {
            baseUrl: root,
            paths: {
              '@meshwork/platform': ['libs/platform/src/index.ts'],
              '@meshwork/authz': ['libs/authz/src/index.ts'],
              '@meshwork/descriptors': ['libs/descriptors/src/index.ts'],
              '@meshwork/sdk': ['libs/sdk/src/index.ts'],
              '@meshwork/testing': ['libs/testing/src/index.ts'],
            },
          }
        : {}),
    },
  };
}

module.exports = { swcOptions, root };
