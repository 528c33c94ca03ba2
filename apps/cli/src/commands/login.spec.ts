import { readFileSync, statSync } from 'node:fs';
import { configPath } from '../config';
import { type FakeCall, fakeFetch, fakeJwt, problem, removeHome, runCli, type TestIo, testIo } from '../../test/support';

const PRINCIPAL_ID = '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40';

function accessService(call: FakeCall) {
  const path = call.url.pathname;
  if (call.method === 'POST' && path === '/v1/auth/token') {
    return (call.body as { apiKey: string }).apiKey === 'good-key' ? { body: { accessToken: fakeJwt(PRINCIPAL_ID), tokenType: 'Bearer', expiresIn: 900 } } : problem(401, 'Unauthorized', 'The API key is unknown, revoked or expired.');
  }
  if (path === `/v1/principals/${PRINCIPAL_ID}`) {
    return { body: { id: PRINCIPAL_ID, name: 'marketing-pipeline', kind: 'service-account', displayName: 'Marketing pipeline', globalRoles: ['consumer'], disabled: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' } };
  }
  if (path === `/v1/principals/${PRINCIPAL_ID}/memberships`) return { body: { items: [{ team: 'marketing-analytics', role: 'domain-member', principalId: PRINCIPAL_ID }], total: 1, limit: 200, offset: 0 } };
  return undefined;
}

describe('meshwork login', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('exchanges the key, says who it speaks for, and stores it (and the URLs given) readable by the owner only', async () => {
    const mesh = fakeFetch(accessService);
    io = testIo({ fetch: mesh.fetch });
    const { code, stdout } = await runCli(io, 'login', '--api-key', 'good-key', '--access-url', 'http://127.0.0.1:3003');
    expect(code).toBe(0);
    expect(stdout).toContain(`Logged in as marketing-pipeline (service-account ${PRINCIPAL_ID})`);
    expect(stdout).toContain('teams: marketing-analytics (domain-member)');
    expect(JSON.parse(readFileSync(configPath(io), 'utf8'))).toEqual({ apiKey: 'good-key', urls: { access: 'http://127.0.0.1:3003' } });
    expect(statSync(configPath(io)).mode & 0o777).toBe(0o600);
    expect(mesh.calls[1].headers.get('authorization')).toBe(`Bearer ${fakeJwt(PRINCIPAL_ID)}`);
  });

  it('reads the key from standard input, and later commands use the stored key', async () => {
    const mesh = fakeFetch((call) => accessService(call) ?? (call.url.pathname.startsWith('/v1/resolve/') ? problem(404, 'Not Found', 'No such URN.') : undefined));
    io = testIo({ fetch: mesh.fetch, stdin: ['', 'good-key'] });
    expect((await runCli(io, 'login', '--api-key-stdin', '--output', 'json')).code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ checked: true, principal: { name: 'marketing-pipeline' }, teams: [{ team: 'marketing-analytics' }] });
    const later = testIo({ fetch: mesh.fetch, home: io.home });
    expect((await runCli(later, 'resolve', 'urn:meshwork:crm:nope')).code).toBe(1);
    const exchange = mesh.calls.filter((c) => c.url.pathname === '/v1/auth/token').at(-1);
    expect(exchange?.body).toEqual({ apiKey: 'good-key' });
  });

  it('refuses a key the access service does not know, and stores nothing', async () => {
    io = testIo({ fetch: fakeFetch(accessService).fetch });
    const { code, stderr } = await runCli(io, 'login', '--api-key', 'bad-key');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: 401 Unauthorized: The API key is unknown, revoked or expired\./);
    expect(stderr).toMatch(/^hint: The credentials were refused/m);
    expect(() => statSync(configPath(io))).toThrow();
  });

  it('needs a key, and takes no token', async () => {
    io = testIo();
    expect(await runCli(io, 'login')).toMatchObject({ code: 2, stderr: expect.stringContaining('login needs an API key') });
    expect((await runCli(io, 'login', '--token', 'abc')).stderr).toContain('login stores an API key, not a token');
  });
});
