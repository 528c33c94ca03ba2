import { NO_COUNTS, type PortSummary, sloStatus, type SloTargets, type WindowCounts } from './slo-status';

const H = 3600;
const NOW = new Date('2026-03-02T10:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const iso = (d: Date) => d.toISOString();

function slo(property: string, target: Partial<SloTargets> = {}): SloTargets {
  return { property, monitored: true, targetSeconds: null, targetRatio: null, targetTimeOfDay: null, targetValue: 0, targetMax: null, windowSeconds: 28 * 86_400, ...target };
}

function summary(values: Partial<PortSummary> = {}): PortSummary {
  return { lastRefreshAt: null, lastRunAt: null, lastCheckAt: null, lastOldestRecordAt: null, lastRunRowCount: null, ...values };
}

function counts(values: Partial<WindowCounts>): WindowCounts {
  return { ...NO_COUNTS, ...values };
}

describe('sloStatus', () => {
  describe('latency (target 4 h)', () => {
    const latency = slo('latency', { targetSeconds: 4 * H });
    it.each([
      [1 * H, 'ok', ago(1 * H), ago(1 * H - 3.2 * H)],
      [3.2 * H, 'at-risk', ago(0), ago(-0.8 * H)],
      [3.5 * H, 'at-risk', ago(0.3 * H), ago(-0.5 * H)],
      [4 * H, 'breached', ago(0), undefined],
      [6 * H, 'breached', ago(2 * H), undefined],
    ])('data %s s old is %s', (age, status, since, next) => {
      const verdict = sloStatus(latency, summary({ lastRefreshAt: ago(age) }), NO_COUNTS, NOW);
      expect([verdict.status, iso(verdict.since)]).toEqual([status, iso(since)]);
      if (next) expect(iso(verdict.nextDueAt)).toBe(iso(next));
      expect(verdict.observed).toEqual({ value: age, unit: 's' });
    });
    it('is unknown without a refresh, or unmonitored', () => {
      expect(sloStatus(latency, summary(), NO_COUNTS, NOW).status).toBe('unknown');
      expect(sloStatus(latency, undefined, NO_COUNTS, NOW).status).toBe('unknown');
      expect(sloStatus({ ...latency, monitored: false }, summary({ lastRefreshAt: ago(10 * H) }), NO_COUNTS, NOW).status).toBe('unknown');
    });
  });

  describe('frequency (daily, 10 % grace)', () => {
    const frequency = slo('frequency', { targetSeconds: 24 * H });
    it.each([
      [23 * H, 'ok'],
      [24 * H, 'at-risk'],
      [26 * H, 'at-risk'],
      [26.4 * H, 'breached'],
    ])('%s s after the last refresh is %s', (age, status) => {
      expect(sloStatus(frequency, summary({ lastRefreshAt: ago(age) }), NO_COUNTS, NOW).status).toBe(status);
    });
    it('is due at the end of the interval, then at the end of the grace', () => {
      expect(iso(sloStatus(frequency, summary({ lastRefreshAt: ago(H) }), NO_COUNTS, NOW).nextDueAt)).toBe(iso(ago(-23 * H)));
      expect(iso(sloStatus(frequency, summary({ lastRefreshAt: ago(25 * H) }), NO_COUNTS, NOW).nextDueAt)).toBe(iso(ago(-1.4 * H)));
    });
  });

  describe('timeOfAvailability (06:00 UTC)', () => {
    const toa = slo('timeOfAvailability', { targetTimeOfDay: '06:00:00Z' });
    it('after the time: ok with a refresh today, breached since the time without', () => {
      expect(sloStatus(toa, summary({ lastRefreshAt: new Date('2026-03-02T05:00:00Z') }), NO_COUNTS, NOW)).toMatchObject({ status: 'ok', nextDueAt: new Date('2026-03-03T06:00:00Z') });
      expect(sloStatus(toa, summary({ lastRefreshAt: new Date('2026-03-01T23:00:00Z') }), NO_COUNTS, NOW)).toMatchObject({ status: 'breached', since: new Date('2026-03-02T06:00:00Z') });
    });
    it('before the time: yesterday’s verdict', () => {
      const early = new Date('2026-03-02T04:00:00Z');
      expect(sloStatus(toa, summary({ lastRefreshAt: new Date('2026-03-01T05:00:00Z') }), NO_COUNTS, early)).toMatchObject({ status: 'ok', nextDueAt: new Date('2026-03-02T06:00:00Z') });
      expect(sloStatus(toa, summary({ lastRefreshAt: new Date('2026-02-28T05:00:00Z') }), NO_COUNTS, early)).toMatchObject({ status: 'breached', since: new Date('2026-03-01T06:00:00Z') });
    });
  });

  describe('availability (99.5 %)', () => {
    const availability = slo('availability', { targetRatio: 0.995 });
    const at = summary({ lastCheckAt: ago(60) });
    it.each([
      [{ checks: 1000, failedChecks: 0 }, 'ok', 1],
      [{ checks: 1000, failedChecks: 4 }, 'at-risk', 0.996],
      [{ checks: 500, failedChecks: 2, runs: 500, failedRuns: 2 }, 'at-risk', 0.996],
      [{ checks: 1000, failedChecks: 6 }, 'breached', 0.994],
    ])('%j is %s', (window, status, share) => {
      const verdict = sloStatus(availability, at, counts(window), NOW);
      expect(verdict).toMatchObject({ status, observed: { value: share, unit: 'ratio' }, since: ago(60) });
    });
    it('is unknown without checks or runs in the window', () => {
      expect(sloStatus(availability, at, NO_COUNTS, NOW).status).toBe('unknown');
    });
  });

  describe('errorRate (0.1 %)', () => {
    const errorRate = slo('errorRate', { targetRatio: 0.001 });
    it.each([
      [{ runs: 10_000, failedRuns: 5 }, 'ok'],
      [{ runs: 10_000, failedRuns: 9 }, 'at-risk'],
      [{ runs: 10_000, failedRuns: 11 }, 'breached'],
      [{ rows: 1_000_000, errors: 500 }, 'ok'],
      [{ rows: 1_000_000, errors: 2000 }, 'breached'],
      [{ runs: 10_000, failedRuns: 0, rows: 1_000_000, errors: 2000 }, 'breached'],
      [{ runs: 10_000, failedRuns: 11, rows: 1_000_000, errors: 0 }, 'breached'],
      [{ runs: 10_000, failedRuns: 5, rows: 1_000_000, errors: 500 }, 'ok'],
      [{}, 'unknown'],
    ])('%j is %s', (window, status) => {
      expect(sloStatus(errorRate, summary({ lastRunAt: ago(60) }), counts(window), NOW).status).toBe(status);
    });
  });

  describe('retention (7 years)', () => {
    const retention = slo('retention', { targetSeconds: 7 * 365 * 86_400 });
    it('is ok when the oldest record is at least as old as the target, breached when data was dropped early', () => {
      expect(sloStatus(retention, summary({ lastOldestRecordAt: ago(8 * 365 * 86_400) }), NO_COUNTS, NOW).status).toBe('ok');
      const young = sloStatus(retention, summary({ lastOldestRecordAt: ago(365 * 86_400) }), NO_COUNTS, NOW);
      expect(young).toMatchObject({ status: 'breached', nextDueAt: ago(365 * 86_400 - 7 * 365 * 86_400) });
      expect(sloStatus(retention, summary(), NO_COUNTS, NOW).status).toBe('unknown');
    });
  });

  describe('throughput (1,000 to 5,000 rows)', () => {
    const throughput = slo('throughput', { targetValue: 1000, targetMax: 5000 });
    it.each([
      [999, 'breached'],
      [1000, 'ok'],
      [5000, 'ok'],
      [5001, 'breached'],
    ])('a last run of %s rows is %s', (rows, status) => {
      expect(sloStatus(throughput, summary({ lastRunAt: ago(60), lastRunRowCount: rows }), NO_COUNTS, NOW)).toMatchObject({ status, observed: { value: rows, unit: 'rows' } });
    });
    it('without an upper bound, only the least counts; unknown without a run', () => {
      expect(sloStatus({ ...throughput, targetMax: null }, summary({ lastRunRowCount: 1e9 }), NO_COUNTS, NOW).status).toBe('ok');
      expect(sloStatus(throughput, summary(), NO_COUNTS, NOW).status).toBe('unknown');
    });
  });

  it('an unknown property is unknown', () => {
    expect(sloStatus(slo('timeToDetect'), summary({ lastRefreshAt: ago(1) }), NO_COUNTS, NOW).status).toBe('unknown');
  });
});
