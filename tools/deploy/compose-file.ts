/**
 * docker-compose.yml and .env.example as docker compose reads them: the YAML (merge keys resolved) and the
 * `${VAR}` interpolation from the .env file.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from './service-code';

export interface ComposeHealthcheck {
  test?: string[] | string;
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}

export interface ComposeService {
  image?: string;
  build?: string | { context?: string };
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number)[];
  volumes?: string[];
  healthcheck?: ComposeHealthcheck;
  depends_on?: string[] | Record<string, { condition?: string }>;
  init?: boolean;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

export const COMPOSE_FILE = join(root, 'docker-compose.yml');
export const ENV_EXAMPLE_FILE = join(root, '.env.example');

export function readCompose(text = readFileSync(COMPOSE_FILE, 'utf8')): ComposeFile {
  return parse(text, { merge: true, maxAliasCount: 100 }) as ComposeFile;
}

export interface EnvExampleEntry {
  value: string;
  /** The comment lines just above the entry. */
  comment: string;
}

/** KEY=VALUE lines of a .env file, with the comment above each. */
export function readEnvExample(text = readFileSync(ENV_EXAMPLE_FILE, 'utf8')): Map<string, EnvExampleEntry> {
  const entries = new Map<string, EnvExampleEntry>();
  let comment: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) comment.push(trimmed.replace(/^#\s?/, ''));
    else if (trimmed === '') comment = [];
    else {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(trimmed);
      if (!match) throw new Error(`.env.example: "${trimmed}" is not KEY=VALUE`);
      entries.set(match[1], { value: match[2], comment: comment.join('\n') });
      comment = [];
    }
  }
  return entries;
}

/** What an operator following the comments puts in .env: empty secrets generated as their comment says. */
export function filledEnv(example: Map<string, EnvExampleEntry>, required: ReadonlySet<string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, { value, comment }] of example) {
    if (value !== '' || !required.has(name)) env[name] = value;
    else env[name] = comment.includes('openssl rand -base64 32') ? randomBytes(32).toString('base64') : randomBytes(16).toString('hex');
  }
  return env;
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;

/** The variables the compose file interpolates, and those it refuses to run without (`${VAR:?…}`). */
export function interpolatedNames(text: string): { all: Set<string>; required: Set<string> } {
  const all = new Set<string>();
  const required = new Set<string>();
  for (const match of text.matchAll(REFERENCE)) {
    all.add(match[1]);
    if (match[2]?.endsWith('?')) required.add(match[1]);
  }
  return { all, required };
}

/** Compose interpolation of one value: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `$$`. */
export function interpolate(value: string, vars: Record<string, string | undefined>): string {
  return value
    .split('$$')
    .map((part) =>
      part.replace(REFERENCE, (_, name: string, op: string | undefined, arg: string | undefined) => {
        const set = vars[name];
        const empty = set === undefined || (op?.startsWith(':') === true && set === '');
        if (op?.endsWith('?') && empty) throw new Error(`${name}: ${arg ?? 'required'}`);
        if (op?.endsWith('-') && empty) return arg ?? '';
        return set ?? '';
      }),
    )
    .join('$');
}

/** A service's environment as its container gets it. */
export function serviceEnv(service: ComposeService, vars: Record<string, string | undefined>): Record<string, string> {
  const environment = service.environment ?? {};
  const pairs: [string, string][] = Array.isArray(environment)
    ? environment.map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line, vars[line] ?? ''] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(environment).map(([name, value]) => [name, value === null ? (vars[name] ?? '') : String(value)]);
  return Object.fromEntries(pairs.map(([name, value]) => [name, interpolate(value, vars)]));
}

/** The argument list of a command or healthcheck test (`CMD`/`CMD-SHELL` dropped). */
export function argv(command: string[] | string | undefined): string[] {
  if (command === undefined) return [];
  const list = typeof command === 'string' ? command.split(/\s+/).filter(Boolean) : command;
  return list[0] === 'CMD' || list[0] === 'CMD-SHELL' ? list.slice(1) : list;
}
