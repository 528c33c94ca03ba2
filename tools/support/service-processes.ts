/**
 * The services run as processes of their own, as in production, for the tools that start them (the fuzz, the soak
 * benchmark, the fault, replica and secrets tests): free ports, the spawn with its output kept, the wait for
 * /health/ready and the stop. Each caller keeps its own environment, command and restart policy.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const repositoryRoot = resolve(__dirname, '..', '..');

export const SERVICE_NAMES = ['catalog', 'governance', 'access', 'sla'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** How long a service may take to answer /health/ready (migrations run first). */
export const READY_DEADLINE_MS = 180_000;
/** How long a service has to exit after SIGTERM before it gets SIGKILL. */
export const STOP_DEADLINE_MS = 10_000;

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

/** `node -r tools/swc/register.js <entry>`: a service's source run directly; `entry` is relative to the repository. */
export function sourceCommand(entry: string): string[] {
  return ['-r', resolve(repositoryRoot, 'tools/swc/register.js'), resolve(repositoryRoot, entry)];
}

export interface SpawnedProcess {
  child: ChildProcess;
  /** What the process wrote on stdout and stderr, the last `keep` characters of it. */
  output(): string;
}

/**
 * Runs `node <args>` from the repository root with exactly `env` (nothing of this process's environment is passed on
 * unless the caller adds it) and keeps the last `keep` characters it writes on stdout and stderr.
 */
export function spawnNode(args: readonly string[], env: Record<string, string | undefined>, keep = Number.POSITIVE_INFINITY): SpawnedProcess {
  const child = spawn(process.execPath, [...args], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const kept = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > keep) output = output.slice(-keep);
  };
  child.stdout?.on('data', kept);
  child.stderr?.on('data', kept);
  return { child, output: () => output };
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export interface ReadyOptions {
  deadlineMs?: number;
  intervalMs?: number;
}

/**
 * Polls `${base}/health/ready` until it answers 200; fails, naming `what` and the process's output, when the process
 * exits first or the deadline passes.
 */
export async function waitReady(what: string, base: string, spawned: SpawnedProcess, options: ReadyOptions = {}): Promise<void> {
  const { deadlineMs = READY_DEADLINE_MS, intervalMs = 250 } = options;
  const { child } = spawned;
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${spawned.output()}`);
    const status = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then((res) => res.status, () => 0);
    if (status === 200) return;
    await sleep(intervalMs);
  }
  throw new Error(`${what} was not ready within ${deadlineMs / 1000} s:\n${spawned.output()}`);
}

/** SIGTERM, then SIGKILL when the process has not exited within STOP_DEADLINE_MS; nothing when it has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = once(child, 'exit');
  const force = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(force);
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A hang fails after this long; 30 s by default. */
  timeoutMs?: number;
}

/** One HTTP call to a service, with a bearer token and a JSON body when given; the answer's body parsed as JSON when it is JSON. */
export async function callService(base: string, method: string, path: string, options: CallOptions = {}): Promise<{ res: Response; body: unknown }> {
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
  return { res, body };
}
