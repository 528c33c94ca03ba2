/**
 * The four services as `npm start` runs them, each in a process of its own on a port chosen here, against one
 * database: for the soak benchmark and the fault tests, which kill, stop and restart them. A service keeps its port
 * across restarts, so its peers keep reaching it at the same URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(__dirname, '..', '..', '..');

export const SERVICE_NAMES = ['catalog', 'governance', 'access', 'sla'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const READY_DEADLINE_MS = 180_000;
const STOP_DEADLINE_MS = 10_000;
const KEPT_OUTPUT = 16_000;

/** Ports reserved together, so that no two services get the same one. */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    servers.push(server);
  }
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

/** One service run as `node -r tools/swc/register.js apps/<name>/src/main.ts`, which can be killed and started again. */
export class ServiceProcess {
  private child?: ChildProcess;
  private kept = '';

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
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the process wrote, for a failure message. */
  output(): string {
    return this.kept;
  }

  /** Starts the process (with `env` added to its settings) and waits until /health/ready answers 200. */
  async start(env: Record<string, string> = {}): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    this.env = { ...this.env, ...env };
    const child = spawn(process.execPath, ['-r', resolve(root, 'tools/swc/register.js'), resolve(root, `apps/${this.name}/src/main.ts`)], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.kept = (this.kept + chunk.toString()).slice(-KEPT_OUTPUT));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    await this.waitReady(child);
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
    const child = this.child;
    if (!child || !this.running) return;
    const exited = once(child, 'exit');
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(force);
  }

  /** Resident set size in KiB, from /proc (Linux). */
  rssKb(): number {
    const pid = this.pid;
    if (pid === undefined) throw new Error(`${this.name} is not running`);
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    if (!line) throw new Error(`no VmRSS in /proc/${pid}/status`);
    return Number(line.replace(/\D+/g, ''));
  }

  private async waitReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + READY_DEADLINE_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${this.kept}`);
      const status = await fetch(`${this.base}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then((res) => res.status, () => 0);
      if (status === 200) return;
      await sleep(200);
    }
    throw new Error(`${this.name} was not ready within ${READY_DEADLINE_MS / 1000} s:\n${this.kept}`);
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
export async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body: body as T };
}
