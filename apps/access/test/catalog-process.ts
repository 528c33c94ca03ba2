import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@meshwork/testing';
import { AUDIENCE, ISSUER } from './support';

const ROOT = join(__dirname, '..', '..', '..');
const READY_DEADLINE_MS = 60_000;

export interface CatalogProcess {
  baseUrl: string;
  call(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Runs the real catalog service as its own process on a fresh database, as it runs in production: the access
 * service reaches it over HTTP only. It accepts the same dev token and the same identity provider's JWTs.
 */
export async function startCatalogProcess(options: { token: string; jwksUrl: string }): Promise<CatalogProcess> {
  const db: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', './tools/swc/register.js', 'apps/catalog/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'test',
      MESHWORK_DEV_TOKEN: options.token,
      AUTH_JWKS_URL: options.jwksUrl,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`catalog exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`catalog not ready after ${READY_DEADLINE_MS} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    call: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${options.token}`, ...(init.headers as Record<string, string> | undefined) } }),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      await db.drop();
    },
  };
}
