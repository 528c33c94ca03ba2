import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { type BatchResult, minutesFromNow, type Problem, report, URN } from './observations-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';

const CRM_MEMBER = { id: 'crm-engineer-1', roles: ['consumer'], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] };
const SALES_MEMBER = { id: 'sales-engineer-1', roles: ['consumer'], teamRoles: [{ team: 'sales-data-team', role: 'domain-member' }] };
const CONSUMER = { id: 'consumer-1', roles: ['consumer'], teamRoles: [] };

describe('who may report observations (a real catalog process for domain owners)', () => {
  let h: SlaHarness;
  let catalog: CatalogProcess;
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;

  beforeAll(async () => {
    h = await startSla();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    for (const [name, owner] of [
      ['crm', 'crm-data-team'],
      ['sales', 'sales-data-team'],
      ['finance', 'finance-data-team'],
    ]) {
      expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name, title: name, ownerTeamId: owner }) })).status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    await catalog?.stop();
    await h?.close();
  });

  const observation = (portUrn = URN) => ({ portUrn, kind: 'refresh', at: minutesFromNow(-1) });

  it('accepts the observations of a member of the team owning the domain', async () => {
    const res = await report(h, [observation(), observation('urn:meshwork:crm:orders:orders:v1')], await h.tokenFor(CRM_MEMBER));
    expect(res.status).toBe(200);
    expect(await json<BatchResult>(res)).toEqual({ accepted: 2, duplicates: 0 });
  });

  it('refuses a member of another team, even for one item of the batch, and stores nothing', async () => {
    const urn = 'urn:meshwork:sales:leads:leads:v1';
    const res = await report(h, [observation(urn), observation()], await h.tokenFor(CRM_MEMBER));
    expect(res.status).toBe(403);
    expect((await json<Problem>(res)).detail).toContain("'sales-data-team'");
    const summary = await json<{ observationCount: number }>(await h.call(`/v1/ports/${encodeURIComponent(urn)}/observations/summary`));
    expect(summary.observationCount).toBe(0);
    expect((await report(h, [observation()], await h.tokenFor(SALES_MEMBER))).status).toBe(403);
  });

  it('refuses a consumer outside any team', async () => {
    expect((await report(h, [observation()], await h.tokenFor(CONSUMER))).status).toBe(403);
  });

  it('lets a platform admin report on any port, even without asking the catalog', async () => {
    expect((await report(h, [observation('urn:meshwork:nowhere:p:p:v1')])).status).toBe(200);
  });

  it('lets everyone read observations and summaries', async () => {
    const token = await h.tokenFor(CONSUMER);
    const headers = { authorization: `Bearer ${token}` };
    expect((await h.call(`/v1/observations?portUrn=${encodeURIComponent(URN)}`, { headers })).status).toBe(200);
    expect((await h.call(`/v1/ports/${encodeURIComponent(URN)}/observations/summary`, { headers })).status).toBe(200);
  });

  it('answers 422 for the items naming a domain the catalog does not know', async () => {
    const res = await report(h, [observation(), observation('urn:meshwork:ghost:p:p:v1'), observation('urn:meshwork:ghost:q:q:v1')], await h.tokenFor(CRM_MEMBER));
    expect(res.status).toBe(422);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('UNKNOWN_DOMAIN');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/observations/1/portUrn', '/observations/2/portUrn']);
  });

  it('checks the OpenLineage route the same way', async () => {
    const event = { portUrn: 'urn:meshwork:sales:leads:leads:v1', eventType: 'COMPLETE', eventTime: minutesFromNow(-1), runId: 'run-1' };
    const send = async (actor: typeof CRM_MEMBER) => h.call('/v1/observations/openlineage', { method: 'POST', ...jsonBody(event, { authorization: `Bearer ${await h.tokenFor(actor)}` }) });
    expect((await send(CRM_MEMBER)).status).toBe(403);
    expect(await json<BatchResult>(await send(SALES_MEMBER))).toEqual({ accepted: 2, duplicates: 0 });
  });

  it('answers 503 when the catalog cannot be reached', async () => {
    process.env.MESHWORK_CATALOG_URL = 'http://127.0.0.1:9';
    try {
      const res = await report(h, [observation('urn:meshwork:finance:ledger:ledger:v1')], await h.tokenFor({ ...CRM_MEMBER, teamRoles: [{ team: 'finance-data-team', role: 'domain-member' }] }));
      expect(res.status).toBe(503);
      expect((await json<Problem>(res)).code).toBe('UNAVAILABLE');
    } finally {
      process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    }
  });
});
