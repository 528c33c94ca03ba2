import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(__dirname, '..', '..', '..', '..');

export interface ServiceProcess {
  base: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function ready(base: string, child: ChildProcess, seconds: number, output: () => string): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode} before it was ready${output()}`);
    const answer = await fetch(`${base}/health/ready`).catch(() => undefined);
    if (answer?.status === 200) return;
    await sleep(200);
  }
  throw new Error(`the service was not ready within ${seconds} s${output()}`);
}

export interface ServiceProcessOptions {
  /** Seconds to wait for /health/ready (migrations run first, so a large database may take a while). */
  readySeconds?: number;
  /** `inherit`: its log goes to this process's stderr; `capture`: kept, and told in the error if it fails to start. */
  stderr?: 'inherit' | 'capture';
}

/**
 * Runs a service as it runs in production, in a process of its own (`node` with the source hook): a benchmark's
 * load generator does not share its event loop, and a test reaches it over HTTP only. `entry` is relative to the
 * repository. Waits until it answers /health/ready.
 */
export async function startServiceProcess(entry: string, env: Record<string, string>, options: ServiceProcessOptions = {}): Promise<ServiceProcess> {
  const { readySeconds = 900, stderr = 'inherit' } = options;
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', resolve(root, 'tools/swc/register.js'), resolve(root, entry)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', stderr === 'inherit' ? 'inherit' : 'ignore', stderr === 'inherit' ? 'inherit' : 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => (log ? `: ${log}` : '');
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    await ready(base, child, readySeconds, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
