'use strict';
// Runs TypeScript sources directly: `node -r ./tools/swc/register.js apps/catalog/src/main.ts`.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const { swcOptions } = require('./options');

const options = swcOptions({ paths: true });

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...options, filename });
  module._compile(code, filename);
};
