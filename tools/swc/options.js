'use strict';
// One set of swc options for tests (jest) and for running the services from source (register.js).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** The @meshwork/* aliases, from tsconfig.base.json: one list for the compiler, the services and the tests. */
const LIB_PATHS = require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths;

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
            paths: LIB_PATHS,
          }
        : {}),
    },
  };
}

module.exports = { swcOptions, root, LIB_PATHS };
