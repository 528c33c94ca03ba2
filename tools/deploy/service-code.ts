/**
 * What a service's code needs from its surroundings, read from the code itself: the files its entry point loads
 * (relative imports and @meshwork/* aliases, followed to the end), the npm packages they load, the environment
 * variables they read, its default port and the readers that validate its settings at start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { ServiceDefaults } from '@meshwork/platform';

export const root = resolve(__dirname, '..', '..');

/** The services the image runs, with their entry points (tools/deploy/services.js, used by the container). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SERVICE_ENTRIES = (require('./services.js') as { ENTRIES: Record<string, string> }).ENTRIES;
export const SERVICES = Object.keys(SERVICE_ENTRIES);

const LIB_PATHS = (JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
const BUILTINS = new Set(builtinModules);

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `require('x')`, `import('x')`; `import type`/`export type` load nothing. */
const SPECIFIERS = [
  /^\s*import\s+(?!type\s)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm,
  /^\s*export\s+(?!type\s)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm,
  /^\s*import\s+['"]([^'"]+)['"]/gm,
  /(?<![.\w])require\(\s*['"]([^'"]+)['"]\s*\)/g,
  /(?<![.\w])import\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** `env.NAME`, `env?.NAME` and `env['NAME']`, whether `env` is `process.env` or an `env` parameter. */
const ENV_READS = [/\benv\??\.([A-Z][A-Z0-9_]*)\b/g, /\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g];

export interface ServiceCode {
  name: string;
  /** Files the entry point loads, relative to the repository, sorted. */
  files: string[];
  /** npm packages those files load (not Node's own modules), sorted. */
  packages: string[];
  /** Environment variable → the files reading it. */
  env: Map<string, string[]>;
}

function matches(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]));
}

function resolveFile(base: string): string | undefined {
  for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts'), join(base, 'index.js')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|js|json)$/.test(candidate)) return candidate;
  }
  return undefined;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Follows the imports of a service's entry point through the repository's sources. */
export function serviceCode(name: string): ServiceCode {
  const entry = SERVICE_ENTRIES[name];
  if (entry === undefined) throw new Error(`no service ${name}`);
  const seen = new Set<string>();
  const packages = new Set<string>();
  const env = new Map<string, string[]>();
  const queue = [join(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.json')) continue;
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    for (const variable of new Set(matches(text, ENV_READS))) env.set(variable, [...(env.get(variable) ?? []), rel]);
    for (const specifier of matches(text, SPECIFIERS)) {
      const alias = LIB_PATHS[specifier];
      if (alias) {
        queue.push(join(root, alias[0]));
      } else if (specifier.startsWith('.')) {
        const target = resolveFile(resolve(dirname(file), specifier));
        if (!target) throw new Error(`${rel} imports ${specifier}, which resolves to no file`);
        queue.push(target);
      } else if (!specifier.startsWith('node:') && !BUILTINS.has(packageName(specifier))) {
        packages.add(packageName(specifier));
      }
    }
  }
  const files = [...seen].map((file) => relative(root, file)).sort();
  return { name, files, packages: [...packages].sort(), env: new Map([...env].sort(([a], [b]) => a.localeCompare(b))) };
}

/** The service's defaults (name and port) as its main.ts passes them to loadPlatformConfig. */
export function serviceDefaults(name: string): ServiceDefaults {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const meta = require(join(root, 'apps', name, 'src', 'service.ts')) as Record<string, unknown>;
  const defaults = Object.values(meta).find((v): v is ServiceDefaults => typeof v === 'object' && v !== null && 'serviceName' in v && 'port' in v);
  if (!defaults) throw new Error(`apps/${name}/src/service.ts exports no ServiceDefaults`);
  return defaults;
}

type Env = Record<string, string | undefined>;

/** How to call one settings reader: the readers take the environment in different shapes. */
type ReaderCall = (reader: (...args: never[]) => unknown, env: Env, defaults: ServiceDefaults) => unknown;

/**
 * The functions that validate settings at start (they throw ConfigError), by the file they are in. A file of a
 * service that throws ConfigError and is not listed here fails the deployment test: add how its reader is called.
 */
export const SETTINGS_READERS: Record<string, Record<string, ReaderCall>> = {
  'libs/platform/src/config/config.ts': {
    loadPlatformConfig: (reader, env, defaults) => (reader as (d: ServiceDefaults, e: Env) => unknown)(defaults, env),
  },
  'apps/access/src/settings.ts': {
    loadAccessSettings: (reader, env, defaults) =>
      (reader as (c: { nodeEnv: string; port: number }, e: Env, o: { secretFile: string; log: () => void }) => unknown)(
        { nodeEnv: env.NODE_ENV ?? 'development', port: Number(env.PORT ?? defaults.port) },
        env,
        // A development secret is never written by the test: the file cannot be created under /dev/null.
        { secretFile: '/dev/null/access-key-secret', log: () => undefined },
      ),
  },
  'apps/governance/src/policies/policy-settings.ts': {
    loadPolicySettings: (reader, env) => (reader as (e: Env) => unknown)(env),
  },
  'apps/sla/src/notifications/subscription-secrets.ts': {
    loadSecretKey: (reader, env) =>
      (reader as (n: string, e: Env, o: { file: string; log: () => void }) => unknown)(env.NODE_ENV ?? 'development', env, { file: '/dev/null/sla-secret-key', log: () => undefined }),
  },
};

/** Files of the service that throw ConfigError: each must have its readers in SETTINGS_READERS. */
export function settingsFiles(code: ServiceCode): string[] {
  return code.files.filter((file) => file.endsWith('.ts') && /\bnew ConfigError\(/.test(readFileSync(join(root, file), 'utf8')));
}

/** The problems the service's settings readers find in an environment; none when it may start with it. */
export function settingsProblems(name: string, env: Env): string[] {
  const code = serviceCode(name);
  const defaults = serviceDefaults(name);
  const problems: string[] = [];
  for (const file of settingsFiles(code)) {
    const calls = SETTINGS_READERS[file];
    if (!calls) throw new Error(`${file} validates settings (throws ConfigError) but tools/deploy/service-code.ts does not know how to call its readers`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(root, file)) as Record<string, (...args: never[]) => unknown>;
    for (const [exported, call] of Object.entries(calls)) {
      if (typeof mod[exported] !== 'function') throw new Error(`${file} no longer exports ${exported}`);
      try {
        call(mod[exported], env, defaults);
      } catch (error) {
        const listed = (error as { problems?: unknown }).problems;
        if (Array.isArray(listed)) problems.push(...listed.map(String));
        else throw error;
      }
    }
  }
  return problems;
}

/** The variables the service refuses to start without in production: those its readers name when given none. */
export function requiredInProduction(name: string): string[] {
  const problems = settingsProblems(name, { NODE_ENV: 'production' });
  return [...new Set(problems.map((problem) => /^[A-Z][A-Z0-9_]+/.exec(problem)?.[0]).filter((v): v is string => v !== undefined))].sort();
}
