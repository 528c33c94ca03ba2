/**
 * The domain-repo proof (`npm run e2e:domain-repo`): the SDK and the CLI packed with `npm pack`, installed into a
 * project outside the monorepo (under the system's temporary folder), a small "marketing domain" app (fixture/)
 * compiled there with `tsc --strict` and run against the demo mesh of `node tools/dev/start.js --demo`: it publishes a
 * product, gets access to the CRM customers port, checks that access locally, reports an observation and finds its
 * publication on the catalog's event feed with the file cursor store of the `@meshwork/sdk/node` subpath. A file of
 * deliberate mistakes (fixture/mistakes) must fail to compile with the expected error codes on the expected lines, and
 * the CLI of the tarball answers `meshwork --help` and `meshwork resolve <urn> --output json`.
 *   npm run e2e:domain-repo [-- --keep]     (--keep leaves the temporary project in place)
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMeshClient, MeshError, type MeshClient } from '@meshwork/sdk';
import { runMain } from '../../support/run-main';
import { MESH_URLS, type RunningMesh, startMesh } from './mesh';

const root = resolve(__dirname, '..', '..', '..');
const fixture = join(__dirname, 'fixture');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const CRM_CUSTOMERS = 'urn:meshwork:crm:customers:customers:v1';
const TEAM = 'marketing-analytics';
const PIPELINE = 'marketing-pipeline';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function log(text: string): void {
  process.stdout.write(`domain-repo: ${text}\n`);
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Runs a command to its end; `onLine` sees each line of its standard output as it comes. */
function run(command: string, args: string[], options: SpawnOptions & { onLine?: (line: string) => void } = {}): Promise<Ran> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function succeed(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  const ran = await run(command, args, options);
  check(ran.code === 0, `${command} ${args.join(' ')} exited with ${ran.code}:\n${ran.stdout.slice(-3000)}\n${ran.stderr.slice(-3000)}`);
  return ran.stdout;
}

/** Builds the SDK and the CLI packages (their nx build targets) and packs them; the tarballs' paths. */
async function pack(into: string): Promise<{ sdk: string; cli: string }> {
  await succeed('npx', ['nx', 'run-many', '-t', 'build', '-p', 'sdk,cli', '--outputStyle=stream'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  const packed = async (dir: string) => {
    const out = await succeed('npm', ['pack', '--json', '--pack-destination', into], { cwd: dir });
    const [{ filename }] = JSON.parse(out) as { filename: string }[];
    return join(into, filename);
  };
  return { sdk: await packed(join(root, 'libs', 'sdk')), cli: await packed(join(root, 'apps', 'cli', 'dist')) };
}

/** The marketing domain's project: the fixture, with the tarballs (and Node's types, for tsc) as its dependencies. */
async function createProject(dir: string, tarballs: { sdk: string; cli: string }): Promise<void> {
  cpSync(fixture, dir, { recursive: true });
  const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const manifest = {
    name: 'marketing-domain',
    version: '1.0.0',
    private: true,
    description: 'The marketing domain pipeline: publishes its products and uses the CRM customers port.',
    scripts: { build: 'tsc -p tsconfig.json --strict', start: 'node dist/main.js' },
    dependencies: { '@meshwork/sdk': `file:${tarballs.sdk}`, '@meshwork/cli': `file:${tarballs.cli}` },
    devDependencies: { '@types/node': workspace.devDependencies['@types/node'] },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await succeed('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], { cwd: dir });
  const installed = readdirSync(join(dir, 'node_modules', '@meshwork')).sort();
  check(installed.join(',') === 'cli,sdk', `the project holds @meshwork/${installed.join(', @meshwork/')}, not exactly the SDK and the CLI`);
  log(`installed ${tarballs.sdk.split('/').pop()} and ${tarballs.cli.split('/').pop()} into ${dir}`);
}

/** Every `// mistake: TS<code>` marker must be reported by tsc on its line, and nothing else. */
async function checkMistakes(dir: string): Promise<void> {
  const file = join('mistakes', 'mistakes.ts');
  const expected = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(/\/\/ mistake: (TS\d+)/g)].map((m) => `${file}:${i + 1} ${m[1]}`));
  const ran = await run(process.execPath, [tsc, '-p', 'tsconfig.mistakes.json', '--strict', '--pretty', 'false'], { cwd: dir });
  check(ran.code !== 0, 'mistakes.ts compiled: the SDK types let an unknown field and wrong enum values through');
  const reported = [...ran.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+):/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
  const missing = expected.filter((e) => !reported.includes(e));
  const unexpected = reported.filter((r) => !expected.includes(r));
  check(missing.length === 0 && unexpected.length === 0, `tsc on mistakes.ts: missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(unexpected)}:\n${ran.stdout}`);
  log(`mistakes.ts fails tsc as it should: ${reported.join(', ')}`);
}

/** A service account owning the marketing team, with an API key: what the domain's pipeline runs as. */
async function pipelineIdentity(admin: MeshClient): Promise<{ principalId: string; apiKey: string }> {
  await admin.access.createTeam({ body: { name: TEAM, displayName: 'Marketing Analytics' } }).catch((error: unknown) => {
    if (!(error instanceof MeshError && error.status === 409)) throw error;
  });
  const found = await admin.access.listPrincipals({ params: { query: { q: PIPELINE, kind: 'service-account', limit: 50 } } });
  const principal = found.items.find((p) => p.name === PIPELINE) ?? (await admin.access.createPrincipal({ body: { kind: 'service-account', name: PIPELINE, displayName: 'Marketing pipeline' } }));
  // Members register products; publishing one (its transition) is for the team's owners.
  await admin.access.putTeamMember({ params: { path: { name: TEAM, principalId: principal.id } }, body: { role: 'domain-owner' } });
  const key = await admin.access.createApiKey({ params: { path: { id: principal.id } }, body: { name: `domain-repo ${new Date().toISOString()}` } });
  return { principalId: principal.id, apiKey: key.secret };
}

/** Grants left by an earlier run against the same data are revoked, so that the app asks for access again. */
async function revokeEarlierGrants(admin: MeshClient): Promise<void> {
  const held = await admin.access.listGrants({ params: { query: { portUrn: CRM_CUSTOMERS, consumer: TEAM, active: true, limit: 200 } } });
  for (const grant of held.items) await admin.access.revokeGrant({ params: { path: { id: grant.id } }, body: { reason: 'domain-repo test: asked for again' } });
  if (held.items.length) log(`revoked ${held.items.length} grant(s) of ${TEAM} on ${CRM_CUSTOMERS} left by an earlier run`);
}

/** Approves an access request as the CRM side would: the admin service account, and the dev token for a second level. */
async function approve(mesh: RunningMesh, id: string): Promise<void> {
  const approvers = [createMeshClient({ urls: MESH_URLS, apiKey: mesh.adminApiKey }), createMeshClient({ urls: MESH_URLS, token: mesh.devToken })];
  for (const approver of approvers) {
    const request = await approver.access.getAccessRequest({ params: { path: { id } } });
    if (request.state !== 'pending' && request.state !== 'awaiting-second-level') return;
    await approver.access.approveAccessRequest({ params: { path: { id } }, body: { reason: 'approved by the domain-repo test' } });
  }
}

async function runApp(dir: string, mesh: RunningMesh, identity: { principalId: string; apiKey: string }): Promise<string> {
  const approvals: Promise<void>[] = [];
  const ran = await run(process.execPath, ['dist/main.js'], {
    cwd: dir,
    env: { ...process.env, MESHWORK_API_KEY: identity.apiKey, MESHWORK_PRINCIPAL_ID: identity.principalId },
    onLine: (line) => {
      log(`  app: ${line}`);
      const request = /^access request (\S+) (pending|awaiting-second-level)$/.exec(line);
      if (request) approvals.push(approve(mesh, request[1] as string));
    },
  });
  await Promise.all(approvals);
  check(ran.code === 0, `the marketing app exited with ${ran.code}:\n${ran.stderr}`);
  const expect = (pattern: RegExp, what: string) => check(pattern.test(ran.stdout), `the app did not ${what}:\n${ran.stdout}`);
  expect(/^policies: passed \(0 blocking/m, 'pass the policies locally');
  expect(/^published urn:meshwork:marketing:campaign-audiences 1\.0\.0 \((created|version-added|unchanged), published\)$/m, 'publish its product');
  expect(/^access request \S+ (pending|awaiting-second-level)$/m, 'ask for access to the CRM customers port');
  expect(new RegExp(`^grant \\S+ on ${CRM_CUSTOMERS} until `, 'm'), 'get a grant on the CRM customers port');
  expect(new RegExp(`^local decision: read ${CRM_CUSTOMERS}: allow `, 'm'), 'decide locally that it may read the port');
  expect(/^observations: 1 accepted, 0 duplicates$/m, 'report its observation');
  expect(/^event: product\.published urn:meshwork:marketing:campaign-audiences \S+ \(cursor kept in \.meshwork\/cursors\.json\)$/m, 'find its publication on the catalog feed through @meshwork/sdk/node');
  return ran.stdout;
}

/** What the app did, as the mesh tells it. */
async function checkMesh(admin: MeshClient): Promise<void> {
  const product = await admin.catalog.getProduct({ params: { path: { domain: 'marketing', name: 'campaign-audiences' } } });
  check(product.status === 'published', `marketing/campaign-audiences is ${product.status}`);
  const observations = await admin.sla.listObservations({ params: { query: { portUrn: 'urn:meshwork:marketing:campaign-audiences:audiences:v1', limit: 1 } } });
  check(observations.total >= 1, 'SLA monitoring has no observation of the audiences port');
  log(`the mesh shows ${product.urn} published and ${observations.total} observation(s) of its port`);
}

async function checkCli(dir: string, apiKey: string): Promise<void> {
  const bin = join(dir, 'node_modules', '.bin', 'meshwork');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, MESHWORK_API_KEY: apiKey };
  for (const name of Object.keys(env)) if (name.startsWith('XDG_') || (name.startsWith('MESHWORK_') && name !== 'MESHWORK_API_KEY')) delete env[name];
  const help = await run(bin, ['--help'], { cwd: dir, env });
  check(help.code === 0 && help.stdout.startsWith('meshwork: ') && help.stdout.includes('Usage: meshwork <command>'), `meshwork --help answered ${help.code}:\n${help.stdout}${help.stderr}`);
  const resolved = await run(bin, ['resolve', CRM_CUSTOMERS, '--output', 'json'], { cwd: dir, env });
  check(resolved.code === 0, `meshwork resolve exited with ${resolved.code}: ${resolved.stderr}`);
  const resolution = JSON.parse(resolved.stdout) as { urn: string; kind: string; product: { urn: string } };
  check(resolution.kind === 'port' && resolution.urn === CRM_CUSTOMERS && resolution.product.urn === 'urn:meshwork:crm:customers', `meshwork resolve answered ${resolved.stdout}`);
  log('the CLI of the tarball answers --help, and resolve --output json');
}

async function main(): Promise<number> {
  const keep = process.argv.includes('--keep');
  const work = mkdtempSync(join(tmpdir(), 'meshwork-domain-repo-'));
  const project = join(work, 'marketing-domain');
  let mesh: RunningMesh | undefined;
  try {
    mkdirSync(join(work, 'tarballs'));
    const tarballs = await pack(join(work, 'tarballs'));
    await createProject(project, tarballs);
    await checkMistakes(project);
    await succeed(process.execPath, [tsc, '-p', 'tsconfig.json', '--strict'], { cwd: project });
    log('the marketing app compiles with tsc --strict');
    mesh = await startMesh(root);
    const admin = createMeshClient({ urls: MESH_URLS, apiKey: mesh.adminApiKey });
    const identity = await pipelineIdentity(admin);
    await revokeEarlierGrants(admin);
    await runApp(project, mesh, identity);
    await checkMesh(admin);
    await checkCli(project, identity.apiKey);
    log('passed');
    return 0;
  } finally {
    await mesh?.stop();
    if (keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

runMain(main);
