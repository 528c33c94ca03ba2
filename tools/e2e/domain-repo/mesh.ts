/**
 * The mesh of `node tools/dev/start.js --demo` (as tools/dev/smoke.js runs it): started on the embedded PostgreSQL,
 * ready once its banner is printed and the demo's last product resolves, stopped with Ctrl-C (SIGINT).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_MS = 180_000;
/** Another run holding the mesh (a smoke test) is waited for this long before giving up. */
const BUSY_MS = 300_000;

export const MESH_URLS = { catalog: 'http://127.0.0.1:3001', governance: 'http://127.0.0.1:3002', access: 'http://127.0.0.1:3003', sla: 'http://127.0.0.1:3004' } as const;

export interface RunningMesh {
  /** The dev token (a platform admin in development). */
  devToken: string;
  /** The API key of the bootstrap admin service account `meshwork-admin`. */
  adminApiKey: string;
  stop(): Promise<void>;
}

interface DemoEntry {
  domain: string;
  name: string;
}

function log(text: string): void {
  process.stdout.write(`domain-repo: ${text}\n`);
}

async function resolves(urn: string, token: string): Promise<boolean> {
  const answer = await fetch(`${MESH_URLS.catalog}/v1/resolve/${urn}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
  return answer?.status === 200;
}

function launch(root: string): { child: ChildProcess; banner: () => boolean; output: () => string; exited: Promise<number | null> } {
  const env = { ...process.env };
  // As the smoke test: the embedded PostgreSQL of .meshwork/pg, not the test server of DATABASE_URL.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(root, 'tools', 'dev', 'start.js'), '--demo'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let bannerShown = false;
  let output = '';
  const keep = (line: string) => {
    output += `${line}\n`;
    if (line.includes('Press Ctrl-C to stop.')) bannerShown = true;
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', keep);
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, banner: () => bannerShown, output: () => output, exited };
}

/** Starts the demo mesh and waits until it is ready; when another run holds it, waits for that one to end first. */
export async function startMesh(root: string): Promise<RunningMesh> {
  const state = join(root, '.meshwork');
  const demo = JSON.parse(readFileSync(join(root, 'tools', 'dev', 'demo', 'mesh.json'), 'utf8')) as { products: DemoEntry[] };
  const last = demo.products[demo.products.length - 1] as DemoEntry;
  const lastUrn = `urn:meshwork:${last.domain}:${last.name}`;
  const busyUntil = Date.now() + BUSY_MS;
  for (;;) {
    const run = launch(root);
    const started = Date.now();
    let exitCode: number | null | undefined;
    void run.exited.then((code) => (exitCode = code));
    while (Date.now() - started < READY_MS && exitCode === undefined) {
      const tokenFile = join(state, 'dev-token');
      if (run.banner() && existsSync(tokenFile) && existsSync(join(state, 'admin-api-key'))) {
        const devToken = readFileSync(tokenFile, 'utf8').trim();
        if (await resolves(lastUrn, devToken)) {
          log(`mesh up with the demo after ${((Date.now() - started) / 1000).toFixed(1)} s`);
          return { devToken, adminApiKey: readFileSync(join(state, 'admin-api-key'), 'utf8').trim(), stop: () => stopMesh(run.child, run.exited) };
        }
      }
      await sleep(250);
    }
    if (exitCode === undefined) {
      await stopMesh(run.child, run.exited);
      throw new Error(`the mesh was not ready within ${READY_MS / 1000} s:\n${run.output().slice(-3000)}`);
    }
    if (!/already running/i.test(run.output()) || Date.now() > busyUntil) throw new Error(`npm start exited with ${exitCode}:\n${run.output().slice(-3000)}`);
    log('another Meshwork runs from this checkout (a smoke test?); waiting for it to stop');
    await sleep(5_000);
  }
}

async function stopMesh(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGINT');
  const code = await Promise.race([exited, sleep(30_000).then(() => 'timeout' as const)]);
  if (code === 'timeout') {
    child.kill('SIGKILL');
    throw new Error('the mesh did not stop within 30 s of Ctrl-C');
  }
}
