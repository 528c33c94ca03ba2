/**
 * Two replicas of every service against one database, each run as its container runs it
 * (`node tools/deploy/start-service.js <service>`) with the environment docker-compose.yml gives it in production:
 * the compose names of PostgreSQL and of the other services are replaced by the scratch database and by the
 * replica of the same rank, and the secrets are generated as .env.example says.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');

/** tools/deploy reads docker-compose.yml as compose does; it is another nx project, so it is loaded by path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const composeFile = require(join(root, 'tools', 'deploy', 'compose-file.ts')) as typeof import('../../deploy/compose-file');
/** tools/support (the services as processes) is shared by the tools outside nx projects, so it is loaded by path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { callService, freePorts, SERVICE_NAMES, spawnNode, stopChild, waitReady } = require(join(root, 'tools', 'support', 'service-processes.ts')) as typeof import('../../support/service-processes');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const waits = require(join(root, 'tools', 'support', 'eventually.ts')) as typeof import('../../support/eventually');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { startIncidentReceiver } = require(join(root, 'tools', 'support', 'webhook-receiver.ts')) as typeof import('../../support/webhook-receiver');

/** Polls until `check` answers something other than undefined; fails with `what` after the deadline. */
export function eventually<T>(what: string, check: () => Promise<T | undefined>, deadlineMs = 45_000): Promise<T> {
  return waits.eventually(what, check, deadlineMs);
}

export const SERVICES = SERVICE_NAMES;
export type ServiceName = (typeof SERVICES)[number];
export const REPLICAS = 2;

const KEPT_OUTPUT = 8_000;

export interface Replica {
  service: ServiceName;
  rank: number;
  base: string;
  child: ChildProcess;
  output(): string;
}

export class Mesh {
  readonly replicas: Replica[] = [];
  /** The .env an operator would write: .env.example with its empty secrets generated as its comments say. */
  readonly dotEnv: Record<string, string>;
  private readonly compose = composeFile.readCompose();

  private constructor(
    readonly databaseUrl: string,
    private readonly ports: Record<ServiceName, number[]>,
  ) {
    const text = composeFile.readEnvExample();
    const required = composeFile.interpolatedNames(readFileSync(composeFile.COMPOSE_FILE, 'utf8')).required;
    this.dotEnv = composeFile.filledEnv(text, required);
  }

  static async create(databaseUrl: string): Promise<Mesh> {
    const all = await freePorts(SERVICES.length * REPLICAS);
    const ports = Object.fromEntries(SERVICES.map((service, i) => [service, all.slice(i * REPLICAS, (i + 1) * REPLICAS)])) as Record<ServiceName, number[]>;
    return new Mesh(databaseUrl, ports);
  }

  url(service: ServiceName, rank: number): string {
    return `http://127.0.0.1:${this.ports[service][rank]}`;
  }

  /** The replica's environment: docker-compose.yml's for the service, pointed at this machine's database and replicas. */
  env(service: ServiceName, rank: number, extra: Record<string, string> = {}): Record<string, string> {
    const env = composeFile.serviceEnv(this.compose.services[service], this.dotEnv);
    const local: Record<string, string> = {};
    for (const [name, value] of Object.entries(env)) {
      local[name] = value.replace(/^http:\/\/(catalog|governance|access|sla):\d+/, (_, peer: ServiceName) => this.url(peer, rank));
    }
    return { ...local, DATABASE_URL: this.databaseUrl, HOST: '127.0.0.1', PORT: String(this.ports[service][rank]), LOG_LEVEL: 'warn', ...extra };
  }

  /** Starts both replicas of each service at once and waits until every one answers /health/ready. */
  async start(services: readonly ServiceName[], extra: Partial<Record<ServiceName, Record<string, string>>> = {}): Promise<void> {
    const started = services.flatMap((service) => Array.from({ length: REPLICAS }, (_, rank) => this.spawn(service, rank, extra[service] ?? {})));
    await Promise.all(started.map((replica) => this.waitReady(replica)));
  }

  replica(service: ServiceName, rank: number): Replica {
    const found = this.replicas.find((r) => r.service === service && r.rank === rank);
    if (!found) throw new Error(`${service} replica ${rank} is not running`);
    return found;
  }

  async stop(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => stopChild(replica.child)));
  }

  private spawn(service: ServiceName, rank: number, extra: Record<string, string>): Replica {
    const { child, output } = spawnNode(['tools/deploy/start-service.js', service], { PATH: process.env.PATH ?? '', ...this.env(service, rank, extra) }, KEPT_OUTPUT);
    const replica: Replica = { service, rank, base: this.url(service, rank), child, output };
    this.replicas.push(replica);
    return replica;
  }

  private waitReady(replica: Replica): Promise<void> {
    return waitReady(`${replica.service} replica ${replica.rank}`, replica.base, replica);
  }
}

/** Runs tools/deploy/bootstrap-admin.js as an operator would in the access container; answers the API key it prints. */
export async function bootstrapAdmin(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['tools/deploy/bootstrap-admin.js'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-KEPT_OUTPUT)));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bootstrap-admin.js exited with ${code}:\n${stderr}`);
  return stdout.trim();
}

export interface Answer<T = unknown> {
  status: number;
  etag: string | null;
  body: T;
}

/** One HTTP call with a bearer token; the body parsed as JSON when there is one. */
export async function call<T = Record<string, unknown>>(base: string, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
  const { res, body } = await callService(base, method, path, options);
  return { status: res.status, etag: res.headers.get('etag'), body: body as T };
}

