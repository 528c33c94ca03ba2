import { type FakeCall, fakeFetch, fakeJwt, problem, removeHome, runCli, type TestIo, testIo } from '../../test/support';

const ME = '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40';
const PORT = 'urn:meshwork:crm:customers:customers:v1';

const request = (state: string, extra: Record<string, unknown> = {}) => ({
  id: 'req-1',
  portUrn: PORT,
  consumer: { principalId: ME },
  purpose: 'Churn model',
  state,
  ownerTeamId: 'crm-data-team',
  domain: 'crm',
  product: 'customers',
  requesterId: ME,
  durationDays: 90,
  steps: [],
  createdAt: '2026-11-26T08:00:00Z',
  updatedAt: '2026-11-26T08:00:00Z',
  ...extra,
});

const grant = (id: string, consumer: object, active = true) => ({ id, portUrn: PORT, consumer, purpose: 'Churn model', active, expiresAt: '2027-02-24T08:00:00Z', ownerTeamId: 'crm-data-team', requestId: 'req-1', approvedBy: [], createdAt: '2026-11-26T08:00:00Z' });

describe('meshwork request-access', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('asks for the caller by default, with the duration and fields given', async () => {
    const fake = fakeFetch((call) => (call.method === 'POST' && call.url.pathname === '/v1/access-requests' ? { status: 201, body: request('pending') } : undefined));
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'request-access', PORT, '--purpose', 'Churn model', '--days', '30', '--field', 'customer_id', '--field', 'country', '--token', fakeJwt(ME));
    expect(code).toBe(0);
    expect(fake.calls[0].body).toEqual({ portUrn: PORT, purpose: 'Churn model', consumer: { principalId: ME }, durationDays: 30, fields: ['customer_id', 'country'] });
    expect(stdout).toContain('Access request req-1: pending');
    expect(stdout).toContain('Waiting for the owners of crm-data-team to decide.');
  });

  it('waits for the decision with --wait and prints the grant', async () => {
    let looks = 0;
    const fake = fakeFetch((call: FakeCall) => {
      if (call.method === 'POST') return { status: 201, body: request('pending', { consumer: { team: 'marketing-analytics' } }) };
      if (call.url.pathname === '/v1/access-requests/req-1') return { body: ++looks < 3 ? request('pending') : request('approved', { grantId: 'g-1' }) };
      if (call.url.pathname === '/v1/grants/g-1') return { body: grant('g-1', { team: 'marketing-analytics' }) };
      return undefined;
    });
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'request-access', PORT, '--purpose', 'Churn model', '--team', 'marketing-analytics', '--wait', '--token', 't');
    expect(code).toBe(0);
    expect(fake.calls[0].body).toMatchObject({ consumer: { team: 'marketing-analytics' } });
    expect(stdout).toContain('Grant g-1: active until 2027-02-24T08:00:00Z');
    expect(io.slept).toEqual([2000, 3000, 4500]);
  });

  it('exits 1 when the request is rejected, or still undecided when --wait-timeout runs out', async () => {
    const rejecting = fakeFetch((call) => (call.method === 'POST' ? { status: 201, body: request('rejected', { decisionReason: 'No purpose limitation', decidedBy: 'owner-1' }) } : undefined));
    io = testIo({ fetch: rejecting.fetch });
    const rejected = await runCli(io, 'request-access', PORT, '--purpose', 'x', '--wait', '--token', fakeJwt(ME));
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('reason:   No purpose limitation (by owner-1)');
    removeHome(io);
    const pending = fakeFetch((call) => (call.method === 'POST' ? { status: 201, body: request('pending') } : { body: request('pending') }));
    io = testIo({ fetch: pending.fetch });
    const undecided = await runCli(io, 'request-access', PORT, '--purpose', 'x', '--wait', '--wait-timeout', '10s', '--token', fakeJwt(ME));
    expect(undecided.code).toBe(1);
    expect(undecided.stderr).toContain('access request req-1 is still pending after 10 s');
    expect(io.slept.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('needs a purpose, and a principal to ask for', async () => {
    io = testIo();
    expect((await runCli(io, 'request-access', PORT, '--token', 't')).stderr).toContain('request-access needs --purpose <text>');
    const devToken = await runCli(io, 'request-access', PORT, '--purpose', 'x', '--token', 'not-a-jwt');
    expect(devToken).toMatchObject({ code: 2, stderr: expect.stringContaining('the token does not name a principal') });
  });

  it('passes the service\'s refusal through (a port nobody can ask for)', async () => {
    const fake = fakeFetch(() => problem(404, 'Not Found', `No output port ${PORT}.`, { code: 'PORT_NOT_FOUND' }));
    io = testIo({ fetch: fake.fetch });
    expect(await runCli(io, 'request-access', PORT, '--purpose', 'x', '--token', fakeJwt(ME))).toMatchObject({ code: 1, stderr: `error: 404 Not Found: No output port ${PORT}. (PORT_NOT_FOUND)\n` });
  });
});

describe('meshwork grants', () => {
  let io: TestIo;
  afterEach(() => removeHome(io));

  it('lists active grants of a port', async () => {
    const fake = fakeFetch((call) => (call.url.pathname === '/v1/grants' ? { body: { items: [grant('g-1', { team: 'marketing-analytics' })], total: 1, limit: 200, offset: 0 } } : undefined));
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'grants', '--port', PORT, '--token', 't');
    expect(code).toBe(0);
    expect(Object.fromEntries(fake.calls[0].url.searchParams)).toEqual({ portUrn: PORT, active: 'true', limit: '200', offset: '0' });
    expect(stdout).toMatch(new RegExp(`^${PORT} +team marketing-analytics +active +2027-02-24T08:00:00Z +Churn model$`, 'm'));
  });

  it('lists the grants of the caller and of the caller\'s teams with --mine, once each', async () => {
    const fake = fakeFetch((call) => {
      const path = call.url.pathname;
      if (path === `/v1/principals/${ME}`) return { body: { id: ME, name: 'ada', kind: 'user', globalRoles: [], disabled: false, displayName: 'Ada', createdAt: '', updatedAt: '' } };
      if (path === `/v1/principals/${ME}/memberships`) return { body: { items: [{ team: 'marketing-analytics', role: 'domain-member' }], total: 1, limit: 200, offset: 0 } };
      if (path !== '/v1/grants') return undefined;
      const consumer = call.url.searchParams.get('consumer');
      const items = consumer === ME ? [grant('g-1', { principalId: ME })] : [grant('g-2', { team: 'marketing-analytics' }), grant('g-1', { principalId: ME })];
      return { body: { items, total: items.length, limit: 200, offset: 0 } };
    });
    io = testIo({ fetch: fake.fetch });
    const { code, stdout } = await runCli(io, 'grants', '--mine', '--all', '--token', fakeJwt(ME), '-o', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items.map((g: { id: string }) => g.id)).toEqual(['g-1', 'g-2']);
    expect(fake.calls.filter((c) => c.url.pathname === '/v1/grants').map((c) => c.url.searchParams.get('consumer'))).toEqual([ME, 'marketing-analytics']);
    expect(fake.calls.every((c) => !c.url.searchParams.has('active'))).toBe(true);
  });
});
