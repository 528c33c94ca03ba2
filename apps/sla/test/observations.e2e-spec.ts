import { DataSource } from 'typeorm';
import { type BatchResult, minutesFromNow, OTHER_URN, type Problem, report, URN } from './observations-support';
import { json, jsonBody, type SlaHarness, startSla } from './support';

interface Summary {
  portUrn: string;
  lastRefreshAt?: string;
  lastRunAt?: string;
  lastFailedRunAt?: string;
  lastCheckAt?: string;
  lastOldestRecordAt?: string;
  observationCount: number;
}

interface ObservationPage {
  items: { portUrn: string; id: string; kind: string; at: string; success?: boolean; rowCount?: number }[];
  total: number;
}

describe('observations (HTTP, real PostgreSQL, as platform admin)', () => {
  let h: SlaHarness;

  beforeAll(async () => {
    h = await startSla();
  });

  afterAll(async () => {
    await h.close();
  });

  const summary = async (urn: string) => json<Summary>(await h.call(`/v1/ports/${encodeURIComponent(urn)}/observations/summary`));

  it('stores a batch and answers how many were accepted and how many were duplicates', async () => {
    const urn = 'urn:meshwork:crm:counts:counts:v1';
    const first = await report(h, [
      { portUrn: urn, kind: 'refresh', at: minutesFromNow(-10), id: 'a' },
      { portUrn: urn, kind: 'run', at: minutesFromNow(-10), id: 'b' },
    ]);
    expect(first.status).toBe(200);
    expect(await json<BatchResult>(first)).toEqual({ accepted: 2, duplicates: 0 });
    const second = await report(h, [
      { portUrn: urn, kind: 'refresh', at: minutesFromNow(-10), id: 'a' },
      { portUrn: urn, kind: 'check', at: minutesFromNow(-5), id: 'c' },
      { portUrn: urn, kind: 'check', at: minutesFromNow(-5), id: 'c' },
    ]);
    expect(await json<BatchResult>(second)).toEqual({ accepted: 1, duplicates: 2 });
    expect((await summary(urn)).observationCount).toBe(3);
  });

  it('does not count a retried batch twice, with ids or without', async () => {
    const urn = 'urn:meshwork:crm:retries:retries:v1';
    const at = minutesFromNow(-30);
    const batch = [
      { portUrn: urn, kind: 'run', at, success: true, id: 'run-1' },
      { portUrn: urn, kind: 'refresh', at, rowCount: 10 },
      { portUrn: urn, kind: 'check', at, errorCount: 0, success: true },
    ];
    expect(await json<BatchResult>(await report(h, batch))).toEqual({ accepted: 3, duplicates: 0 });
    expect(await json<BatchResult>(await report(h, batch))).toEqual({ accepted: 0, duplicates: 3 });
    // The same content, its instant written in another zone, is the same observation.
    const shifted = new Date(Date.parse(at) + 3_600_000).toISOString().replace('Z', '+01:00');
    expect(await json<BatchResult>(await report(h, [{ portUrn: urn, kind: 'refresh', at: shifted, rowCount: 10 }]))).toEqual({ accepted: 0, duplicates: 1 });
    expect(await json<BatchResult>(await report(h, [{ portUrn: urn, kind: 'refresh', at, rowCount: 11 }]))).toEqual({ accepted: 1, duplicates: 0 });
    expect((await summary(urn)).observationCount).toBe(4);
    const rows = (await h.app.get(DataSource).query('SELECT count(*)::int AS n FROM "sla"."observations" WHERE "port_urn" = $1', [urn])) as { n: number }[];
    expect(rows[0].n).toBe(4);
  });

  it('refuses a whole batch, pointing at every invalid value', async () => {
    const urn = 'urn:meshwork:crm:invalid:invalid:v1';
    const observations: unknown[] = Array.from({ length: 20 }, (_, i) => ({ portUrn: urn, kind: 'run', at: minutesFromNow(-1), id: `ok-${i}` }));
    observations[3] = { portUrn: 'urn:meshwork:crm:invalid', kind: 'run', at: minutesFromNow(-1) };
    observations[17] = { portUrn: urn, kind: 'load', at: '2026-11-26 04:00', colour: 'red' };
    const res = await report(h, observations);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/observations/3/portUrn', '/observations/17/colour', '/observations/17/kind', '/observations/17/at']);
    expect((await summary(urn)).observationCount).toBe(0);
  });

  it('accepts an observation a little ahead of the clock and refuses one more than 5 minutes ahead', async () => {
    const urn = 'urn:meshwork:crm:future:future:v1';
    expect((await report(h, [{ portUrn: urn, kind: 'check', at: minutesFromNow(2) }])).status).toBe(200);
    const res = await report(h, [{ portUrn: urn, kind: 'check', at: minutesFromNow(10) }]);
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors).toEqual([{ location: 'body', pointer: '/observations/0/at', detail: 'at must not be more than 5 minutes in the future' }]);
  });

  it('accepts 10,000 observations at once, beyond the service-wide body limit, and refuses 10,001', async () => {
    const urn = 'urn:meshwork:crm:bulk:bulk:v1';
    const at = minutesFromNow(-60);
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ portUrn: urn, kind: 'run', at, rowCount: 1_000_000, id: `airflow:crm_bulk:bulk-load:${i}` }));
    expect(JSON.stringify({ observations: items(10_000) }).length).toBeGreaterThan(h.config.bodyLimit);
    expect(await json<BatchResult>(await report(h, items(10_000)))).toEqual({ accepted: 10_000, duplicates: 0 });
    const res = await report(h, items(10_001));
    expect(res.status).toBe(400);
    expect((await json<Problem>(res)).errors).toEqual([{ location: 'body', pointer: '/observations', detail: 'observations must contain no more than 10000 elements' }]);
  });

  it('keeps the latest of each kind per port, never moving back', async () => {
    const t = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    expect(
      (
        await report(h, [
          { portUrn: URN, kind: 'refresh', at: t(5), oldestRecordAt: t(30) },
          { portUrn: URN, kind: 'refresh', at: t(3), oldestRecordAt: t(28) },
          { portUrn: URN, kind: 'run', at: t(4), success: false },
          { portUrn: URN, kind: 'run', at: t(3), success: true },
          { portUrn: URN, kind: 'check', at: t(2) },
          { portUrn: OTHER_URN, kind: 'run', at: t(1), success: false },
        ])
      ).status,
    ).toBe(200);
    // Older news afterwards changes no maximum, but is counted.
    expect((await report(h, [{ portUrn: URN, kind: 'refresh', at: t(10), oldestRecordAt: t(40) }, { portUrn: URN, kind: 'run', at: t(9), success: false }])).status).toBe(200);
    const s = await summary(URN);
    expect(s).toMatchObject({ portUrn: URN, observationCount: 7 });
    const hoursAgo = (iso: string | undefined) => Math.round((Date.now() - Date.parse(iso ?? '')) / 3_600_000);
    expect([s.lastRefreshAt, s.lastRunAt, s.lastFailedRunAt, s.lastCheckAt, s.lastOldestRecordAt].map(hoursAgo)).toEqual([3, 3, 4, 2, 28]);
    const other = await summary(OTHER_URN);
    expect(other).toMatchObject({ observationCount: 1 });
    expect(other.lastRefreshAt).toBeUndefined();
    expect(hoursAgo(other.lastFailedRunAt)).toBe(1);
    expect(await summary('urn:meshwork:crm:never:never:v1')).toEqual({ portUrn: 'urn:meshwork:crm:never:never:v1', observationCount: 0 });
  });

  it('lists observations newest first, filtered by port, kind and interval', async () => {
    const urn = 'urn:meshwork:crm:listed:listed:v1';
    const base = Date.now() - 3_600_000;
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    await report(h, [
      { portUrn: urn, kind: 'run', at: at(0), id: 'r0' },
      { portUrn: urn, kind: 'run', at: at(10), id: 'r10', rowCount: 3, success: true },
      { portUrn: urn, kind: 'check', at: at(20), id: 'c20' },
      { portUrn: urn, kind: 'run', at: at(30), id: 'r30' },
    ]);
    const list = async (query: string) => json<ObservationPage>(await h.call(`/v1/observations?portUrn=${encodeURIComponent(urn)}${query}`));
    expect((await list('')).items.map((o) => o.id)).toEqual(['r30', 'c20', 'r10', 'r0']);
    const runs = await list(`&kind=run&from=${encodeURIComponent(at(5))}&to=${encodeURIComponent(at(30))}`);
    expect(runs).toMatchObject({ total: 1, items: [{ portUrn: urn, id: 'r10', kind: 'run', at: at(10), rowCount: 3, success: true }] });
    const page = await list('&limit=2&offset=1');
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.items.map((o) => o.id)).toEqual(['c20', 'r10']);
    expect((await h.call('/v1/observations?kind=load')).status).toBe(400);
  });

  it('records an OpenLineage COMPLETE as a refresh and a successful run, a FAIL as a failed run, once each', async () => {
    const urn = 'urn:meshwork:crm:lineage:lineage:v1';
    const send = (eventType: string, runId: string, eventTime: string) => h.call('/v1/observations/openlineage', { method: 'POST', ...jsonBody({ portUrn: urn, eventType, eventTime, runId }) });
    const done = minutesFromNow(-20);
    const failed = minutesFromNow(-10);
    expect(await json<BatchResult>(await send('COMPLETE', 'run-a', done))).toEqual({ accepted: 2, duplicates: 0 });
    expect(await json<BatchResult>(await send('COMPLETE', 'run-a', done))).toEqual({ accepted: 0, duplicates: 2 });
    expect(await json<BatchResult>(await send('FAIL', 'run-b', failed))).toEqual({ accepted: 1, duplicates: 0 });
    expect(await summary(urn)).toMatchObject({ lastRefreshAt: done, lastRunAt: failed, lastFailedRunAt: failed, observationCount: 3 });
    const bad = await send('START', 'run-c', done);
    expect(bad.status).toBe(400);
    expect((await json<Problem>(bad)).errors?.map((e) => e.pointer)).toEqual(['/eventType']);
  });
});
