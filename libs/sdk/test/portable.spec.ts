import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..', '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const SERVER_PACKAGES = /^(@nestjs\/|typeorm$|pg$|fastify$|nestjs-pino$|pino)/;

function resolveModule(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('@meshwork/')) return join(root, 'libs', specifier.slice('@meshwork/'.length), 'src', 'index.ts');
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate));
}

/** The value imports (not `import type`) of every module the SDK's entry reaches, the internal libraries included. */
function packagesReached(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file.endsWith('.json')) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly;
      if (typeOnly) continue;
      const specifier = statement.moduleSpecifier.text;
      const target = resolveModule(file, specifier);
      if (target) queue.push(target);
      else if (!specifier.startsWith('.')) packages.set(specifier, relative(root, file));
    }
  }
  return packages;
}

describe('the SDK core', () => {
  const packages = packagesReached(join(root, 'libs', 'sdk', 'src', 'index.ts'));

  it('imports nothing from Node, so that it runs in browsers (fetch, crypto and timers come from the platform)', () => {
    expect([...packages].filter(([name]) => NODE_BUILTINS.has(name))).toEqual([]);
  });

  it('imports no server framework', () => {
    expect([...packages].filter(([name]) => SERVER_PACKAGES.test(name))).toEqual([]);
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['openapi-fetch', 'yaml', '@casl/ability', 'ajv/dist/2019']));
  });
});
