import { json, jsonBody, type SlaHarness, startSla } from './support';
import { bearer, CONSUMER, demoPublication, MEMBER, PORT, portSlos, type Problem, publish, type Slo } from './slos-support';

const OUTSIDER = { id: 'billing-engineer-1', roles: [], teamRoles: [{ team: 'billing-team', role: 'domain-member' as const }] };
const NO_TEAM = { id: 'analyst-1', roles: [], teamRoles: [] };

describe('SLOs added and tuned through the API (HTTP, real PostgreSQL)', () => {
  let h: SlaHarness;
  let member: string;
  let consumer: string;
  const create = (body: Record<string, unknown>, token?: string) => h.call('/v1/slos', { method: 'POST', ...jsonBody(body, token ? bearer(token) : {}) });
  const patch = (id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) => h.call(`/v1/slos/${id}`, { method: 'PATCH', ...jsonBody(body, headers) });
  const remove = (id: string, headers: Record<string, string> = {}) => h.call(`/v1/slos/${id}`, { method: 'DELETE', headers });
  const contractSlo = async (property: string) => (await portSlos(h)).find((s) => s.property === property && s.source === 'contract') as Slo;

  beforeAll(async () => {
    h = await startSla();
    expect((await publish(h, demoPublication())).status).toBe(200);
    member = await h.tokenFor(MEMBER);
    consumer = await h.tokenFor(CONSUMER);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lets a member of the owner team add an SLO to a port', async () => {
    const res = await create({ portUrn: PORT, property: 'latency', value: 2, unit: 'hours', element: 'customers.updated_at', windowSeconds: 7 * 86_400 }, member);
    expect(res.status).toBe(201);
    const slo = await json<Slo>(res);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(res.headers.get('location')).toBe(`/v1/slos/${slo.id}`);
    expect(slo).toMatchObject({
      portUrn: PORT,
      property: 'latency',
      element: 'customers.updated_at',
      target: { value: 2, unit: 'h', seconds: 7200 },
      windowSeconds: 604_800,
      monitored: true,
      unmonitoredReason: null,
      source: 'api',
      status: 'unknown',
      description: 'The newest data of customers.updated_at is at most 2 h old.',
    });
    expect((await portSlos(h)).at(-1)).toEqual(slo);
  });

  it('reads the target as a contract would, with 28 days by default', async () => {
    const slo = await json<Slo>(await create({ portUrn: PORT, property: 'frequency', value: 'PT30M' }));
    expect(slo).toMatchObject({ target: { value: 'PT30M', unit: 'min', seconds: 1800 }, windowSeconds: 28 * 86_400 });
  });

  it('rejects invalid input with a pointer per field', async () => {
    const res = await create({ portUrn: 7, property: 'happiness', value: {}, windowSeconds: 60, extra: true });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect([...new Set((await json<Problem>(res)).errors?.map((e) => e.pointer))].sort()).toEqual(['/extra', '/portUrn', '/property', '/value', '/windowSeconds']);
  });

  it('rejects a target the evaluator cannot monitor, pointing at the culprit', async () => {
    const unit = await create({ portUrn: PORT, property: 'latency', value: 4, unit: 'fortnights' });
    expect(unit.status).toBe(400);
    expect(await json<Problem>(unit)).toMatchObject({ code: 'TARGET_INVALID', errors: [{ pointer: '/unit' }] });
    const value = await create({ portUrn: PORT, property: 'availability', value: 140, unit: '%' });
    expect(await json<Problem>(value)).toMatchObject({ code: 'TARGET_INVALID', errors: [{ pointer: '/value' }] });
  });

  it('answers 404 for a port the SLA service does not know', async () => {
    const res = await create({ portUrn: 'urn:meshwork:crm:nothing:port:v1', property: 'latency', value: 1, unit: 'h' });
    expect(res.status).toBe(404);
    expect(await json<Problem>(res)).toMatchObject({ code: 'PORT_NOT_FOUND' });
  });

  it('changes the target and window of an API SLO, guarded by If-Match', async () => {
    const created = await create({ portUrn: PORT, property: 'errorRate', value: 1, unit: '%' }, member);
    const slo = await json<Slo>(created);
    const etag = created.headers.get('etag') as string;
    const res = await patch(slo.id, { value: 0.5, windowSeconds: 86_400 }, { ...bearer(member), 'if-match': etag });
    expect(res.status).toBe(200);
    expect(await json<Slo>(res)).toMatchObject({ id: slo.id, target: { value: 0.5, unit: '%', ratio: 0.005 }, windowSeconds: 86_400, description: 'At most 0.5 % of the records or runs fail.' });
    expect(res.headers.get('etag')).not.toBe(etag);
    const stale = await patch(slo.id, { windowSeconds: 3600 }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect((await json<Slo>(await h.call(`/v1/slos/${slo.id}`))).windowSeconds).toBe(86_400);
  });

  it('validates a change', async () => {
    const slo = await contractSlo('latency');
    const res = await patch(slo.id, { windowSeconds: 5, unit: '' });
    expect(res.status).toBe(400);
    expect([...new Set((await json<Problem>(res)).errors?.map((e) => e.pointer))].sort()).toEqual(['/unit', '/windowSeconds']);
    expect((await patch(slo.id, { value: 'early' })).status).toBe(409);
  });

  it('changes only the window of a contract-derived SLO, and a republish keeps it', async () => {
    const slo = await contractSlo('availability');
    const target = await patch(slo.id, { value: 99 });
    expect(target.status).toBe(409);
    expect(await json<Problem>(target)).toMatchObject({ code: 'SLO_FROM_CONTRACT', detail: expect.stringContaining('change its target in the contract and publish it again') as unknown });
    const window = await patch(slo.id, { windowSeconds: 30 * 86_400 }, bearer(member));
    expect(window.status).toBe(200);
    expect(await json<Slo>(window)).toMatchObject({ windowSeconds: 30 * 86_400, target: slo.target });
    expect(await json(await publish(h, demoPublication({ version: '1.2.1' })))).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect((await contractSlo('availability')).windowSeconds).toBe(30 * 86_400);
  });

  it('deletes API SLOs only: 409 for a contract-derived one, 412 when stale, 404 after', async () => {
    const contract = await contractSlo('retention');
    const refused = await remove(contract.id);
    expect(refused.status).toBe(409);
    expect((await json<Problem>(refused)).detail).toBe(
      `SLO '${contract.id}' (retention of ${PORT}) is derived from the port's contract and cannot be deleted: remove the SLA property from the contract and publish it again.`,
    );
    const created = await create({ portUrn: PORT, property: 'throughput', value: 10, unit: 'rows' });
    const slo = await json<Slo>(created);
    expect((await remove(slo.id, { 'if-match': '"stale"' })).status).toBe(412);
    expect((await remove(slo.id, { ...bearer(member), 'if-match': created.headers.get('etag') as string })).status).toBe(204);
    expect((await h.call(`/v1/slos/${slo.id}`)).status).toBe(404);
    expect((await remove(slo.id)).status).toBe(404);
  });

  it('is for the owner team’s members and platform admins: others get 403, everyone reads', async () => {
    const slo = await json<Slo>(await create({ portUrn: PORT, property: 'latency', value: 5, unit: 'min' }));
    const outsider = await h.tokenFor(OUTSIDER);
    const nobody = await h.tokenFor(NO_TEAM);
    for (const token of [consumer, outsider, nobody]) {
      expect((await create({ portUrn: PORT, property: 'latency', value: 1, unit: 'h' }, token)).status).toBe(403);
      expect((await patch(slo.id, { windowSeconds: 3600 }, bearer(token))).status).toBe(403);
      expect((await remove(slo.id, bearer(token))).status).toBe(403);
      expect((await h.call(`/v1/slos/${slo.id}`, { headers: bearer(token) })).status).toBe(200);
      expect((await h.call(`/v1/ports/${encodeURIComponent(PORT)}/slos`, { headers: bearer(token) })).status).toBe(200);
    }
    expect((await patch(slo.id, { windowSeconds: 3600 }, bearer(member))).status).toBe(200);
    expect((await remove(slo.id, bearer(member))).status).toBe(204);
  });
});
