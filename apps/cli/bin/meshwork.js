#!/usr/bin/env node
'use strict';
// `meshwork` in the monorepo: runs the TypeScript sources through swc. The installable package (apps/cli/dist, made by
// `npx nx run cli:build`) has its own launcher of the compiled files.
const path = require('node:path');

require(path.join(__dirname, '..', '..', '..', 'tools', 'swc', 'register.js'));
void require(path.join(__dirname, '..', 'src', 'main.ts')).main();
