import { DataSource } from 'typeorm';
import { json, type SlaHarness, startSla } from './support';
import { bearer, CONSUMER, demoContract, demoPublication, MEMBER, OWNER_TEAM, PORT, portSlos, type Problem, publish, type Slo, type SloPage } from './slos-support';

const DAY = 86_400;

describe('the publish hook derives SLOs from contracts (HTTP, real PostgreSQL)', () => {
  let h: SlaHarness;

  beforeAll(async () => {
    h = await startSla();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('derives the demo contract’s SLOs for its port', async () => {
    const res = await publish(h, demoPublication());
    expect([res.status, await res.clone().text()]).toEqual([200, expect.any(String)]);
    expect(await json(res)).toEqual({ domain: 'crm', name: 'customers', version: '1.2.0', ports: 1, created: 11, updated: 0, unchanged: 0, removed: 0, reactivated: 0, retiredPorts: 0, retired: 0 });
    const slos = await portSlos(h);
    expect(slos.map((s) => [s.property, s.element, s.target.seconds ?? s.target.ratio ?? s.target.timeOfDay ?? null, s.monitored, s.source, s.status])).toEqual([
      ['availability', null, 0.995, true, 'contract', 'unknown'],
      ['latency', 'customers.updated_at', 4 * 3600, true, 'contract', 'unknown'],
      ['frequency', 'customers.updated_at', DAY, true, 'contract', 'unknown'],
      ['timeOfAvailability', 'customers.updated_at', '06:00:00Z', true, 'contract', 'unknown'],
      ['retention', 'customers.updated_at', 7 * 365 * DAY, true, 'contract', 'unknown'],
      ['errorRate', null, 0.001, true, 'contract', 'unknown'],
      ['timeToDetect', null, 1800, false, 'contract', 'unknown'],
      ['timeToRepair', null, DAY, false, 'contract', 'unknown'],
      ['generalAvailability', null, null, false, 'contract', 'unknown'],
      ['endOfSupport', null, null, false, 'contract', 'unknown'],
      ['endOfLife', null, null, false, 'contract', 'unknown'],
    ]);
    expect(slos[0]).toMatchObject({ portUrn: PORT, productUrn: 'urn:meshwork:crm:customers', windowSeconds: 28 * DAY, nextDueAt: null, unmonitoredReason: null });
    expect(slos[8]?.unmonitoredReason).toMatch(/lifecycle date/);
    const rows = (await h.app.get(DataSource).query('SELECT urn, domain, product, port_name, owner_team_id, contract_id, contract_version, product_version FROM sla.ports')) as unknown[];
    expect(rows).toEqual([
      { urn: PORT, domain: 'crm', product: 'customers', port_name: 'customers', owner_team_id: OWNER_TEAM, contract_id: '7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10', contract_version: '1.2.0', product_version: '1.2.0' },
    ]);
  });

  it('changes nothing when the same version is published again', async () => {
    const before = await portSlos(h);
    const res = await publish(h, demoPublication());
    expect(await json(res)).toMatchObject({ created: 0, updated: 0, unchanged: 11, removed: 0 });
    expect(await portSlos(h)).toEqual(before);
  });

  it('on a new version keeps API SLOs and the status of SLOs whose property and element stay', async () => {
    const created = await h.call('/v1/slos', { method: 'POST', body: JSON.stringify({ portUrn: PORT, property: 'throughput', value: 100_000, unit: 'rows' }), headers: { 'content-type': 'application/json' } });
    expect(created.status).toBe(201);
    const apiSlo = await json<Slo>(created);
    const before = await portSlos(h);
    const latency = before.find((s) => s.property === 'latency') as Slo;
    await h.app.get(DataSource).query("UPDATE sla.slos SET status = 'breached' WHERE id = $1", [latency.id]);

    const contract = demoContract();
    const sla = (contract.slaProperties as Record<string, unknown>[])
      .filter((p) => p.property !== 'errorRate')
      .map((p) => (p.property === 'latency' ? { ...p, value: 2 } : p));
    const res = await publish(h, demoPublication({ version: '1.3.0' }, { ...contract, version: '1.3.0', slaProperties: [...sla, { property: 'throughput', value: 1000, valueExt: 5000 }] }));
    expect(await json(res)).toMatchObject({ version: '1.3.0', created: 1, updated: 1, unchanged: 9, removed: 1 });

    const after = await portSlos(h);
    const newLatency = after.find((s) => s.property === 'latency') as Slo;
    expect(newLatency).toMatchObject({ id: latency.id, status: 'breached', target: { value: 2, unit: 'h', seconds: 7200 } });
    expect(after.find((s) => s.property === 'errorRate')).toBeUndefined();
    expect(after.filter((s) => s.property === 'throughput').map((s) => [s.source, s.target])).toEqual([
      ['contract', { value: 1000, unit: 'rows', max: 5000 }],
      ['api', { value: 100_000, unit: 'rows' }],
    ]);
    expect(after.find((s) => s.id === apiSlo.id)).toEqual(apiSlo);
  });

  it('removes the contract-derived SLOs of a port that no longer has a contract, keeping API ones', async () => {
    const res = await publish(h, demoPublication({ version: '1.4.0' }, null));
    expect(await json(res)).toMatchObject({ created: 0, removed: 11 });
    expect((await portSlos(h)).map((s) => s.source)).toEqual(['api']);
    expect(await json(await publish(h, demoPublication({ version: '1.5.0' })))).toMatchObject({ created: 11 });
  });

  it('lists and filters SLOs by port, product, status and monitoring, everyone may read them', async () => {
    const list = (query: string, token?: string) => h.call(`/v1/slos${query}`, token ? { headers: bearer(token) } : {});
    const consumer = await h.tokenFor(CONSUMER);
    const all = await json<SloPage>(await list('?limit=5', consumer));
    expect(all).toMatchObject({ total: 12, limit: 5, offset: 0 });
    expect((await json<SloPage>(await list(`?portUrn=${encodeURIComponent(PORT)}`))).total).toBe(12);
    expect((await json<SloPage>(await list('?productUrn=urn:meshwork:crm:customers'))).total).toBe(12);
    expect((await json<SloPage>(await list('?productUrn=urn:meshwork:crm:custom'))).total).toBe(0);
    expect((await json<SloPage>(await list('?monitored=false'))).items.map((s) => s.property)).toEqual(['timeToDetect', 'timeToRepair', 'generalAvailability', 'endOfSupport', 'endOfLife']);
    expect((await json<SloPage>(await list('?status=unknown'))).total).toBe(12);
    const one = all.items[0] as Slo;
    const got = await h.call(`/v1/slos/${one.id}`, { headers: bearer(consumer) });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBeTruthy();
    expect(await json(got)).toEqual(one);
    const bad = await list('?status=fine&monitored=maybe');
    expect(bad.status).toBe(400);
    expect([...new Set((await json<Problem>(bad)).errors?.map((e) => e.pointer))].sort()).toEqual(['/monitored', '/status']);
  });

  it('answers 404 for an unknown SLO or port', async () => {
    expect((await h.call('/v1/slos/0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c')).status).toBe(404);
    expect((await h.call('/v1/slos/not-an-id')).status).toBe(404);
    const res = await h.call(`/v1/ports/${encodeURIComponent('urn:meshwork:crm:nothing:port:v1')}/slos`);
    expect(res.status).toBe(404);
    expect(await json<Problem>(res)).toMatchObject({ code: 'PORT_NOT_FOUND' });
  });

  it('rejects an invalid publication with pointers', async () => {
    const res = await publish(h, { domain: 'CRM', name: 'customers', version: '', ports: [{ urn: 3, contract: 'yaml' }] });
    expect(res.status).toBe(400);
    expect([...new Set((await json<Problem>(res)).errors?.map((e) => e.pointer))].sort()).toEqual(['/domain', '/ownerTeamId', '/ports/0/contract', '/ports/0/name', '/ports/0/urn', '/version']);
    const foreign = await publish(h, demoPublication({ ports: [{ urn: 'urn:meshwork:billing:invoices:invoices:v1', name: 'invoices', contract: null }] }));
    expect(foreign.status).toBe(400);
    expect(await json<Problem>(foreign)).toMatchObject({ code: 'PUBLICATION_INVALID', errors: [{ pointer: '/ports/0/urn' }] });
  });

  it('is for the owner team’s members and platform admins: a consumer gets 403', async () => {
    expect((await publish(h, demoPublication(), bearer(await h.tokenFor(CONSUMER)))).status).toBe(403);
    expect((await publish(h, demoPublication({ ownerTeamId: 'marketing-team' }), bearer(await h.tokenFor(CONSUMER)))).status).toBe(403);
    expect((await publish(h, demoPublication(), bearer(await h.tokenFor(MEMBER)))).status).toBe(200);
  });
});
