import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type CatalogProcess, createTestDatabase, type ServiceProcess, startCatalogProcess, startServiceProcess, TEST_AUDIENCE, TEST_ISSUER, type TestDatabase, TestIdentityProvider } from '@meshwork/testing';
import { writeCustomers } from './support';

const BIN = resolve(__dirname, '..', 'bin', 'meshwork.js');
const PORT = 'urn:meshwork:crm:customers:customers:v1';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('the meshwork command against real catalog, governance and SLA services (processes, real PostgreSQL)', () => {
  const token = randomBytes(24).toString('hex');
  let idp: TestIdentityProvider;
  let governance: ServiceProcess;
  let sla: ServiceProcess;
  let catalog: CatalogProcess;
  const databases: TestDatabase[] = [];
  let home: string;

  /** Runs the `meshwork` executable as a domain pipeline would, in a home folder of its own. */
  function meshwork(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MESHWORK_') && !name.startsWith('XDG_')));
    const env = {
      ...inherited,
      HOME: home,
      MESHWORK_TOKEN: token,
      MESHWORK_CATALOG_URL: catalog.baseUrl,
      MESHWORK_GOVERNANCE_URL: governance.base,
      MESHWORK_SLA_URL: sla.base,
      ...options.env,
    };
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(options.stdin ?? '');
    return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
  }

  async function service(entry: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const db = await createTestDatabase();
    databases.push(db);
    const common = { DATABASE_URL: db.url, NODE_ENV: 'test', MESHWORK_DEV_TOKEN: token, AUTH_JWKS_URL: idp.jwksUrl, AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE, LOG_LEVEL: 'silent' };
    return startServiceProcess(entry, { ...common, ...env }, { readySeconds: 120, stderr: 'capture' });
  }

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'meshwork-cli-e2e-'));
    idp = await TestIdentityProvider.start();
    governance = await service('apps/governance/src/main.ts');
    catalog = await startCatalogProcess({ token, jwksUrl: idp.jwksUrl, env: { MESHWORK_GOVERNANCE_URL: governance.base } });
    sla = await service('apps/sla/src/main.ts', { MESHWORK_CATALOG_URL: catalog.baseUrl });
    const domain = await catalog.call('/v1/domains', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-data-team' }) });
    expect(domain.status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([catalog?.stop(), governance?.stop(), sla?.stop()]);
    await Promise.all(databases.map((db) => db.drop()));
    await idp?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('refuses to publish a product with a blocking violation (exit 1, readable violations), then publishes it fixed', async () => {
    const broken = writeCustomers(join(home, 'broken'), ({ product }) => delete product.support);
    const refused = await meshwork(['publish', broken.product, broken.contract, '--name', 'customers']);
    expect([refused.code, refused.stderr]).toEqual([1, '']);
    expect(refused.stdout).toMatch(/^ {2}blocking {2}product-has-support +\/product +the product has no support channel/m);
    expect(refused.stdout).toContain('Not published: crm/customers has blocking violations.');
    expect((await catalog.call('/v1/products/crm/customers')).status).toBe(404);

    const fixed = writeCustomers(join(home, 'fixed'));
    const published = await meshwork(['publish', fixed.product, fixed.contract, '--name', 'customers']);
    expect([published.code, published.stderr]).toEqual([0, '']);
    expect(published.stdout).toContain(`Published urn:meshwork:crm:customers 1.2.0 (created)\n  port customers: ${PORT}\n`);
    const product = (await (await catalog.call('/v1/products/crm/customers')).json()) as { status: string; policyCheckedAt: string | null };
    expect(product.status).toBe('published');
    expect(product.policyCheckedAt).not.toBeNull();

    const resolved = await meshwork(['resolve', PORT, '--output', 'json']);
    expect(resolved.code).toBe(0);
    expect(JSON.parse(resolved.stdout)).toMatchObject({ urn: PORT, kind: 'port', product: { status: 'published' } });
  }, 120_000);

  it('lints offline with the bundle cached by an earlier run when governance cannot be reached', async () => {
    expect(existsSync(join(home, '.cache', 'meshwork', 'governance-bundle.json'))).toBe(true);
    const broken = writeCustomers(join(home, 'lint'), ({ product }) => delete product.support);
    const offline = await meshwork(['lint', broken.product, broken.contract, '--timeout', '2s'], { env: { MESHWORK_GOVERNANCE_URL: `http://127.0.0.1:${await closedPort()}` } });
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/^note: the governance service at http:\/\/127\.0\.0\.1:\d+ cannot be reached; using the cached bundle /);
    expect(offline.stdout).toMatch(/^ {2}blocking {2}product-has-support +\/product /m);
    expect(offline.stdout).toMatch(/, cached\)$/m);
    const valid = writeCustomers(join(home, 'lint-valid'));
    expect((await meshwork(['lint', valid.product, valid.contract, '--offline'])).code).toBe(0);
  }, 60_000);

  it('reports observations from standard input: accepted, duplicates, and the rejected line by number', async () => {
    const at = new Date(Date.now() - 60_000).toISOString();
    const lines = [
      JSON.stringify({ portUrn: PORT, kind: 'refresh', at, id: 'cli-e2e-1', rowCount: 1200 }),
      JSON.stringify({ portUrn: PORT, kind: 'reload', at }),
      JSON.stringify({ portUrn: PORT, kind: 'run', at, id: 'cli-e2e-2', success: true }),
    ].join('\n');
    const first = await meshwork(['report'], { stdin: `${lines}\n` });
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^accepted 2, duplicates 0, rejected 1\n {2}line 2: \/kind: /);
    const again = await meshwork(['report', '--output', 'json'], { stdin: lines });
    expect(JSON.parse(again.stdout)).toMatchObject({ accepted: 0, duplicates: 2, rejected: 1, errors: [{ line: 2, pointer: '/kind' }] });

    // SLA monitoring reads the catalog's published products (the product was published by the first test).
    const sync = await fetch(`${sla.base}/v1/slos/sync`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(sync.status).toBe(200);
    const status = await meshwork(['status', PORT, '--output', 'json']);
    expect([status.code, status.stderr]).toEqual([0, '']);
    const shown = JSON.parse(status.stdout) as { kpis: { urn: string; kind: string }; slos: { portUrn: string; property: string }[] };
    expect(shown.kpis).toMatchObject({ urn: PORT, kind: 'port' });
    // The contract's SLA properties became the port's objectives.
    expect(shown.slos.map((slo) => slo.portUrn)).toEqual(expect.arrayContaining([PORT]));
  }, 60_000);
});
