#!/usr/bin/env node
'use strict';
// Installed: runs the compiled CLI. In the monorepo (no dist/): runs the TypeScript sources through swc.
const fs = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'dist', 'main.js');
if (fs.existsSync(built)) {
  void require(built).main();
} else {
  require(path.join(__dirname, '..', '..', '..', 'tools', 'swc', 'register.js'));
  void require(path.join(__dirname, '..', 'src', 'main.ts')).main();
}
