/**
 * Builds @meshwork/sdk as a package that installs outside the monorepo: dist/esm (ES modules), dist/cjs (CommonJS)
 * and dist/types (.d.ts). The internal libraries it uses (@meshwork/authz, @meshwork/policies and what they need of
 * @meshwork/descriptors) are private, so the files it reaches of them are compiled into the package under
 * dist/<format>/internal/<lib>/, and their imports rewritten to relative ones with explicit `.js` extensions.
 * Two entries: `@meshwork/sdk` (src/index.ts, compiled against the web platform alone, so that it runs in browsers)
 * and `@meshwork/sdk/node` (src/node.ts, the Node-only helpers, compiled with Node's types).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..', '..', '..');
const sdk = join(root, 'libs', 'sdk');
const dist = join(sdk, 'dist');
const stage = join(dist, '.stage');
const INTERNAL_LIBS = ['authz', 'policies', 'descriptors'] as const;
type InternalLib = (typeof INTERNAL_LIBS)[number];

const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts');

function copySources(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (path) => statSync(path).isDirectory() || isSource(path) || path.endsWith('.json') });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every module specifier of a file, with its position, for rewriting. */
function specifiers(file: string, text: string): { start: number; end: number; value: string; names: string[] }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false);
  const found: { start: number; end: number; value: string; names: string[] }[] = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    const isExport = ts.isExportDeclaration(statement);
    if (!isImport && !isExport) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    const names: string[] = [];
    if (isImport) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
      else if (bindings) names.push('*');
    } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((e) => (e.propertyName ?? e.name).text));
    } else {
      names.push('*');
    }
    found.push({ start: spec.getStart(source) + 1, end: spec.getEnd() - 1, value: spec.text, names });
  }
  return found;
}

/** The file each exported name of a library's index comes from. */
function exportOrigins(lib: InternalLib): Map<string, string> {
  const index = join(root, 'libs', lib, 'src', 'index.ts');
  const program = ts.createProgram([index], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(index)!);
  const origins = new Map<string, string>();
  for (const symbol of checker.getExportsOfModule(moduleSymbol!)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (declaration) origins.set(symbol.name, declaration.getSourceFile().fileName);
  }
  return origins;
}

/** `./client` → `./client.js`, `./enforcer` → `./enforcer/index.js`: ES modules in Node need the file. */
function withExtension(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  if (existsSync(`${base}.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.ts'))) return `${specifier}/index.js`;
  if (specifier.endsWith('.json') || specifier.endsWith('.js')) return specifier;
  throw new Error(`${relative(stage, fromFile)}: cannot resolve '${specifier}'`);
}

/** `ajv/dist/2019` → `ajv/dist/2019.js`: a file inside a package without an exports map needs its extension in ESM. */
function needsExtension(specifier: string): boolean {
  if (specifier.startsWith('node:')) return false;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const subpath = specifier.slice(name.length);
  if (subpath === '' || /\.[cm]?js$/.test(subpath)) return false;
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { exports?: unknown };
  return manifest.exports === undefined;
}

function relativeSpecifier(fromFile: string, toFile: string): string {
  const path = relative(dirname(fromFile), toFile).replace(/\\/g, '/').replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Stages the sources: the SDK's, and each internal library's behind a generated `public.ts` that re-exports only the
 * names the staged code imports, so that the compiler reaches (and emits) only the files those names need.
 */
function stageSources(): void {
  copySources(join(sdk, 'src'), join(stage, 'sdk'));
  for (const lib of INTERNAL_LIBS) copySources(join(root, 'libs', lib, 'src'), join(stage, 'internal', lib));
  const files = walk(stage).filter(isSource);
  const wanted = new Map<InternalLib, Set<string>>(INTERNAL_LIBS.map((lib) => [lib, new Set<string>()]));
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  for (const [file, text] of texts) {
    for (const spec of specifiers(file, text)) {
      const lib = spec.value.replace('@meshwork/', '') as InternalLib;
      if (!spec.value.startsWith('@meshwork/')) continue;
      if (!INTERNAL_LIBS.includes(lib)) throw new Error(`${relative(stage, file)} imports ${spec.value}, which the SDK package cannot carry`);
      for (const name of spec.names) wanted.get(lib)!.add(name);
    }
  }
  for (const lib of INTERNAL_LIBS) {
    const names = wanted.get(lib)!;
    if (names.has('*')) throw new Error(`a namespace import of @meshwork/${lib} would carry the whole library; import names`);
    const origins = exportOrigins(lib);
    const libSrc = join(root, 'libs', lib, 'src');
    const publicFile = join(stage, 'internal', lib, 'public.ts');
    const lines = [...names].sort().map((name) => {
      const origin = origins.get(name);
      if (!origin) throw new Error(`@meshwork/${lib} does not export ${name}`);
      return `export { ${name} } from '${relativeSpecifier(publicFile, join(stage, 'internal', lib, relative(libSrc, origin)))}';`;
    });
    writeFileSync(publicFile, `${lines.join('\n')}\n`);
    texts.set(publicFile, `${lines.join('\n')}\n`);
  }
  for (const [file, text] of texts) {
    let out = text;
    for (const spec of specifiers(file, text).reverse()) {
      let value = spec.value;
      if (value.startsWith('@meshwork/')) value = relativeSpecifier(file, join(stage, 'internal', value.replace('@meshwork/', ''), 'public.ts'));
      else if (value.startsWith('.')) value = withExtension(file, value);
      else if (needsExtension(value)) value = `${value}.js`;
      else continue;
      out = out.slice(0, spec.start) + value + out.slice(spec.end);
    }
    writeFileSync(file, out);
  }
}

/** The package's entries: the file under src/, and the types it compiles with. */
const ENTRIES = [
  // No Node types: the core must compile against the web platform alone.
  { file: 'index.ts', types: [] },
  { file: 'node.ts', types: ['node'] },
] as const;

function compile(options: ts.CompilerOptions, allowed: number[] = []): void {
  for (const entry of ENTRIES) compileEntry(entry.file, [...entry.types], options, allowed);
}

function compileEntry(entry: string, types: string[], options: ts.CompilerOptions, allowed: number[]): void {
  const program = ts.createProgram([join(stage, 'sdk', entry)], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types,
    strict: true,
    noImplicitOverride: true,
    skipLibCheck: true,
    esModuleInterop: true,
    rootDir: stage,
    ...options,
  });
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter((d) => !allowed.includes(d.code));
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => stage, getNewLine: () => '\n' };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
}

/** Emitted paths keep the staging layout (`sdk/…`, `internal/<lib>/…`); the entries are dist/<format>/sdk/index.js and node.js. */
function main(): void {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  try {
    stageSources();
    compile({ module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, outDir: join(dist, 'esm'), declaration: true, declarationDir: join(dist, 'types') });
    // @marcbachmann/cel-js ships ES modules only: the CommonJS build require()s it, which Node >= 20.19 allows.
    compile({ module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, outDir: join(dist, 'cjs') }, [1479, 1541]);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  writeFileSync(join(dist, 'esm', 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  writeFileSync(join(dist, 'cjs', 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  const count = (dir: string) => walk(dir).filter((f) => f.endsWith('.js')).length;
  process.stdout.write(`Built libs/sdk/dist: esm ${count(join(dist, 'esm'))} files, cjs ${count(join(dist, 'cjs'))} files, types in dist/types.\n`);
}

main();
