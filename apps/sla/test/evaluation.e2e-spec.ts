import { json } from './support';
import { CONSUMER, PORT, type Slo } from './slos-support';
import { EvaluationHarness, type Incident } from './evaluation-support';

const WINDOW = 28 * 86_400;

describe('the evaluator turns observations into statuses and incidents (real PostgreSQL, moved clock)', () => {
  let e: EvaluationHarness;
  let latency: Slo;

  beforeAll(async () => {
    e = await EvaluationHarness.start('2026-03-02T03:00:00Z');
    await e.publishDemo();
    latency = await e.slo('latency');
  });

  afterAll(async () => {
    await e?.h.close();
  });

  it('evaluates new SLOs at once: unknown without observations, and schedules them', async () => {
    expect(await e.evaluate()).toBe(11);
    expect(await e.evaluate()).toBe(0);
    const slo = await e.slo('latency');
    expect(slo).toMatchObject({ status: 'unknown', nextDueAt: '2026-03-03T03:00:00.000Z' });
  });

  it('a refresh makes the latency SLO ok until 80 % of the target, at-risk until the target, then breached', async () => {
    await e.observe([{ id: 'r1', kind: 'refresh', at: '2026-03-02T03:00:00Z' }]);
    expect(await e.evaluate()).toBe(11);
    expect(await e.slo('latency')).toMatchObject({ status: 'ok', statusSince: '2026-03-02T03:00:00.000Z', nextDueAt: '2026-03-02T06:12:00.000Z' });
    expect(await e.slo('frequency')).toMatchObject({ status: 'ok', nextDueAt: '2026-03-03T03:00:00.000Z' });
    expect(await e.slo('timeOfAvailability')).toMatchObject({ status: 'ok', nextDueAt: '2026-03-02T06:00:00.000Z' });

    e.at('2026-03-02T06:11:59Z');
    expect(await e.evaluate()).toBe(1);
    expect((await e.slo('latency')).status).toBe('ok');

    e.at('2026-03-02T06:12:00Z');
    expect(await e.evaluate()).toBe(1);
    expect(await e.slo('latency')).toMatchObject({ status: 'at-risk', statusSince: '2026-03-02T06:12:00.000Z', nextDueAt: '2026-03-02T07:00:00.000Z' });

    e.at('2026-03-02T06:59:59Z');
    expect(await e.evaluate()).toBe(0);
    expect((await e.incidents()).total).toBe(0);

    e.at('2026-03-02T07:00:30Z');
    expect(await e.evaluate()).toBe(1);
    expect(await e.slo('latency')).toMatchObject({ status: 'breached', statusSince: '2026-03-02T07:00:00.000Z' });
  });

  it('opens exactly one incident, with its outbox event in the same transaction', async () => {
    const page = await e.incidents();
    expect(page.total).toBe(1);
    const incident = page.items[0] as Incident;
    expect(incident).toEqual({
      id: expect.any(String),
      sloId: latency.id,
      portUrn: PORT,
      productUrn: 'urn:meshwork:crm:customers',
      property: 'latency',
      open: true,
      openedAt: '2026-03-02T07:00:00.000Z',
      detectedAt: '2026-03-02T07:00:30.000Z',
      closedAt: null,
      closeReason: null,
      observed: { value: 4 * 3600 + 30, unit: 's' },
      target: { value: 4, unit: 'h', seconds: 14_400 },
      timeToDetectSeconds: 30,
      timeToRecoverSeconds: null,
    });
    const events = await e.events();
    expect(events.map((ev) => [ev.kind, ev.incident_id, ev.slo_id, ev.port_urn])).toEqual([['opened', incident.id, latency.id, PORT]]);
    expect(events[0]?.payload).toEqual(incident);

    e.at('2026-03-02T07:30:00Z');
    expect(await e.evaluate()).toBe(0);
    expect((await e.incidents()).total).toBe(1);
    expect(await e.events()).toHaveLength(1);
  });

  it('a new refresh recovers the SLO and closes the incident with its time to recover', async () => {
    e.at('2026-03-02T08:00:10Z');
    await e.observe([{ id: 'r2', kind: 'refresh', at: '2026-03-02T08:00:00Z' }]);
    await e.evaluate();
    expect(await e.slo('latency')).toMatchObject({ status: 'ok', statusSince: '2026-03-02T08:00:00.000Z' });
    const [incident] = (await e.incidents('?open=false')).items;
    expect(incident).toMatchObject({ open: false, openedAt: '2026-03-02T07:00:00.000Z', closedAt: '2026-03-02T08:00:00.000Z', closeReason: 'recovered', timeToRecoverSeconds: 3600, timeToDetectSeconds: 30 });
    expect((await e.incidents('?open=true')).total).toBe(0);
    const events = await e.events();
    expect(events.map((ev) => ev.kind)).toEqual(['opened', 'closed']);
    expect(events[1]?.payload).toEqual(incident);
    const consumer = await e.h.tokenFor(CONSUMER);
    const got = await e.h.call(`/v1/incidents/${incident?.id}`, { headers: { authorization: `Bearer ${consumer}` } });
    expect(got.status).toBe(200);
    expect(await json(got)).toEqual(incident);
  });

  it('keeps the history of each change and the error budget over the window', async () => {
    const history = await json<{ items: { status: string; at: string }[]; total: number }>(await e.h.call(`/v1/slos/${latency.id}/history`));
    expect(history.items).toEqual([
      { status: 'ok', at: '2026-03-02T08:00:00.000Z' },
      { status: 'breached', at: '2026-03-02T07:00:00.000Z' },
      { status: 'at-risk', at: '2026-03-02T06:12:00.000Z' },
      { status: 'ok', at: '2026-03-02T03:00:00.000Z' },
    ]);
    const budget = await json<Record<string, unknown>>(await e.h.call(`/v1/slos/${latency.id}/budget`));
    expect(budget).toEqual({
      sloId: latency.id,
      property: 'latency',
      from: new Date(Date.parse('2026-03-02T08:00:10Z') - WINDOW * 1000).toISOString(),
      to: '2026-03-02T08:00:10.000Z',
      windowSeconds: WINDOW,
      basis: 'time',
      allowed: WINDOW * 0.01,
      consumed: 3600,
      remaining: WINDOW * 0.01 - 3600,
      remainingRatio: Math.round(((WINDOW * 0.01 - 3600) / (WINDOW * 0.01)) * 1e6) / 1e6,
      breachedSeconds: 3600,
      compliancePercent: Math.round(100 * (1 - 3600 / WINDOW) * 1e4) / 1e4,
    });
  });

  it('gives the KPIs of the product and of its port', async () => {
    const kpis = await json<Record<string, unknown>>(await e.h.call('/v1/kpis/urn:meshwork:crm:customers'));
    const latencyCompliance = Math.round(100 * (1 - 3600 / WINDOW) * 1e4) / 1e4;
    expect(kpis).toMatchObject({
      urn: 'urn:meshwork:crm:customers',
      kind: 'product',
      ports: [PORT],
      windowSeconds: WINDOW,
      compliancePercent: Math.round(((latencyCompliance + 5 * 100) / 6) * 1e4) / 1e4,
      incidents: 1,
      openIncidents: 0,
      mttdSeconds: 30,
      mttrSeconds: 3600,
      freshnessSeconds: 10,
      statuses: { ok: 3, 'at-risk': 0, breached: 0, unknown: 8 },
    });
    expect((kpis.slos as { property: string; compliancePercent: number }[]).find((s) => s.property === 'latency')?.compliancePercent).toBe(latencyCompliance);
    const port = await json<Record<string, unknown>>(await e.h.call(`/v1/kpis/${encodeURIComponent(PORT)}?windowSeconds=3600`));
    expect(port).toMatchObject({ kind: 'port', incidents: 0, windowSeconds: 3600 });
    expect((await e.h.call('/v1/kpis/urn:meshwork:crm:nothing')).status).toBe(404);
    expect((await e.h.call('/v1/kpis/not-a-urn')).status).toBe(404);
  });

  it('two evaluators at once open a single incident', async () => {
    e.at('2026-03-02T12:30:00Z');
    const evaluated = await Promise.all([e.evaluate(), e.evaluate(), e.evaluate(), e.evaluate()]);
    expect(evaluated.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const open = await e.incidents('?open=true');
    expect(open.items.map((i) => [i.property, i.openedAt])).toEqual([['latency', '2026-03-02T12:00:00.000Z']]);
    expect((await e.events()).filter((ev) => ev.kind === 'opened')).toHaveLength(2);
    // The partial unique index refuses a second open incident whoever writes it.
    await expect(
      e.db.query(
        `INSERT INTO sla.incidents (slo_id, port_urn, property, opened_at, detected_at, observed_unit, target, time_to_detect_seconds) VALUES ($1, $2, 'latency', now(), now(), 's', '{}', 0)`,
        [latency.id, PORT],
      ),
    ).rejects.toThrow(/incidents_one_open_per_slo/);
  });

  it('answers 404 for an unknown incident and 400 for a bad filter', async () => {
    expect((await e.h.call('/v1/incidents/0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c')).status).toBe(404);
    expect((await e.h.call('/v1/incidents/nope')).status).toBe(404);
    expect((await e.h.call('/v1/incidents?open=maybe')).status).toBe(400);
    expect((await e.h.call('/v1/slos/0b6a4c7e-8f2d-4e3a-b1c9-5d7e8f9a0b1c/budget')).status).toBe(404);
    expect((await e.incidents(`?sloId=${latency.id}`)).total).toBe(2);
  });
});
