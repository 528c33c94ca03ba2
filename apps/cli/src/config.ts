import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_URLS, type ServiceName } from '@meshwork/sdk';
import { CliError, ExitCode, usageError } from './exit-codes';
import type { CliIo } from './io';

const SERVICES = Object.keys(DEFAULT_URLS) as ServiceName[];

/** What `~/.config/meshwork/config.json` holds (all optional). */
export interface StoredConfig {
  /** A gateway in front of the mesh: the services are at `<url>/catalog`, `/governance`, `/access`, `/sla`. */
  url?: string;
  /** Each service's base URL, over `url`. */
  urls?: Partial<Record<ServiceName, string>>;
  apiKey?: string;
  token?: string;
}

/** The connection settings of one source (flags, environment or file). */
export type ConnectionSettings = StoredConfig;

export type SettingSource = 'flag' | 'env' | 'config' | 'default';

export interface Credential {
  kind: 'apiKey' | 'token';
  value: string;
  source: Exclude<SettingSource, 'default'>;
}

export interface Connection {
  urls: Record<ServiceName, string>;
  /** Where each URL came from. */
  urlSources: Record<ServiceName, SettingSource>;
  credential?: Credential;
}

/** `$XDG_CONFIG_HOME/meshwork/config.json`, or `~/.config/meshwork/config.json`. */
export function configPath(io: CliIo): string {
  return join(io.env.XDG_CONFIG_HOME || join(io.homedir, '.config'), 'meshwork', 'config.json');
}

/** A file under `$XDG_CACHE_HOME/meshwork`, or `~/.cache/meshwork`. */
export function cachePath(io: CliIo, name: string): string {
  return join(io.env.XDG_CACHE_HOME || join(io.homedir, '.cache'), 'meshwork', name);
}

/** The stored configuration; none is an empty one, an unreadable one a usage error naming the file. */
export async function readStoredConfig(io: CliIo): Promise<StoredConfig> {
  const path = configPath(io);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw usageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw usageError(`${path} is not valid JSON: ${(error as Error).message}`, 'Fix it or delete it, then run `meshwork login` again.');
  }
  return checkStoredConfig(value, path);
}

function checkStoredConfig(value: unknown, path: string): StoredConfig {
  const fail = (pointer: string, what: string) => usageError(`${path}: ${pointer} must be ${what}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('/', 'an object');
  const record = value as Record<string, unknown>;
  for (const key of ['url', 'apiKey', 'token'] as const) {
    if (record[key] !== undefined && typeof record[key] !== 'string') throw fail(`/${key}`, 'a string');
  }
  const urls = record.urls;
  if (urls !== undefined) {
    if (typeof urls !== 'object' || urls === null || Array.isArray(urls)) throw fail('/urls', 'an object');
    for (const [name, url] of Object.entries(urls)) {
      if (!SERVICES.includes(name as ServiceName)) throw fail(`/urls/${name}`, `one of ${SERVICES.join(', ')} (unknown service)`);
      if (typeof url !== 'string') throw fail(`/urls/${name}`, 'a string');
    }
  }
  return record as StoredConfig;
}

/** Writes the configuration readable by its owner only (0600, in a 0700 folder), replacing the file at once. */
export async function writeStoredConfig(io: CliIo, config: StoredConfig): Promise<string> {
  const path = configPath(io);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
  return path;
}

/** The settings given by environment variables. */
export function envSettings(env: CliIo['env']): ConnectionSettings {
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const service of SERVICES) {
    const value = env[`MESHWORK_${service.toUpperCase()}_URL`];
    if (value) urls[service] = value;
  }
  return {
    ...(env.MESHWORK_URL ? { url: env.MESHWORK_URL } : {}),
    ...(Object.keys(urls).length ? { urls } : {}),
    ...(env.MESHWORK_API_KEY ? { apiKey: env.MESHWORK_API_KEY } : {}),
    ...(env.MESHWORK_TOKEN ? { token: env.MESHWORK_TOKEN } : {}),
  };
}

function checkUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`${what} is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw usageError(`${what} must be an http or https URL, not ${JSON.stringify(url)}`);
  return url.replace(/\/+$/, '');
}

/**
 * Flags over environment over the configuration file, per service: the first source that names the service's URL
 * (or a gateway URL) gives it; the first source with a credential gives it (a token over an API key in the same
 * source).
 */
export function resolveConnection(sources: { flag: ConnectionSettings; env: ConnectionSettings; config: ConnectionSettings }): Connection {
  const ordered = [
    ['flag', sources.flag],
    ['env', sources.env],
    ['config', sources.config],
  ] as const;
  const urls = {} as Record<ServiceName, string>;
  const urlSources = {} as Record<ServiceName, SettingSource>;
  for (const service of SERVICES) {
    urls[service] = DEFAULT_URLS[service];
    urlSources[service] = 'default';
    for (const [source, settings] of ordered) {
      const own = settings.urls?.[service];
      const gateway = settings.url;
      if (own === undefined && gateway === undefined) continue;
      urls[service] = own !== undefined ? checkUrl(own, `the ${service} URL (${source})`) : `${checkUrl(gateway as string, `the mesh URL (${source})`)}/${service}`;
      urlSources[service] = source;
      break;
    }
  }
  let credential: Credential | undefined;
  for (const [source, settings] of ordered) {
    if (settings.token) credential = { kind: 'token', value: settings.token, source };
    else if (settings.apiKey) credential = { kind: 'apiKey', value: settings.apiKey, source };
    if (credential) break;
  }
  return { urls, urlSources, ...(credential ? { credential } : {}) };
}

/** A configuration error discovered while running (not a usage error of the command line). */
export function missingCredential(what: string): CliError {
  return new CliError(ExitCode.USAGE, `${what} needs credentials: none were given.`, 'Run `meshwork login --api-key <key>`, or set MESHWORK_API_KEY or MESHWORK_TOKEN, or pass --api-key / --token.');
}
