/**
 * The four services, each in a process of its own as in production, on one scratch database, with the peers' URLs
 * set so that the synchronous calls between them (the publish gate, owners, grants) are real. Tokens: the dev token
 * (a platform admin) and the test identity provider's JWTs for every other actor.
 */
import { type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { TEST_AUDIENCE, TEST_ISSUER } from '@meshwork/testing';

const root = resolve(__dirname, '..', '..');

/** tools/support is shared by the tools outside nx projects, so it is loaded by path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const processes = require(join(root, 'tools', 'support', 'service-processes.ts')) as typeof import('../support/service-processes');

export const SERVICES = processes.SERVICE_NAMES;
export type ServiceName = (typeof SERVICES)[number];

const KEPT_OUTPUT = 20_000;

export interface RunningService {
  name: ServiceName;
  base: string;
  child: ChildProcess;
  /** The last lines the process wrote (its error log). */
  output(): string;
}

export interface MeshOptions {
  databaseUrl: string;
  devToken: string;
  jwksUrl: string;
}

export class FuzzMesh {
  private constructor(readonly services: Record<ServiceName, RunningService>) {}

  static async start(options: MeshOptions): Promise<FuzzMesh> {
    const ports = await processes.freePorts(SERVICES.length);
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
    return Object.values(this.services).filter((service) => processes.hasExited(service.child));
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values(this.services).map((service) => processes.stopChild(service.child)));
  }
}

function launch(name: ServiceName, base: string, env: Record<string, string>): RunningService {
  const { child, output } = processes.spawnNode(processes.sourceCommand(`apps/${name}/src/main.ts`), env, KEPT_OUTPUT);
  return { name, base, child, output };
}

function waitReady(service: RunningService): Promise<void> {
  return processes.waitReady(service.name, service.base, service);
}
