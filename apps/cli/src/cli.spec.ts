import { fakeFetch, problem, removeHome, runCli, type TestIo, testIo } from '../test/support';

describe('meshwork (command line, help, errors)', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('lists every command, the configuration and the exit codes with --help', async () => {
    io = testIo();
    const { code, stdout } = await runCli(io, '--help');
    expect(code).toBe(0);
    for (const name of ['login', 'publish', 'lint', 'search', 'resolve', 'request-access', 'grants', 'report', 'status']) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(stdout).toContain('~/.config/meshwork/config.json');
    expect(stdout).toMatch(/^ {2}3 {2}the mesh could not be reached/m);
  });

  it('shows a command\'s usage, options and examples with --help, and with `help <command>`', async () => {
    io = testIo();
    const { code, stdout } = await runCli(io, 'report', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: meshwork report /);
    expect(stdout).toContain('--batch-size <n>');
    expect(stdout).toMatch(/Examples:\n {2}echo /);
    const other = testIo();
    expect((await runCli(other, 'help', 'report')).stdout).toBe(stdout);
    removeHome(other);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['publish', '--bogus', 'x.yaml'], /Unknown option '--bogus'/],
    [['publish'], /meshwork publish needs a data product file/],
    [['resolve', 'a', 'b'], /takes a URN; unexpected: b/],
    [['search', '--output', 'xml'], /--output must be json or text, not "xml"/],
    [['search', '--limit', '0', '--token', 't'], /--limit must be a whole number from 1 to 1000, not "0"/],
    [['search', '--timeout', 'soon', '--token', 't'], /--timeout must be a duration/],
    [['resolve', 'urn:meshwork:crm:customers', '--catalog-url', 'ftp://x', '--token', 't'], /the catalog URL \(flag\) must be an http or https URL/],
    [['resolve', 'urn:meshwork:crm:customers'], /resolve needs credentials: none were given/],
  ])('refuses %j with exit code 2 and a readable message', async (argv, message) => {
    io = testIo();
    const { code, stdout, stderr } = await runCli(io, ...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a refusal as "status title: detail" with its field errors, exit code 1', async () => {
    const mesh = fakeFetch(() => problem(404, 'Not Found', 'No data product crm/nope.', { code: 'PRODUCT_NOT_FOUND', errors: [{ pointer: '/urn', detail: 'unknown product' }] }));
    io = testIo({ fetch: mesh.fetch });
    const { code, stderr } = await runCli(io, 'resolve', 'urn:meshwork:crm:nope', '--token', 't');
    expect(code).toBe(1);
    expect(stderr).toBe('error: 404 Not Found: No data product crm/nope. (PRODUCT_NOT_FOUND)\n  /urn: unknown product\n');
  });

  it('prints errors as one JSON document on standard error with --output json', async () => {
    const mesh = fakeFetch(() => problem(403, 'Forbidden', 'You may not read this product.'));
    io = testIo({ fetch: mesh.fetch });
    const { code, stdout, stderr } = await runCli(io, 'resolve', 'urn:meshwork:crm:customers', '--token', 't', '--output', 'json');
    expect([code, stdout]).toEqual([1, '']);
    expect(JSON.parse(stderr)).toMatchObject({ exitCode: 1, error: { kind: 'http', status: 403, problem: { detail: 'You may not read this product.' } } });
  });

  it('exits 3 when the mesh cannot be reached or fails, with a hint', async () => {
    const down = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    io = testIo({ fetch: down.fetch });
    const unreachable = await runCli(io, 'resolve', 'urn:meshwork:crm:customers', '--token', 't');
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toMatch(/could not reach the service/);
    expect(unreachable.stderr).toMatch(/^hint: Is the mesh running/m);
    removeHome(io);
    io = testIo({ fetch: fakeFetch(() => problem(500, 'Internal Server Error', 'boom')).fetch });
    expect((await runCli(io, 'resolve', 'urn:meshwork:crm:customers', '--token', 't', '--timeout', '1s')).code).toBe(3);
  });
});
