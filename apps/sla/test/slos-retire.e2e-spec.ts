import { DataSource } from 'typeorm';
import { EvaluatorService } from '../src/evaluation/evaluator.service';
import type { Incident, IncidentPage } from './evaluation-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';
import { demoContract, demoPublication, PORT, type Problem, publish, type Slo, type SloPage } from './slos-support';

const CHANGES = 'urn:meshwork:crm:customers:changes:v1';
const LEADS = 'urn:meshwork:crm:leads:leads:v1';

function twoPorts(version: string): Record<string, unknown> {
  return demoPublication({
    version,
    ports: [
      { urn: PORT, name: 'customers', contract: demoContract() },
      { urn: CHANGES, name: 'changes', contract: demoContract() },
    ],
  });
}

describe('ports dropped from a product version, and derivation that happens once (HTTP, real PostgreSQL)', () => {
  let h: SlaHarness;
  let db: DataSource;
  let apiSlo: Slo;
  let breached: Slo;
  let incidentId: string;

  const slosOf = async (urn: string, query = ''): Promise<Slo[]> => (await json<SloPage>(await h.call(`/v1/ports/${encodeURIComponent(urn)}/slos?limit=200${query}`))).items;

  beforeAll(async () => {
    process.env.SLA_EVALUATOR = 'off';
    h = await startSla();
    db = h.app.get(DataSource);
  });

  afterAll(async () => {
    await h?.close();
    delete process.env.SLA_EVALUATOR;
  });

  it('retires the SLOs of a port the new version no longer lists and closes its open incident (port-retired)', async () => {
    expect((await publish(h, twoPorts('1.0.0'))).status).toBe(200);
    const created = await h.call('/v1/slos', { method: 'POST', ...jsonBody({ portUrn: CHANGES, property: 'throughput', value: 10, unit: 'rows' }) });
    expect(created.status).toBe(201);
    apiSlo = await json<Slo>(created);
    breached = (await slosOf(CHANGES)).find((s) => s.property === 'latency') as Slo;
    const [incident] = (await db.query(
      `INSERT INTO sla.incidents (slo_id, port_urn, property, opened_at, detected_at, observed_value, observed_unit, target, time_to_detect_seconds)
       VALUES ($1, $2, 'latency', now() - interval '1 hour', now(), '20000', 's', '{"value": 4, "unit": "h"}', 1) RETURNING id`,
      [breached.id, CHANGES],
    )) as { id: string }[];
    incidentId = (incident as { id: string }).id;
    await db.query(`UPDATE sla.slos SET status = 'breached' WHERE id = $1`, [breached.id]);

    const res = await publish(h, demoPublication({ version: '2.0.0' }));
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ ports: 1, created: 0, unchanged: 11, retiredPorts: 1, retired: 12 });

    expect(await slosOf(CHANGES)).toEqual([]);
    const retired = await slosOf(CHANGES, '&includeRetired=true');
    expect(retired).toHaveLength(12);
    expect(retired.every((s) => s.retiredAt !== null && s.nextDueAt === null)).toBe(true);
    expect(retired.find((s) => s.id === apiSlo.id)?.retiredAt).toEqual(expect.any(String));
    expect((await json<SloPage>(await h.call('/v1/slos?productUrn=urn:meshwork:crm:customers&limit=1'))).total).toBe(11);
    expect((await json<SloPage>(await h.call('/v1/slos?productUrn=urn:meshwork:crm:customers&includeRetired=true&limit=1'))).total).toBe(23);
    expect(await json<Slo>(await h.call(`/v1/slos/${breached.id}`))).toMatchObject({ retiredAt: expect.any(String), status: 'breached' });
    expect((await slosOf(PORT)).every((s) => s.retiredAt === null)).toBe(true);

    const closed = await json<Incident>(await h.call(`/v1/incidents/${incidentId}`));
    expect(closed).toMatchObject({ open: false, closeReason: 'port-retired', closedAt: expect.any(String), timeToRecoverSeconds: null });
    const events = (await db.query(`SELECT type, data FROM sla.events WHERE subject = $1`, [incidentId])) as { type: string; data: { incident: Incident } }[];
    expect(events).toEqual([{ type: 'io.meshwork.sla.incident.closed.v1', data: { incident: closed } }]);
    expect((await json<IncidentPage>(await h.call('/v1/incidents?open=true'))).total).toBe(0);
  });

  it('no longer evaluates retired SLOs, nor counts them in the product’s KPIs', async () => {
    await h.app.get(EvaluatorService).runOnce();
    const history = (await db.query(`SELECT count(*)::int AS n FROM sla.slo_status_history WHERE slo_id IN (SELECT id FROM sla.slos WHERE port_urn = $1)`, [CHANGES])) as { n: number }[];
    expect(history[0]?.n).toBe(0);
    const due = (await db.query(`SELECT count(*)::int AS n FROM sla.slos WHERE port_urn = $1 AND next_due_at IS NOT NULL`, [CHANGES])) as { n: number }[];
    expect(due[0]?.n).toBe(0);
    expect((await slosOf(PORT)).every((s) => s.nextDueAt !== null)).toBe(true);
    const kpis = await json<{ ports: string[]; slos: unknown[] }>(await h.call('/v1/kpis/urn:meshwork:crm:customers'));
    expect(kpis.ports).toEqual([PORT]);
    expect(kpis.slos).toHaveLength(11);
  });

  it('refuses a new SLO on a retired port (409)', async () => {
    const res = await h.call('/v1/slos', { method: 'POST', ...jsonBody({ portUrn: CHANGES, property: 'latency', value: 2, unit: 'h' }) });
    expect(res.status).toBe(409);
    expect(await json<Problem>(res)).toMatchObject({ code: 'PORT_RETIRED', errors: [{ pointer: '/portUrn' }] });
  });

  it('brings the same SLOs back, to be evaluated again, when a later version lists the port again', async () => {
    const res = await publish(h, twoPorts('3.0.0'));
    expect(await json(res)).toMatchObject({ ports: 2, created: 0, reactivated: 12, retiredPorts: 0, retired: 0 });
    const back = await slosOf(CHANGES);
    expect(back.map((s) => s.id).sort()).toEqual((await slosOf(CHANGES, '&includeRetired=true')).map((s) => s.id).sort());
    expect(back).toHaveLength(12);
    expect(back.every((s) => s.retiredAt === null && s.nextDueAt === null)).toBe(true);
    expect(back.find((s) => s.id === breached.id)?.property).toBe('latency');
    expect(back.some((s) => s.id === apiSlo.id)).toBe(true);
    await h.app.get(EvaluatorService).runOnce();
    expect((await slosOf(CHANGES)).every((s) => s.nextDueAt !== null)).toBe(true);
  });

  it('retires every port of a version that lists none', async () => {
    const res = await publish(h, demoPublication({ version: '4.0.0', ports: [] }));
    expect(await json(res)).toMatchObject({ ports: 0, retiredPorts: 2, retired: 23 });
    expect(await json(await h.call('/v1/kpis/urn:meshwork:crm:customers'))).toMatchObject({ ports: [], slos: [], compliancePercent: null });
    expect(await json(await publish(h, twoPorts('5.0.0')))).toMatchObject({ reactivated: 23, created: 0 });
  });

  it('keeps ids when the contract reorders its SLA properties (no two live SLOs share a position meanwhile)', async () => {
    const before = await slosOf(PORT);
    const contract = demoContract();
    const reversed = [...(contract.slaProperties as unknown[])].reverse();
    const res = await publish(h, demoPublication({ version: '5.1.0', ports: [{ urn: PORT, name: 'customers', contract: { ...contract, slaProperties: reversed } }, { urn: CHANGES, name: 'changes', contract: demoContract() }] }));
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ created: 0, removed: 0, updated: 0 });
    const after = await slosOf(PORT);
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id).reverse());
  });

  it('derives the SLOs of a new port once when two first publishes race', async () => {
    const racing = demoPublication({ name: 'leads', version: '1.0.0', ports: [{ urn: LEADS, name: 'leads', contract: demoContract() }] });
    const answers = await Promise.all([publish(h, racing), publish(h, racing), publish(h, racing)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const counts = await Promise.all(answers.map((r) => json<{ created: number; unchanged: number }>(r)));
    expect(counts.reduce((sum, c) => sum + c.created, 0)).toBe(11);
    expect(await slosOf(LEADS)).toHaveLength(11);
    const rows = (await db.query(`SELECT position, count(*)::int AS n FROM sla.slos WHERE port_urn = $1 GROUP BY position HAVING count(*) > 1`, [LEADS])) as unknown[];
    expect(rows).toEqual([]);
  });

  it('applies two versions of one product published at once one after the other (each retiring what the other lists)', async () => {
    const port = (name: string) => ({ urn: `urn:meshwork:crm:orders:${name}:v1`, name, contract: demoContract() });
    const version = (v: string, names: string[]) => demoPublication({ name: 'orders', version: v, ports: names.map(port) });
    expect((await publish(h, version('1.0.0', ['a', 'b']))).status).toBe(200);
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([publish(h, version('2.0.0', ['a'])), publish(h, version('2.0.1', ['b']))]);
      expect(answers.map((r) => r.status)).toEqual([200, 200]);
      const live = (await db.query(`SELECT port_name FROM sla.ports WHERE product = 'orders' AND retired_at IS NULL`)) as { port_name: string }[];
      expect(live).toHaveLength(1);
    }
  });

  it('the database refuses a second live derived SLO at one position of a port', async () => {
    const insert = () =>
      db.query(
        `INSERT INTO sla.slos (port_urn, property, target_value, target_unit, monitored, window_seconds, description, position, source, status_since)
         VALUES ($1, 'latency', '4', 'h', true, 3600, 'x', 0, 'contract', now())`,
        [LEADS],
      );
    await expect(insert()).rejects.toThrow(/slos_contract_position_key/);
  });
});
