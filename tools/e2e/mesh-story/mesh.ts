/**
 * The mesh as `npm start` runs it (tools/dev/start.js, the four services on 3001–3004) on a database of its own: a
 * scratch database on DATABASE_URL's server, or on a throw-away embedded PostgreSQL without it, dropped afterwards.
 * Ready once the banner is printed; stopped with Ctrl-C (SIGINT).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_MS = 180_000;
const STOP_MS = 30_000;
/** Another run holding the ports or the checkout's lock (a smoke test, another scenario) is waited for this long. */
const BUSY_MS = 300_000;
const KEPT_LINES = 200;

export interface RunningMesh {
  /** The API key of the bootstrap admin service account `meshwork-admin` that start.js keeps in .meshwork/. */
  adminApiKey: string;
  /** The last lines start.js and the services printed, for a failure report. */
  output(): string;
  stop(): Promise<void>;
}

interface Launched {
  child: ChildProcess;
  lines: string[];
  banner: boolean;
  exited: Promise<number | null>;
}

function launch(root: string, env: NodeJS.ProcessEnv): Launched {
  const child = spawn(process.execPath, [join(root, 'tools', 'dev', 'start.js'), '--no-console'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Launched = { child, lines: [], banner: false, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  const keep = (line: string) => {
    run.lines.push(line);
    if (run.lines.length > KEPT_LINES) run.lines.shift();
    if (line.includes('Press Ctrl-C to stop.')) run.banner = true;
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', keep);
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  return run;
}

async function stop(run: Launched): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  run.child.kill('SIGINT');
  const code = await Promise.race([run.exited, sleep(STOP_MS).then(() => 'timeout' as const)]);
  if (code !== 'timeout') return;
  run.child.kill('SIGKILL');
  throw new Error(`npm start did not stop within ${STOP_MS / 1000} s of Ctrl-C`);
}

/**
 * Starts the mesh on `databaseUrl` with `extraEnv` and waits for its banner; while another Meshwork of this checkout
 * runs, or holds the ports, waits for it to stop first.
 */
export async function startMesh(root: string, databaseUrl: string, extraEnv: NodeJS.ProcessEnv, log: (line: string) => void): Promise<RunningMesh> {
  const env = { ...process.env, ...extraEnv, DATABASE_URL: databaseUrl };
  const busyUntil = Date.now() + BUSY_MS;
  for (;;) {
    const run = launch(root, env);
    const started = Date.now();
    while (!run.banner && run.child.exitCode === null && Date.now() - started < READY_MS) await sleep(100);
    if (run.banner) {
      const adminApiKey = readFileSync(join(root, '.meshwork', 'admin-api-key'), 'utf8').trim();
      log(`mesh up (npm start on a database of its own) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return { adminApiKey, output: () => run.lines.join('\n'), stop: () => stop(run) };
    }
    if (run.child.exitCode === null) {
      await stop(run);
      throw new Error(`npm start printed no banner within ${READY_MS / 1000} s:\n${run.lines.slice(-40).join('\n')}`);
    }
    await run.exited;
    const output = run.lines.join('\n');
    if (!/already running|already in use/i.test(output) || Date.now() > busyUntil) throw new Error(`npm start exited with ${run.child.exitCode}:\n${run.lines.slice(-40).join('\n')}`);
    log('another Meshwork runs from this checkout or holds its ports; waiting for it to stop');
    await sleep(5_000);
  }
}
