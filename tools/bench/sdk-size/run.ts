/**
 * Prints the size of the SDK's core bundle: every ES module of libs/sdk/dist/esm reachable from its entry (the SDK and
 * the internal libraries compiled into it), as built, minified (swc) and gzipped (each file; a bundler that joins
 * them compresses a little better). npm dependencies are listed, not counted.
 *   npx nx run sdk:build && npm run bench:sdk-size
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from '@swc/core';
import { runMain } from '../../support/run-main';

const root = resolve(__dirname, '..', '..', '..');
const esm = join(root, 'libs', 'sdk', 'dist', 'esm');
const entry = join(esm, 'sdk', 'index.js');

const IMPORT = /(?:import|export)\s+(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function reachable(start: string): { files: string[]; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
    }
  }
  return { files: [...files].sort(), packages };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  if (!existsSync(entry)) {
    process.stderr.write('libs/sdk/dist/esm is missing: run `npx nx run sdk:build` first.\n');
    return 1;
  }
  const { files, packages } = reachable(entry);
  const groups = new Map<string, { files: number; raw: number; min: number; gzip: number }>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const min = minifySync(source, { module: true, compress: true, mangle: true, ecma: 2022 }).code;
    const part = relative(esm, file).split('/').slice(0, 2).join('/');
    const group = part.startsWith('sdk/generated') || !part.startsWith('sdk/') ? part : 'sdk';
    const totals = groups.get(group) ?? { files: 0, raw: 0, min: 0, gzip: 0 };
    totals.files++;
    totals.raw += Buffer.byteLength(source);
    totals.min += Buffer.byteLength(min);
    totals.gzip += gzipSync(min, { level: 9 }).length;
    groups.set(group, totals);
  }
  const rows = [...groups].sort(([a], [b]) => a.localeCompare(b));
  const sum = rows.reduce((t, [, g]) => ({ files: t.files + g.files, raw: t.raw + g.raw, min: t.min + g.min, gzip: t.gzip + g.gzip }), { files: 0, raw: 0, min: 0, gzip: 0 });
  const line = (name: string, g: { files: number; raw: number; min: number; gzip: number }) =>
    `${name.padEnd(24)} ${String(g.files).padStart(5)} ${kb(g.raw).padStart(11)} ${kb(g.min).padStart(11)} ${kb(g.gzip).padStart(11)}`;
  process.stdout.write(`SDK core bundle (libs/sdk/dist/esm, from sdk/index.js)\n${'part'.padEnd(24)} files       built    minified     gzipped\n`);
  for (const [name, g] of rows) process.stdout.write(`${line(name, g)}\n`);
  process.stdout.write(`${line('total', sum)}\n`);
  process.stdout.write(`npm dependencies, not counted: ${[...packages].sort().join(', ')}\n`);
  return 0;
}

runMain(main);
