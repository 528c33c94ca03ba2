import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseDocument } from '@meshwork/descriptors';
import { DataSource } from 'typeorm';
import { type CatalogHarness, createDomain, fixture, json, jsonBody, type Problem, startCatalog } from './support';

const PORT = 'urn:meshwork:crm:customers:customers:v1';
const PORT_PATH = `/v1/ports/${encodeURIComponent(PORT)}`;
const QUALITY_FAILED = 'io.meshwork.catalog.quality.failed.v1';

interface Fact {
  subject: string;
  data: Record<string, unknown>;
}

interface Column {
  name: string;
  nullCount: number | null;
  nullRatio: number | null;
  distinctCount: number | null;
  min: number | string | null;
  max: number | string | null;
  quantiles: Record<string, number> | null;
}
interface Profile {
  id: string;
  portUrn: string;
  contractVersion: string | null;
  rowCount: number | null;
  columns: Column[];
  source: string;
  runId: string | null;
  observedAt: string;
}
interface Result {
  ruleId: string;
  outcome: string;
  value: number | null;
  basis: string;
  source: string;
  failingRows: number | null;
  rowCount: number | null;
  profileId: string | null;
}
interface RuleStatus {
  ruleId: string;
  severity: string;
  outcome: string;
  result: Result | null;
}
interface Quality {
  portUrn: string;
  contractVersion: string | null;
  latestProfileId: string | null;
  summary: { pass: number; fail: number; unknown: number; failingErrors: string[] };
  rules: RuleStatus[];
}
interface Part {
  status: string;
  reason: string | null;
}
interface Health {
  owners: Part & { ownerTeamId: string; teamName: string | null; members: { username: string }[] };
  compliance: Part & { compliance: { score: number | null; version: string } | null };
  sla: Part & { slaStatus: string | null; kpis: Record<string, unknown> | null };
  consumers: Part & { active: number | null };
  profiles: Part & { ports: Profile[] };
  quality: Part & { ports: Quality[] };
}

const runEvent = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as Record<string, unknown>;
const outcomes = (q: Quality) => Object.fromEntries(q.rules.map((r) => [r.ruleId, [r.outcome, r.result?.basis ?? null, r.result?.value ?? null]]));

type Mode = 'ok' | 'down' | 'slow';

/** Stand-ins for the governance and SLA services: what the product page asks them, and how they answer. */
async function standIns(): Promise<{ url: string; server: Server; calls: string[]; mode: { governance: Mode; sla: Mode } }> {
  const calls: string[] = [];
  const mode: { governance: Mode; sla: Mode } = { governance: 'ok', sla: 'ok' };
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    calls.push(`${request.method} ${url.split('?')[0]}`);
    const which = url.startsWith('/v1/compliance') ? mode.governance : mode.sla;
    if (which === 'down') return void response.writeHead(503).end();
    if (which === 'slow') return; // never answers: the catalog must give up on its own
    if (url.startsWith('/v1/compliance')) {
      const products = [{ domain: 'crm', name: 'customers', version: '1.2.0', score: 0.75, passed: 3, applicable: 4, blocking: 0, warnings: 1, evaluatedAt: '2026-11-26T05:00:00.000Z' }];
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ mesh: {}, domains: [], products, series: [] }));
    }
    const kpis = { urn: decodeURIComponent(url.replace('/v1/kpis/', '')), compliancePercent: 98.5, openIncidents: 1, statuses: { ok: 9, 'at-risk': 1, breached: 1, unknown: 0 }, activeConsumers: 3, sources: { access: { status: 'ok', detail: null, readAt: null } } };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(kpis));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, calls, mode };
}

describe('profiles, quality results and the product page (HTTP, real PostgreSQL)', () => {
  let h: CatalogHarness;
  let consumer: string;
  let otherDomain: string;
  let stand: Awaited<ReturnType<typeof standIns>>;
  const quality = async () => json<Quality>(await h.call(`${PORT_PATH}/quality`));
  // The outbox itself, in commit order: the feed may show a commit later, while other transactions of the cluster run.
  const failedFacts = async () => (await h.app.get(DataSource).query('SELECT subject, data FROM catalog.events WHERE type = $1 ORDER BY id', [QUALITY_FAILED])) as Fact[];
  const putProfile = (body: unknown, token?: string) => h.call(`${PORT_PATH}/profile`, { method: 'PUT', ...jsonBody(body), ...(token ? { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } } : {}) });

  beforeAll(async () => {
    stand = await standIns();
    h = await startCatalog();
    await createDomain(h, 'crm', 'crm-data-team');
    consumer = await h.tokenFor({ id: 'mia', roles: ['consumer'], teamRoles: [] });
    otherDomain = await h.tokenFor({ id: 'svc-marketing', roles: ['consumer'], teamRoles: [{ team: 'marketing-team', role: 'domain-member' }] });
    const product = parseDocument(fixture('crm-customers.odps.yaml'), 'yaml');
    const contract = parseDocument(fixture('customers.odcs.yaml'), 'yaml');
    expect((await h.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody({ product, contracts: [contract] }) })).status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    stand?.server.closeAllConnections();
    await new Promise<void>((resolve) => stand?.server.close(() => resolve()));
  });

  it('knows every rule of the contract before any profile or result, as unknown', async () => {
    const q = await quality();
    expect(q).toMatchObject({ portUrn: PORT, contractVersion: '1.2.0', latestProfileId: null, summary: { pass: 0, fail: 0, unknown: 6, failingErrors: [] } });
    expect(q.rules.map((r) => [r.ruleId, r.severity])).toEqual([
      ['customers_row_count', 'error'],
      ['no_future_updates', 'error'],
      ['email_not_null', 'error'],
      ['email_unique', 'warning'],
      ['country_code_valid', 'error'],
      ['segment_allowed', 'error'],
    ]);
    expect((await h.call(`${PORT_PATH}/profile`)).status).toBe(404);
  });

  it('records the dataQualityMetrics input facet of the demo check run as the port’s profile and evaluates the rules it measures', async () => {
    const res = await h.call('/api/v1/lineage', { method: 'POST', ...jsonBody(runEvent('customers-check.runevent.json')) });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ accepted: 1, linkedPorts: [PORT], profiledPorts: [PORT], assertedPorts: [PORT], ignored: [] });

    const profile = await json<Profile>(await h.call(`${PORT_PATH}/profile`));
    expect(profile).toMatchObject({ portUrn: PORT, contractVersion: '1.2.0', rowCount: 1284331, source: 'openlineage', runId: '0190d9b1-2f7a-7c3e-8d41-6b9e0a2c5d17', observedAt: '2024-06-03T05:31:08.412Z' });
    expect(profile.columns.find((c) => c.name === 'email')).toEqual({ name: 'email', nullCount: 12, nullRatio: 12 / 1284331, distinctCount: 1284301, min: null, max: null, quantiles: null });
    expect(profile.columns.find((c) => c.name === 'lifetime_orders')).toMatchObject({ min: 0, max: 612, quantiles: { '0.25': 2, '0.5': 5, '0.75': 11, '0.99': 74 } });

    const q = await quality();
    expect(q.latestProfileId).toBe(profile.id);
    expect(outcomes(q)).toEqual({
      customers_row_count: ['pass', 'profile', 1284331],
      no_future_updates: ['unknown', null, null],
      email_not_null: ['fail', 'profile', 12],
      // non-null rows beyond the distinct values: 1284331 - 12 - 1284301
      email_unique: ['fail', 'profile', 18],
      country_code_valid: ['pass', 'reported', null],
      segment_allowed: ['fail', 'reported', null],
    });
    // The not_null assertion passed, but the profile measures the rule: the profile's outcome stays current.
    const history = await json<{ items: Result[] }>(await h.call(`${PORT_PATH}/quality/results?rule=email_not_null`));
    expect(history.items.map((r) => [r.outcome, r.basis, r.source])).toEqual([
      ['pass', 'reported', 'openlineage'],
      ['fail', 'profile', 'openlineage'],
    ]);
    expect(q.summary.failingErrors).toEqual(['email_not_null', 'segment_allowed']);

    // One fact per failing error rule that is current: not for the warning, not for the superseded assertion.
    const facts = await failedFacts();
    expect(facts.map((f) => [f.subject, f.data.ruleId, f.data.basis, f.data.failingRows, f.data.rowCount])).toEqual([
      [PORT, 'email_not_null', 'profile', 12, 1284331],
      [PORT, 'segment_allowed', 'reported', null, null],
    ]);
    expect(facts[0].data).toMatchObject({ metric: 'nullValues', operator: { mustBe: 0 }, value: 12, unit: 'rows', severity: 'error', contractVersion: '1.2.0', evaluatedAt: '2024-06-03T05:31:08.412Z' });

    // The same run event sent again (a client's retry) adds no profile, no result and no fact.
    const again = await h.call('/api/v1/lineage', { method: 'POST', ...jsonBody(runEvent('customers-check.runevent.json')) });
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ profiledPorts: [PORT], assertedPorts: [PORT], ignored: [] });
    expect((await json<{ items: Profile[] }>(await h.call(`${PORT_PATH}/profiles`))).items).toHaveLength(1);
    expect((await json<{ items: Result[] }>(await h.call(`${PORT_PATH}/quality/results?limit=200`))).items).toHaveLength(6);
    expect(await failedFacts()).toHaveLength(2);
  });

  it('reads a dataQualityMetrics facet among the output facets of the demo build run too', async () => {
    const build = parseDocument(fixture('customers-build.runevent.json'), 'json') as { outputs: { outputFacets: Record<string, unknown> }[]; run: { runId: string } };
    build.outputs[0].outputFacets.dataQualityMetrics = { _producer: 'https://example.com', _schemaURL: 'https://openlineage.io/spec/facets/1-0-2/DataQualityMetricsInputDatasetFacet.json', rowCount: 90000, columnMetrics: { email: { nullCount: 0, distinctCount: 90000 } } };
    const res = await h.call('/api/v1/lineage', { method: 'POST', ...jsonBody(build) });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ profiledPorts: [PORT], ignored: [] });
    expect(await json<Profile>(await h.call(`${PORT_PATH}/profile`))).toMatchObject({ rowCount: 90000, runId: build.run.runId });
    expect(outcomes(await quality())).toMatchObject({ customers_row_count: ['fail', 'profile', 90000], email_not_null: ['pass', 'profile', 0], email_unique: ['pass', 'profile', 0] });
  });

  it('takes a profile by PUT, keeps the history newest first and pages through it with a cursor', async () => {
    const before = (await failedFacts()).length;
    const res = await putProfile({ rowCount: 200000, observedAt: '2026-01-02T03:04:05Z', columns: [{ name: 'EMAIL', nullCount: 4, distinctCount: 199000 }, { name: 'score', nullCount: 0, min: 0.5, max: 9.5, quantiles: { '0.5': 4 } }] });
    expect(res.status).toBe(200);
    const put = await json<Profile>(res);
    expect(put).toMatchObject({ rowCount: 200000, source: 'api', observedAt: '2026-01-02T03:04:05.000Z' });
    expect(put.columns[0]).toMatchObject({ name: 'EMAIL', nullRatio: 0.00002 });
    expect(outcomes(await quality())).toMatchObject({ customers_row_count: ['pass', 'profile', 200000], email_not_null: ['fail', 'profile', 4], email_unique: ['fail', 'profile', 996] });
    expect((await failedFacts()).length).toBe(before + 1);

    const first = await json<{ items: Profile[]; nextCursor: string | null }>(await h.call(`${PORT_PATH}/profiles?limit=2`));
    expect(first.items.map((p) => p.rowCount)).toEqual([200000, 90000]);
    expect(first.nextCursor).not.toBeNull();
    const second = await json<{ items: Profile[]; nextCursor: string | null }>(await h.call(`${PORT_PATH}/profiles?limit=2&cursor=${first.nextCursor}`));
    expect(second).toMatchObject({ items: [{ rowCount: 1284331 }], nextCursor: null });
    expect((await json<{ items: Profile[] }>(await h.call(`${PORT_PATH}/profiles?contractVersion=1.2.0`))).items).toHaveLength(3);
    expect((await json<{ items: Profile[] }>(await h.call(`${PORT_PATH}/profiles?contractVersion=1.3.0`))).items).toEqual([]);
    const bad = await h.call(`${PORT_PATH}/profiles?cursor=nonsense`);
    expect([bad.status, (await json<Problem>(bad)).code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it('refuses a malformed profile with a pointer per problem, a URN that is not a port, and a port nobody declares', async () => {
    const res = await putProfile({ rowCount: 10, extra: 1, columns: [{ name: 'email', nullCount: 11 }, { name: 'email', distinctCount: -1 }, { name: 'x', quantiles: { '1.5': 2 } }] });
    expect(res.status).toBe(400);
    const problem = await json<Problem>(res);
    expect(problem.errors?.map((e) => [e.pointer, e.detail])).toEqual([
      ['/extra', 'property extra should not exist'],
      ['/columns/0/nullCount', 'must not exceed rowCount (10)'],
      ['/columns/1/distinctCount', 'must be a non-negative integer'],
      ['/columns/1/name', 'column email is profiled twice'],
      ['/columns/2/quantiles/1.5', 'a quantile must be a number from 0 to 1'],
    ]);
    expect((await putProfile({})).status).toBe(400);
    expect((await putProfile({ rowCount: 1, observedAt: '2999-01-01T00:00:00Z' })).status).toBe(400);
    const product = await h.call(`/v1/ports/${encodeURIComponent('urn:meshwork:crm:customers')}/profile`, { method: 'PUT', ...jsonBody({ rowCount: 1 }) });
    expect([product.status, (await json<Problem>(product)).code]).toEqual([400, 'INVALID_URN']);
    const unknown = await h.call(`/v1/ports/${encodeURIComponent('urn:meshwork:crm:customers:nothing:v1')}/quality`);
    expect([unknown.status, (await json<Problem>(unknown)).code]).toEqual([404, 'URN_NOT_FOUND']);
  });

  it('lets only the product’s owners record profiles and results; anyone who reads the catalog reads them', async () => {
    expect((await putProfile({ rowCount: 1 }, consumer)).status).toBe(403);
    const report = await h.call(`${PORT_PATH}/quality-results`, { method: 'POST', body: JSON.stringify({ results: [{ rule: 'segment_allowed', passed: true }] }), headers: { 'content-type': 'application/json', authorization: `Bearer ${consumer}` } });
    expect(report.status).toBe(403);
    expect((await h.call(`${PORT_PATH}/quality`, { headers: { authorization: `Bearer ${consumer}` } })).status).toBe(200);
    expect((await h.call(`${PORT_PATH}/profile`, { headers: { authorization: `Bearer ${consumer}` } })).status).toBe(200);
    // Another domain's pipeline that reads the port keeps its lineage, and its quality facets are passed over with the reason.
    const res = await h.call('/api/v1/lineage', { method: 'POST', body: JSON.stringify(runEvent('customers-check.runevent.json')), headers: { 'content-type': 'application/json', authorization: `Bearer ${otherDomain}` } });
    expect(res.status).toBe(201);
    const intake = (await res.json()) as { profiledPorts: string[]; ignored: { pointer: string; reason: string }[] };
    expect(intake.profiledPorts).toEqual([]);
    expect(intake.ignored).toEqual([
      { pointer: '/inputs/0/inputFacets/dataQualityMetrics', reason: `only those who may update data product crm/customers record the quality of ${PORT}` },
      { pointer: '/inputs/0/inputFacets/dataQualityAssertions', reason: `only those who may update data product crm/customers record the quality of ${PORT}` },
    ]);
  });

  it('takes the results of the domain’s own checks, compares a measured value with the rule, and refuses a rule the contract does not state', async () => {
    const before = (await failedFacts()).length;
    const res = await h.call(`${PORT_PATH}/quality-results`, {
      method: 'POST',
      ...jsonBody({ runId: 'dq-1', results: [{ rule: 'country_code_valid', value: 3, rowCount: 200000, failingRows: 3 }, { rule: 'no_future_updates', passed: true }, { rule: 'segment_allowed', value: 0 }] }),
    });
    expect(res.status).toBe(201);
    expect(outcomes(await json<Quality>(res))).toMatchObject({ country_code_valid: ['fail', 'reported', 3], no_future_updates: ['pass', 'reported', null], segment_allowed: ['pass', 'reported', 0] });
    const facts = (await failedFacts()).slice(before);
    expect(facts.map((f) => [f.data.ruleId, f.data.failingRows, f.data.rowCount, f.data.runId])).toEqual([['country_code_valid', 3, 200000, 'dq-1']]);

    const unknown = await h.call(`${PORT_PATH}/quality-results`, { method: 'POST', ...jsonBody({ results: [{ rule: 'segment_allowed', passed: true }, { rule: 'made_up', passed: false }] }) });
    expect(unknown.status).toBe(422);
    expect((await json<Problem>(unknown)).errors).toEqual([{ location: 'body', pointer: '/results/1/rule', detail: `'made_up' is not a quality rule of the contract of ${PORT}` }]);
    // All or none: the first result of the refused batch was not kept.
    expect(outcomes(await quality()).segment_allowed).toEqual(['pass', 'reported', 0]);
    const empty = await h.call(`${PORT_PATH}/quality-results`, { method: 'POST', ...jsonBody({ results: [{ rule: 'segment_allowed' }] }) });
    expect([empty.status, (await json<Problem>(empty)).errors?.[0].pointer]).toEqual([400, '/results/0']);
  });

  it('answers the product page without health unless asked, and refuses an include it does not know', async () => {
    const plain = await json<Record<string, unknown>>(await h.call('/v1/products/crm/customers'));
    expect(plain.health).toBeUndefined();
    expect((await h.call('/v1/products/crm/customers?include=everything')).status).toBe(400);
  });

  describe('with governance and SLA monitoring', () => {
    const previous = { governance: process.env.MESHWORK_GOVERNANCE_URL, sla: process.env.MESHWORK_SLA_URL, timeout: process.env.CATALOG_HEALTH_TIMEOUT_MS };
    const page = async () => {
      const res = await h.call('/v1/products/crm/customers?include=health');
      expect(res.status).toBe(200);
      return ((await res.json()) as { health: Health }).health;
    };

    beforeAll(() => {
      process.env.MESHWORK_GOVERNANCE_URL = stand.url;
      process.env.MESHWORK_SLA_URL = stand.url;
      process.env.CATALOG_HEALTH_TIMEOUT_MS = '400';
    });

    afterAll(() => {
      for (const [key, value] of [['MESHWORK_GOVERNANCE_URL', previous.governance], ['MESHWORK_SLA_URL', previous.sla], ['CATALOG_HEALTH_TIMEOUT_MS', previous.timeout]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    it('gathers owners, compliance, SLA status and KPIs, consumers, latest profile and quality, with one request per service', async () => {
      stand.calls.length = 0;
      const health = await page();
      expect(stand.calls.sort()).toEqual(['GET /v1/compliance', `GET /v1/kpis/${encodeURIComponent('urn:meshwork:crm:customers')}`]);
      expect(health.owners).toMatchObject({ status: 'ok', reason: null, ownerTeamId: 'crm-data-team' });
      expect(health.compliance).toEqual({ status: 'ok', reason: null, compliance: { score: 0.75, passed: 3, applicable: 4, blocking: 0, warnings: 1, version: '1.2.0', evaluatedAt: '2026-11-26T05:00:00.000Z' } });
      expect(health.sla).toMatchObject({ status: 'ok', reason: null, slaStatus: 'breached', kpis: { urn: 'urn:meshwork:crm:customers', compliancePercent: 98.5 } });
      expect(health.consumers).toEqual({ status: 'ok', reason: null, active: 3 });
      expect(health.profiles).toMatchObject({ status: 'ok', reason: null, ports: [{ portUrn: PORT, rowCount: 200000 }] });
      expect(health.quality).toMatchObject({ status: 'ok', reason: null, ports: [{ portUrn: PORT, summary: { failingErrors: ['email_not_null', 'country_code_valid'] } }] });
    });

    it('answers in part, naming what is missing and why, when a service is down or does not answer in time', async () => {
      stand.mode.sla = 'down';
      stand.mode.governance = 'slow';
      try {
        const health = await page();
        expect(health.sla).toEqual({ status: 'unavailable', reason: 'SLA monitoring answered 503', slaStatus: null, kpis: null });
        expect(health.consumers).toEqual({ status: 'unavailable', reason: 'SLA monitoring answered 503; active consumers are read from its KPIs', active: null });
        expect(health.compliance).toEqual({ status: 'unavailable', reason: `governance at ${stand.url} cannot be reached (no answer in time)`, compliance: null });
        expect([health.owners.status, health.profiles.status, health.quality.status]).toEqual(['ok', 'ok', 'ok']);
      } finally {
        stand.mode.sla = 'ok';
        stand.mode.governance = 'ok';
      }
      delete process.env.MESHWORK_SLA_URL;
      try {
        expect((await page()).sla).toMatchObject({ status: 'unavailable', reason: 'SLA monitoring is not configured for this catalog (MESHWORK_SLA_URL)' });
      } finally {
        process.env.MESHWORK_SLA_URL = stand.url;
      }
    });
  });
});
