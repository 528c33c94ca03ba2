import { readWholeFeed } from '@meshwork/testing';
import { EvaluationHarness } from './evaluation-support';

const BREACHED = 'io.meshwork.sla.slo.breached.v1';
const RECOVERED = 'io.meshwork.sla.slo.recovered.v1';
const OPENED = 'io.meshwork.sla.incident.opened.v1';
const CLOSED = 'io.meshwork.sla.incident.closed.v1';

describe('the SLA event feed (real PostgreSQL, moved clock)', () => {
  let e: EvaluationHarness;

  beforeAll(async () => {
    e = await EvaluationHarness.start('2026-03-02T03:00:00Z');
    await e.publishDemo();
  });

  afterAll(async () => {
    await e?.h.close();
  });

  it('writes slo.breached with incident.opened, then slo.recovered with incident.closed, in the evaluator’s transaction', async () => {
    const latency = await e.slo('latency');
    await e.observe([{ id: 'r1', kind: 'refresh', at: '2026-03-02T03:00:00Z' }]);
    await e.evaluate();
    const start = (await readWholeFeed(e.h.call)).next;

    e.at('2026-03-02T07:00:00Z');
    await e.evaluate();
    const breach = (await readWholeFeed(e.h.call, { after: start })).items.filter((i) => i.subject === latency.id || (i.data.incident as { sloId?: string } | undefined)?.sloId === latency.id);
    expect(breach.map((i) => i.type)).toEqual([BREACHED, OPENED]);
    expect(breach[0]).toMatchObject({ source: '/meshwork/sla', subject: latency.id });
    expect(breach[0].data).toMatchObject({ sloId: latency.id, portUrn: latency.portUrn, productUrn: 'urn:meshwork:crm:customers', property: 'latency', to: 'breached', since: '2026-03-02T07:00:00.000Z' });
    const incident = breach[1].data.incident as { id: string; open: boolean };
    expect(incident.open).toBe(true);
    expect(breach[1].subject).toBe(incident.id);

    const middle = (await readWholeFeed(e.h.call, { after: start })).next;
    e.at('2026-03-02T07:30:00Z');
    await e.observe([{ id: 'r2', kind: 'refresh', at: '2026-03-02T07:30:00Z' }]);
    await e.evaluate();
    const recovery = (await readWholeFeed(e.h.call, { after: middle })).items.filter((i) => i.subject === latency.id || i.subject === incident.id);
    expect(recovery.map((i) => [i.type, i.data.from ?? null])).toEqual([
      [RECOVERED, 'breached'],
      [CLOSED, null],
    ]);
    expect((recovery[1].data.incident as { open: boolean }).open).toBe(false);
  });
});
