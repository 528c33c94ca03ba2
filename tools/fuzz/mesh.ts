/**
 * The four services, each in a process of its own as in production, on one scratch database, with the peers' URLs
 * set so that the synchronous calls between them (the publish gate, owners, grants) are real. Tokens: the dev token
 * (a platform admin) and the test identity provider's JWTs for every other actor.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TEST_AUDIENCE, TEST_ISSUER } from '@meshwork/testing';

export const SERVICES = ['catalog', 'governance', 'access', 'sla'] as const;
export type ServiceName = (typeof SERVICES)[number];

const root = resolve(__dirname, '..', '..');
const READY_DEADLINE_MS = 180_000;
const STOP_DEADLINE_MS = 10_000;
const KEPT_OUTPUT = 20_000;

export interface RunningService {
  name: ServiceName;
  base: string;
  child: ChildProcess;
  /** The last lines the process wrote (its error log). */
  output(): string;
}

async function freePorts(count: number): Promise<number[]> {
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

export interface MeshOptions {
  databaseUrl: string;
  devToken: string;
  jwksUrl: string;
}

export class FuzzMesh {
  private constructor(readonly services: Record<ServiceName, RunningService>) {}

  static async start(options: MeshOptions): Promise<FuzzMesh> {
    const ports = await freePorts(SERVICES.length);
    const url = (name: ServiceName) => `http://127.0.0.1:${ports[SERVICES.indexOf(name)]}`;
    const common: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: options.databaseUrl,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      MESHWORK_DEV_TOKEN: options.devToken,
      MESHWORK_SERVICE_TOKEN: options.devToken,
      AUTH_JWKS_URL: options.jwksUrl,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
      MESHWORK_CATALOG_URL: url('catalog'),
      MESHWORK_GOVERNANCE_URL: url('governance'),
      MESHWORK_ACCESS_URL: url('access'),
      MESHWORK_SLA_URL: url('sla'),
    };
    const services = Object.fromEntries(SERVICES.map((name, i) => [name, launch(name, url(name), { ...common, PORT: String(ports[i]) })])) as Record<ServiceName, RunningService>;
    const mesh = new FuzzMesh(services);
    try {
      await Promise.all(Object.values(services).map(waitReady));
    } catch (error) {
      await mesh.stop();
      throw error;
    }
    return mesh;
  }

  /** Whether every service still runs; a crash is a failure of the run. */
  exited(): RunningService[] {
    return Object.values(this.services).filter((service) => service.child.exitCode !== null || service.child.signalCode !== null);
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values(this.services).map((service) => stopChild(service.child)));
  }
}

function launch(name: ServiceName, base: string, env: Record<string, string>): RunningService {
  const child = spawn(process.execPath, ['-r', resolve(root, 'tools/swc/register.js'), resolve(root, `apps/${name}/src/main.ts`)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-KEPT_OUTPUT));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, base, child, output: () => output };
}

async function waitReady(service: RunningService): Promise<void> {
  const deadline = Date.now() + READY_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with code ${service.child.exitCode}:\n${service.output()}`);
    const status = await fetch(`${service.base}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then((res) => res.status, () => 0);
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`${service.name} was not ready within ${READY_DEADLINE_MS / 1000} s:\n${service.output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  const force = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(force);
}
