import { fakeFetch, removeHome, runCli, type TestIo, testIo } from '../../test/support';

const PORT = 'urn:meshwork:crm:customers:customers:v1';

const kpis = {
  urn: PORT,
  kind: 'port',
  from: '2026-10-27T08:00:00Z',
  to: '2026-11-26T08:00:00Z',
  windowSeconds: 2_592_000,
  ports: [PORT],
  statuses: { ok: 1, 'at-risk': 0, breached: 1, unknown: 0 },
  compliancePercent: 97.5,
  freshnessSeconds: 3600,
  openIncidents: 1,
  incidents: 2,
  mttdSeconds: 60,
  mttrSeconds: null,
  activeConsumers: 3,
  accessRequests: { pending: 0, approvedInWindow: 3, rejectedInWindow: 0 },
  sources: { access: { status: 'ok', readAt: null, detail: null } },
  slos: [
    { id: 's-1', portUrn: PORT, property: 'latency', status: 'ok', statusSince: '2026-11-01T00:00:00Z', monitored: true, compliancePercent: 100 },
    { id: 's-2', portUrn: PORT, property: 'frequency', status: 'breached', statusSince: '2026-11-26T07:00:00Z', monitored: true, compliancePercent: 95 },
  ],
};

const slo = (id: string, property: string, status: string, target: object) => ({ id, portUrn: PORT, productUrn: 'urn:meshwork:crm:customers', property, status, statusSince: '2026-11-26T07:00:00Z', target, monitored: true, source: 'contract', windowSeconds: 2_592_000, description: '', createdAt: '', updatedAt: '' });

describe('meshwork status', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('shows the KPIs and each SLO with its status, target and compliance', async () => {
    const fake = fakeFetch((call) => {
      if (call.url.pathname.startsWith('/v1/kpis/')) return { body: kpis };
      if (call.url.pathname === '/v1/slos') return { body: { items: [slo('s-1', 'latency', 'ok', { seconds: 86400, unit: 'd', value: 1 }), slo('s-2', 'frequency', 'breached', { seconds: 3600, unit: 'h', value: 1 })], total: 2, limit: 200, offset: 0 } };
      return undefined;
    });
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'status', PORT, '--token', 't');
    expect(code).toBe(0);
    expect(stdout).toContain(`${PORT} (port), window 30 d`);
    expect(stdout).toContain('SLOs: 1 ok, 0 at risk, 1 breached, 0 unknown; compliance 97.5 %');
    expect(stdout).toContain('MTTD 60 s, MTTR n/a');
    expect(stdout).toMatch(/^frequency +breached +3600 s +95 % +2026-11-26T07:00:00Z/m);
    expect(fake.calls.find((c) => c.url.pathname === '/v1/slos')?.url.searchParams.get('portUrn')).toBe(PORT);
  });

  it('asks for the SLOs of every port of a product URN, and refuses what is not a URN', async () => {
    const fake = fakeFetch((call) => (call.url.pathname === '/v1/slos' ? { body: { items: [], total: 0, limit: 200, offset: 0 } } : call.url.pathname.startsWith('/v1/kpis/') ? { body: { ...kpis, urn: 'urn:meshwork:crm:customers', kind: 'product', slos: [] } } : undefined));
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'status', 'urn:meshwork:crm:customers', '--token', 't', '-o', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kpis: { kind: 'product' }, slos: [] });
    expect(fake.calls.find((c) => c.url.pathname === '/v1/slos')?.url.searchParams.get('productUrn')).toBe('urn:meshwork:crm:customers');
    expect((await runCli(io, 'status', 'crm/customers', '--token', 't')).code).toBe(2);
  });
});
