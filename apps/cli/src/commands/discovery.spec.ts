import { fakeFetch, removeHome, runCli, type TestIo, testIo } from '../../test/support';

const hit = (name: string) => ({ urn: `urn:meshwork:crm:${name}`, domain: 'crm', name, title: `CRM ${name}`, status: 'published', currentVersion: '1.0.0', ownerTeamId: 'crm-data-team', tags: [], classifications: [], score: 1 });

describe('meshwork search and resolve', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('searches with words and facets, following pages up to --limit', async () => {
    const fake = fakeFetch((call) => {
      if (call.url.pathname !== '/v1/search') return undefined;
      return call.url.searchParams.get('cursor') ? { body: { items: [hit('c')], facets: {} } } : { body: { items: [hit('a'), hit('b')], nextCursor: 'next', facets: {} } };
    });
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'search', 'customer', 'golden', '--domain', 'crm', '--status', 'published', '--limit', '3', '--token', 't');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^URN +STATUS +VERSION +TITLE$/);
    expect(stdout).toMatch(/^urn:meshwork:crm:c +published +1\.0\.0 +CRM c$/m);
    expect(Object.fromEntries(fake.calls[0].url.searchParams)).toEqual({ q: 'customer golden', domain: 'crm', status: 'published', limit: '3' });
    expect(fake.calls[1].url.searchParams.get('limit')).toBe('1');
    expect((await runCli(io, 'search', '--status', 'gone', '--token', 't')).code).toBe(2);
  });

  it('resolves a port URN, as text and as JSON', async () => {
    const resolution = {
      urn: 'urn:meshwork:crm:customers:customers:v1',
      kind: 'port',
      product: { ...hit('customers'), odpsId: 'x', outputPorts: [], createdAt: '', updatedAt: '', policyWarnings: [] },
      port: { name: 'customers', urn: 'urn:meshwork:crm:customers:customers:v1', major: 1, version: '1.2.0', productVersion: '1.2.0', type: 'tables', contractId: 'c-1', lastSuccessfulRunAt: '2026-11-26T04:00:00Z' },
      access: { method: 'POST', requestUrl: 'http://127.0.0.1:3003/v1/access-requests', target: 'urn:meshwork:crm:customers:customers:v1' },
    };
    const fake = fakeFetch((call) => (call.url.pathname === `/v1/resolve/${encodeURIComponent(resolution.urn)}` || call.url.pathname === `/v1/resolve/${resolution.urn}` ? { body: resolution } : undefined));
    io = testIo({ fetch: fake.fetch });
    const text = await runCli(io, 'resolve', resolution.urn, '--token', 't');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('port:    customers v1 (tables), contract c-1 1.2.0');
    expect(text.stdout).toContain('access:  POST http://127.0.0.1:3003/v1/access-requests');
    const json = testIo({ fetch: fake.fetch, home: io.home });
    await runCli(json, 'resolve', resolution.urn, '--token', 't', '--output', 'json');
    expect(JSON.parse(json.out())).toEqual(resolution);
  });
});
