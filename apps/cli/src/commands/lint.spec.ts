import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cachePath } from '../config';
import { type FakeCall, fakeFetch, removeHome, runCli, starterBundle, type TestIo, testIo, writeCustomers } from '../../test/support';

describe('meshwork lint', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  const governance = (call: FakeCall) => {
    if (call.url.pathname !== '/v1/bundle') return undefined;
    return call.headers.get('if-none-match') === '"bundle-1"' ? { status: 304 } : { body: starterBundle(), headers: { etag: '"bundle-1"' } };
  };

  it('validates against the standards and the policies, caching the bundle it fetched', async () => {
    const fake = fakeFetch(governance);
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'));
    const { code, stdout } = await runCli(io, 'lint', files.product, files.contract, '--token', 't');
    expect(code).toBe(0);
    expect(stdout).toContain('customers.odps.yaml: valid ODPS data product');
    expect(stdout).toMatch(/^Governance: 0 policies blocking, 0 policies warning \(\d+ policies evaluated, bundle bundle-1\)$/m);
    expect(existsSync(cachePath(io, 'governance-bundle.json'))).toBe(true);
    expect((await runCli(io, 'lint', files.product, files.contract, '--token', 't')).code).toBe(0);
    expect(fake.calls.map((c) => c.headers.get('if-none-match'))).toEqual([null, '"bundle-1"']);
  });

  it('lints offline with the cached bundle when the mesh cannot be reached, and says so', async () => {
    io = testIo({ fetch: fakeFetch(governance).fetch });
    const files = writeCustomers(join(io.home, 'repo'), ({ product }) => delete product.support);
    expect((await runCli(io, 'lint', files.product, '--token', 't')).code).toBe(1);
    const offline = testIo({ home: io.home, fetch: fakeFetch(() => Promise.reject(new TypeError('fetch failed'))).fetch });
    const { code, stdout, stderr } = await runCli(offline, 'lint', files.product, files.contract, '--token', 't', '--timeout', '1s');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^note: the governance service at http:\/\/127\.0\.0\.1:3002 cannot be reached; using the cached bundle bundle-1/);
    expect(stdout).toMatch(/^ {2}blocking {2}product-has-support +\/product +the product has no support channel/m);
    expect(stdout).toMatch(/bundle bundle-1, cached\)$/m);
    const unconfigured = testIo({ home: io.home });
    expect((await runCli(unconfigured, 'lint', files.contract, '--offline', '-o', 'json')).code).toBe(0);
    expect(JSON.parse(unconfigured.out())).toMatchObject({ passed: true, policies: { bundleFrom: 'cache', productPoliciesSkipped: true } });
    const anonymous = testIo({ home: io.home });
    expect((await runCli(anonymous, 'lint', files.contract)).code).toBe(0);
    expect(anonymous.err()).toMatch(/^note: no credentials: using the cached bundle bundle-1 \(checked 2026-11-26T08:00:00\.000Z\)\.$/m);
  });

  it('reports schema issues with their pointers, and exits 1', async () => {
    io = testIo();
    const files = writeCustomers(join(io.home, 'repo'), ({ contract }) => {
      contract.apiVersion = 'v9.0.0';
    });
    const { code, stdout } = await runCli(io, 'lint', files.contract, '--schema-only');
    expect(code).toBe(1);
    expect(stdout).toMatch(/customers\.odcs\.yaml: 1 schema issue\n {2}\/apiVersion: unsupported apiVersion "v9\.0\.0"/);
    expect(stdout).toMatch(/Lint failed\.\n$/);
  });

  it('needs a cached bundle offline', async () => {
    io = testIo();
    const files = writeCustomers(join(io.home, 'repo'));
    const { code, stderr } = await runCli(io, 'lint', files.product, '--offline');
    expect(code).toBe(3);
    expect(stderr).toContain('no governance bundle: --offline was given, and none is cached');
  });
});
