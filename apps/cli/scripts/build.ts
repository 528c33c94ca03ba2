/**
 * Builds the `meshwork` command as a package that installs outside the monorepo, in apps/cli/dist (the package root:
 * `npm pack apps/cli/dist`). The CLI's sources and the files it reaches of the private libraries @meshwork/policies
 * and @meshwork/descriptors are compiled to CommonJS (lib/cli/, lib/internal/<lib>/), their imports rewritten to
 * relative ones; @meshwork/sdk stays a dependency. The package's dependencies are the workspace's pinned versions of
 * the packages the compiled files require.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { transformSync } from '@swc/core';

const root = resolve(__dirname, '..', '..', '..');
const cli = join(root, 'apps', 'cli');
const dist = join(cli, 'dist');
const INTERNAL = { '@meshwork/policies': 'policies', '@meshwork/descriptors': 'descriptors' } as const;
const EXTERNAL_WORKSPACE = '@meshwork/sdk';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Where a source file of the monorepo goes in the package. */
function target(file: string): string {
  const fromCli = relative(join(cli, 'src'), file);
  if (!fromCli.startsWith('..')) return join(dist, 'lib', 'cli', fromCli);
  for (const lib of Object.values(INTERNAL)) {
    const fromLib = relative(join(root, 'libs', lib, 'src'), file);
    if (!fromLib.startsWith('..')) return join(dist, 'lib', 'internal', lib, fromLib);
  }
  throw new Error(`${relative(root, file)} is neither the CLI's nor an internal library's`);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The source file a relative import names (`./x` → x.ts or x/index.ts; JSON as is). */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (isFile(candidate) && !candidate.endsWith('.js')) return candidate;
  throw new Error(`${relative(root, from)}: cannot resolve '${specifier}'`);
}

const packageName = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

function build(): { files: number; external: Set<string> } {
  const queue = [join(cli, 'src', 'main.ts')];
  const done = new Set<string>();
  const external = new Set<string>();
  while (queue.length) {
    const file = queue.pop() as string;
    if (done.has(file)) continue;
    done.add(file);
    const out = target(file);
    mkdirSync(dirname(out), { recursive: true });
    if (file.endsWith('.json')) {
      copyFileSync(file, out);
      continue;
    }
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      filename: file,
      sourceMaps: false,
      module: { type: 'commonjs' },
      jsc: { target: 'es2022', parser: { syntax: 'typescript' }, keepClassNames: true },
    });
    const rewritten = code.replace(/require\("([^"]+)"\)/g, (whole, specifier: string) => {
      if (specifier.startsWith('.')) {
        queue.push(resolveRelative(file, specifier));
        return whole;
      }
      if (specifier in INTERNAL) {
        const index = join(root, 'libs', INTERNAL[specifier as keyof typeof INTERNAL], 'src', 'index.ts');
        queue.push(index);
        const path = relative(dirname(out), target(index)).replace(/\\/g, '/').replace(/\.ts$/, '.js');
        return `require(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)})`;
      }
      if (specifier.startsWith('@meshwork/') && specifier !== EXTERNAL_WORKSPACE) throw new Error(`${relative(root, file)} imports ${specifier}, which the CLI package cannot carry`);
      if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) external.add(packageName(specifier));
      return whole;
    });
    writeFileSync(out.replace(/\.ts$/, '.js'), rewritten);
  }
  return { files: done.size, external };
}

function writeManifest(external: Set<string>): void {
  const own = readJson<{ name: string; version: string; description: string; license: string }>(join(cli, 'package.json'));
  const workspace = readJson<{ dependencies: Record<string, string>; engines: Record<string, string> }>(join(root, 'package.json'));
  const sdk = readJson<{ version: string }>(join(root, 'libs', 'sdk', 'package.json'));
  const dependencies: Record<string, string> = {};
  for (const name of [...external].sort()) {
    if (name === EXTERNAL_WORKSPACE) dependencies[name] = sdk.version;
    else if (workspace.dependencies[name]) dependencies[name] = workspace.dependencies[name];
    else throw new Error(`the CLI requires ${name}, which is not a dependency of the workspace`);
  }
  const manifest = { name: own.name, version: own.version, description: own.description, license: own.license, bin: { meshwork: 'bin/meshwork.js' }, files: ['bin', 'lib'], engines: workspace.engines, dependencies };
  writeFileSync(join(dist, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const launcher = join(dist, 'bin', 'meshwork.js');
  mkdirSync(dirname(launcher), { recursive: true });
  writeFileSync(launcher, "#!/usr/bin/env node\n'use strict';\nvoid require('../lib/cli/main.js').main();\n");
  chmodSync(launcher, 0o755);
}

function main(): void {
  rmSync(dist, { recursive: true, force: true });
  const { files, external } = build();
  writeManifest(external);
  process.stdout.write(`Built apps/cli/dist: ${files} files, depends on ${[...external].sort().join(', ')}.\n`);
}

main();
