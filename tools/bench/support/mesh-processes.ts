/**
 * The four services as `npm start` runs them, each in a process of its own on a port chosen here, against one
 * database: for the soak benchmark and the fault tests, which kill, stop and restart them. A service keeps its port
 * across restarts, so its peers keep reaching it at the same URL.
 */
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { callService, type CallOptions, freePorts, hasExited, SERVICE_NAMES, type ServiceName, sourceCommand, spawnNode, type SpawnedProcess, stopChild, waitReady } from '../../support/service-processes';

export { freePorts, SERVICE_NAMES, type ServiceName };

const KEPT_OUTPUT = 16_000;

/** One service run as `node -r tools/swc/register.js apps/<name>/src/main.ts`, which can be killed and started again. */
export class ServiceProcess {
  private spawned?: SpawnedProcess;
  /** What the earlier runs wrote: the output is kept across restarts. */
  private earlier = '';

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private env: Record<string, string>,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return this.child !== undefined && !hasExited(this.child);
  }

  /** The last lines the process wrote, for a failure message. */
  output(): string {
    return (this.earlier + (this.spawned?.output() ?? '')).slice(-KEPT_OUTPUT);
  }

  private get child(): ChildProcess | undefined {
    return this.spawned?.child;
  }

  /** Starts the process (with `env` added to its settings) and waits until /health/ready answers 200. */
  async start(env: Record<string, string> = {}): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    this.env = { ...this.env, ...env };
    this.earlier = this.output();
    const spawned = spawnNode(sourceCommand(`apps/${this.name}/src/main.ts`), { PATH: process.env.PATH ?? '', ...this.env, PORT: String(this.port), HOST: '127.0.0.1' }, KEPT_OUTPUT);
    this.spawned = spawned;
    await waitReady(this.name, this.base, { child: spawned.child, output: () => this.output() }, { intervalMs: 200 });
  }

  /** Sends `signal` and waits for the exit: SIGKILL is a crash, with no shutdown hook run. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }

  /** SIGTERM, then SIGKILL when it has not exited within ten seconds. */
  async stop(): Promise<void> {
    if (this.child && this.running) await stopChild(this.child);
  }

  /** Resident set size in KiB, from /proc (Linux). */
  rssKb(): number {
    const pid = this.pid;
    if (pid === undefined) throw new Error(`${this.name} is not running`);
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    if (!line) throw new Error(`no VmRSS in /proc/${pid}/status`);
    return Number(line.replace(/\D+/g, ''));
  }
}

export interface MeshProcesses {
  token: string;
  services: Record<ServiceName, ServiceProcess>;
  url(name: ServiceName): string;
  stop(): Promise<void>;
}

/**
 * The four services with the settings `npm start` gives them (development mode, one dev token that is the platform
 * admin and the service token, each peer's URL, tokens verified against the access service's JWKS), against
 * `databaseUrl`. `env` adds settings per service. Starts `names` (all four by default) at once.
 */
export async function startMesh(databaseUrl: string, options: { env?: Partial<Record<ServiceName, Record<string, string>>>; names?: readonly ServiceName[] } = {}): Promise<MeshProcesses> {
  const token = randomBytes(24).toString('hex');
  const ports = await freePorts(SERVICE_NAMES.length);
  const url = (name: ServiceName) => `http://127.0.0.1:${ports[SERVICE_NAMES.indexOf(name)]}`;
  const common: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    MESHWORK_DEV_TOKEN: token,
    MESHWORK_SERVICE_TOKEN: token,
    MESHWORK_CATALOG_URL: url('catalog'),
    MESHWORK_GOVERNANCE_URL: url('governance'),
    MESHWORK_ACCESS_URL: url('access'),
    MESHWORK_SLA_URL: url('sla'),
    ACCESS_ISSUER: url('access'),
    AUTH_ISSUER: url('access'),
    AUTH_JWKS_URL: `${url('access')}/.well-known/jwks.json`,
  };
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name, i) => [name, new ServiceProcess(name, ports[i], { ...common, ...options.env?.[name] })]),
  ) as Record<ServiceName, ServiceProcess>;
  const stop = () => Promise.all(SERVICE_NAMES.map((name) => services[name].stop())).then(() => undefined);
  try {
    await Promise.all((options.names ?? SERVICE_NAMES).map((name) => services[name].start()));
  } catch (error) {
    await stop();
    throw error;
  }
  return { token, services, url, stop };
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** One HTTP call with a bearer token, the body parsed as JSON when there is one; a hang fails after `timeoutMs`. */
export async function call<T = Record<string, unknown>>(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const { res, body } = await callService(base, method, path, options);
  return { status: res.status, headers: res.headers, body: body as T };
}
