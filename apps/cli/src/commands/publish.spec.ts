import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeCall, fakeFetch, problem, removeHome, runCli, starterBundle, type TestIo, testIo, writeCustomers } from '../../test/support';

const product = (status: string) => ({
  urn: 'urn:meshwork:crm:customers',
  domain: 'crm',
  name: 'customers',
  title: 'CRM Customers',
  status,
  currentVersion: '1.2.0',
  odpsId: 'x',
  tags: [],
  outputPorts: [{ name: 'customers', urn: 'urn:meshwork:crm:customers:customers:v1', major: 1, version: '1.2.0', contractId: 'c' }],
  createdAt: '2026-11-26T07:00:00Z',
  updatedAt: '2026-11-26T07:00:00Z',
  policyWarnings: [],
});

function mesh(call: FakeCall) {
  const path = call.url.pathname;
  if (path === '/v1/bundle') return { body: starterBundle(), headers: { etag: '"bundle-1"' } };
  if (call.method === 'PUT' && path === '/v1/products/crm/customers') return { status: 201, body: { ...product('draft'), outcome: 'created' } };
  if (call.method === 'POST' && path === '/v1/products/crm/customers/transitions') return { body: product('published') };
  return undefined;
}

describe('meshwork publish', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('prints each blocking violation with its policy, severity and pointer, exits 1 and sends nothing', async () => {
    const fake = fakeFetch(mesh);
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'), ({ product }) => {
      delete product.support;
      product.outputPorts = [{ ...(product.outputPorts as object[])[0], name: 'Customers_V1' }];
    });
    const { code, stdout } = await runCli(io, 'publish', files.product, files.contract, '--name', 'customers', '--token', 't');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {2}blocking {2}product-has-support +\/product +the product has no support channel/m);
    expect(stdout).toMatch(/^ {2}blocking {2}output-port-name-kebab-case +\/product\/outputPorts\/0 +output port name 'Customers_V1' is not kebab-case/m);
    expect(stdout).toMatch(/^Governance: 2 policies blocking, 0 policies warning \(\d+ policies evaluated, bundle bundle-1\)$/m);
    expect(stdout).toContain('Not published: crm/customers has blocking violations.');
    expect(fake.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['GET /v1/bundle']);
  });

  it('stops after the checks with --dry-run', async () => {
    const fake = fakeFetch(mesh);
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'));
    const { code, stdout } = await runCli(io, 'publish', files.product, files.contract, '--name', 'customers', '--dry-run', '--token', 't');
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run: urn:meshwork:crm:customers would be published (nothing was sent).');
    expect(fake.calls).toHaveLength(1);
  });

  it('registers and publishes a product that passes, printing its URNs', async () => {
    const fake = fakeFetch(mesh);
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'));
    const { code, stdout } = await runCli(io, 'publish', files.product, files.contract, '--name', 'customers', '--token', 't');
    expect(code).toBe(0);
    expect(stdout).toContain('Published urn:meshwork:crm:customers 1.2.0 (created)\n  port customers: urn:meshwork:crm:customers:customers:v1\n');
    const put = fake.calls.find((c) => c.method === 'PUT');
    expect(put?.body).toMatchObject({ product: { name: 'CRM Customers' }, contracts: [{ kind: 'DataContract' }] });
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'published' });
  });

  it('publishes nothing more when the version registered is the published one', async () => {
    const fake = fakeFetch((call) => (call.method === 'PUT' ? { body: { ...product('published'), outcome: 'unchanged' } } : mesh(call)));
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'));
    const { code, stdout } = await runCli(io, 'publish', files.product, files.contract, '--name', 'customers', '--token', 't');
    expect(code).toBe(0);
    expect(stdout).toContain('Published urn:meshwork:crm:customers 1.2.0 (unchanged)');
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
  });

  it('reports the result as JSON with --output json', async () => {
    io = testIo({ fetch: fakeFetch(mesh).fetch });
    const files = writeCustomers(join(io.home, 'repo'), ({ product }) => delete product.support);
    const { code, stdout } = await runCli(io, 'publish', files.product, files.contract, '--name', 'customers', '--token', 't', '-o', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: false, domain: 'crm', name: 'customers', schemaIssues: [], policies: { passed: false, blocking: 1, violations: [{ policyId: 'product-has-support', severity: 'blocking', pointer: '/product' }] } });
  });

  it('refuses documents that do not conform to their standard before evaluating policies', async () => {
    const fake = fakeFetch(mesh);
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'), ({ contract }) => (contract.status = 42));
    const { code, stdout } = await runCli(io, 'publish', files.product, files.contract, '--token', 't');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^1 schema issue:\n {2}.*customers\.odcs\.yaml: \/status: must be string/);
    expect(fake.calls).toEqual([]);
  });

  it('prints the catalog\'s refusal with its pointers when the mesh refuses the product after all', async () => {
    const fake = fakeFetch((call) =>
      call.method === 'PUT' ? problem(422, 'Unprocessable Entity', 'The product violates 1 blocking policy.', { code: 'POLICY_VIOLATION', errors: [{ pointer: '/product', detail: '[team-policy] the product needs a cost centre' }] }) : mesh(call),
    );
    io = testIo({ fetch: fake.fetch });
    const files = writeCustomers(join(io.home, 'repo'));
    const { code, stderr } = await runCli(io, 'publish', files.product, files.contract, '--name', 'customers', '--token', 't');
    expect(code).toBe(1);
    expect(stderr).toBe('error: 422 Unprocessable Entity: The product violates 1 blocking policy. (POLICY_VIOLATION)\n  /product: [team-policy] the product needs a cost centre\n');
  });

  it('says which file is wrong: a missing one, a contract first, unparsable YAML', async () => {
    io = testIo({ fetch: fakeFetch(mesh).fetch });
    const files = writeCustomers(join(io.home, 'repo'));
    expect(await runCli(io, 'publish', join(io.home, 'nope.yaml'), '--token', 't')).toMatchObject({ code: 2, stderr: expect.stringContaining('nope.yaml: no such file') });
    expect((await runCli(io, 'publish', files.contract, files.product, '--token', 't')).stderr).toContain('is a data contract (ODCS); the first file must be the data product (ODPS)');
    const broken = join(io.home, 'repo', 'broken.yaml');
    writeFileSync(broken, 'name: [unclosed\n');
    const parsed = await runCli(io, 'publish', broken, '--token', 't');
    expect(parsed.code).toBe(1);
    expect(parsed.stderr).toMatch(/broken\.yaml:\d+:\d+: Invalid YAML at line \d+/);
  });
});
