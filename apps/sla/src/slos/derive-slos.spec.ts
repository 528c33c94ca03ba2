import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OdcsSlaProperty } from '@meshwork/descriptors';
import { parse } from 'yaml';
import { DEFAULT_WINDOW_SECONDS, deriveSlo, deriveSlos, type SlaSource, type SloTarget, timeOfDayUtc } from './derive-slos';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
const fixture = (name: string) => parse(readFileSync(join(FIXTURES, name), 'utf8')) as SlaSource;
const DAY = 86_400;

function target(sla: Partial<OdcsSlaProperty> & { property: string }): SloTarget {
  const slo = deriveSlo({ value: null, ...sla });
  if (!slo.monitored) throw new Error(`expected a monitored SLO, got: ${slo.unmonitoredReason ?? ''}`);
  return slo.target;
}

describe('deriveSlos', () => {
  it('derives exactly the expected SLOs from the demo contract', () => {
    const slos = deriveSlos(fixture('customers.odcs.yaml'));
    expect(slos.map((s) => [s.property, s.element ?? null, s.target, s.monitored])).toEqual([
      ['availability', null, { value: 99.5, unit: '%', ratio: 0.995 }, true],
      ['latency', 'customers.updated_at', { value: 4, unit: 'h', seconds: 4 * 3600 }, true],
      ['frequency', 'customers.updated_at', { value: 1, unit: 'd', seconds: DAY }, true],
      ['timeOfAvailability', 'customers.updated_at', { value: '06:00:00Z', unit: 'time', timeOfDay: '06:00:00Z' }, true],
      ['retention', 'customers.updated_at', { value: 7, unit: 'y', seconds: 7 * 365 * DAY }, true],
      ['errorRate', null, { value: 0.1, unit: '%', ratio: 0.001 }, true],
      ['timeToDetect', null, { value: 30, unit: 'min', seconds: 1800 }, false],
      ['timeToRepair', null, { value: 1, unit: 'd', seconds: DAY }, false],
      ['generalAvailability', null, { value: '2024-04-01T00:00:00Z', unit: '' }, false],
      ['endOfSupport', null, { value: '2027-03-31T23:59:59Z', unit: '' }, false],
      ['endOfLife', null, { value: '2027-12-31T23:59:59Z', unit: '' }, false],
    ]);
    expect(slos.every((s) => s.windowSeconds === DEFAULT_WINDOW_SECONDS)).toBe(true);
    expect(slos[0]?.description).toBe('Postgres output port reachable 99.5% of each calendar month.');
    expect(slos[2]?.description).toBe('The data of customers.updated_at is updated at least every 1 d.');
    expect(slos[6]?.unmonitoredReason).toMatch(/incident-handling/);
  });

  it('reads the ODCS full example: time zones of times of availability, and two SLOs on one element', () => {
    const slos = deriveSlos(fixture('full-example.odcs.yaml')).filter((s) => s.monitored);
    expect(slos.map((s) => [s.property, s.target.seconds ?? s.target.timeOfDay])).toEqual([
      ['latency', 4 * DAY],
      ['retention', 3 * 365 * DAY],
      ['frequency', DAY],
      ['timeOfAvailability', '17:00:00Z'],
      ['timeOfAvailability', '16:00:00Z'],
    ]);
  });

  it('gives no SLO for a contract without SLA properties, or no contract', () => {
    expect(deriveSlos({})).toEqual([]);
    expect(deriveSlos(null)).toEqual([]);
    expect(deriveSlos({ slaProperties: 'nonsense' as unknown as OdcsSlaProperty[] })).toEqual([]);
  });

  it('uses the contract’s default element when a property names none', () => {
    expect(deriveSlos({ slaDefaultElement: 'tab1.txn_ref_dt', slaProperties: [{ property: 'latency', value: 1, unit: 'h' }] })[0]?.element).toBe('tab1.txn_ref_dt');
  });
});

describe('each property kind', () => {
  it.each<[OdcsSlaProperty, SloTarget]>([
    [{ property: 'latency', value: 4, unit: 'h' }, { value: 4, unit: 'h', seconds: 14_400 }],
    [{ property: 'freshness', value: 30, unit: 'min' }, { value: 30, unit: 'min', seconds: 1800 }],
    [{ property: 'frequency', value: 'daily' }, { value: 'daily', unit: 'd', seconds: DAY }],
    [{ property: 'frequency', value: 6, unit: 'hours' }, { value: 6, unit: 'h', seconds: 21_600 }],
    [{ property: 'timeOfAvailability', value: '09:00 UTC' }, { value: '09:00 UTC', unit: 'time', timeOfDay: '09:00:00Z' }],
    [{ property: 'availability', value: 99.9, unit: '%' }, { value: 99.9, unit: '%', ratio: 0.999 }],
    [{ property: 'availability', value: '99.9%' }, { value: 99.9, unit: '%', ratio: 0.999 }],
    [{ property: 'errorRate', value: 2, unit: 'percent' }, { value: 2, unit: '%', ratio: 0.02 }],
    [{ property: 'throughput', value: 100_000, unit: 'rows' }, { value: 100_000, unit: 'rows' }],
    [{ property: 'throughput', value: 1000, valueExt: 5000 }, { value: 1000, unit: 'rows', max: 5000 }],
    [{ property: 'retention', value: 3, unit: 'years' }, { value: 3, unit: 'y', seconds: 3 * 365 * DAY }],
  ])('%j', (sla, expected) => {
    expect(target(sla)).toEqual(expected);
  });

  it('names the property as the ODCS periodic table spells it, whatever the case', () => {
    expect(deriveSlo({ property: 'ErrorRate', value: 1, unit: '%' }).property).toBe('errorRate');
    expect(deriveSlo({ property: 'timeofavailability', value: '08:00' }).property).toBe('timeOfAvailability');
  });
});

describe('each unit form', () => {
  it.each<[number | string, string | undefined, number]>([
    [2, 'd', 2 * DAY],
    [2, 'day', 2 * DAY],
    [2, 'days', 2 * DAY],
    [3, 'h', 3 * 3600],
    [3, 'hr', 3 * 3600],
    [3, 'hour', 3 * 3600],
    [3, 'hours', 3 * 3600],
    [15, 'min', 900],
    [15, 'm', 900],
    [45, 's', 45],
    [500, 'ms', 0.5],
    [1, 'y', 365 * DAY],
    [1, 'yr', 365 * DAY],
    [2, 'years', 2 * 365 * DAY],
    ['P1D', undefined, DAY],
    ['PT4H', undefined, 4 * 3600],
    ['PT30M', 'ISO8601', 1800],
    ['4h', undefined, 4 * 3600],
  ])('%s %s', (value, unit, seconds) => {
    expect(target({ property: 'latency', value, ...(unit ? { unit } : {}) }).seconds).toBeCloseTo(seconds);
  });
});

describe('cron schedules', () => {
  it('takes the interval between runs of a cron schedule', () => {
    expect(target({ property: 'frequency', value: 1, unit: 'd', scheduler: 'cron', schedule: '0 */6 * * *' })).toEqual({ value: 6, unit: 'h', seconds: 21_600 });
    expect(target({ property: 'frequency', value: null, scheduler: 'cron', schedule: '*/15 * * * *' })).toEqual({ value: 15, unit: 'min', seconds: 900 });
    expect(target({ property: 'frequency', value: 1, unit: 'd', schedule: '0 5 * * 1' })).toEqual({ value: 7, unit: 'd', seconds: 7 * DAY });
  });

  it('falls back to value and unit when the schedule has no fixed period or another scheduler runs it', () => {
    expect(target({ property: 'frequency', value: 1, unit: 'd', scheduler: 'cron', schedule: '0 5 1-5 * *' })).toEqual({ value: 1, unit: 'd', seconds: DAY });
    expect(target({ property: 'frequency', value: 2, unit: 'h', scheduler: 'airflow', schedule: '@daily' })).toEqual({ value: 2, unit: 'h', seconds: 7200 });
  });

  it('keeps a frequency with an irregular schedule and no interval unmonitored', () => {
    const slo = deriveSlo({ property: 'frequency', value: null, scheduler: 'cron', schedule: '0 5 1,15 * *' });
    expect(slo).toMatchObject({ monitored: false, unmonitoredReason: expect.stringContaining('no fixed period') as unknown });
  });
});

describe('what cannot be monitored is kept, with the reason', () => {
  it.each<[OdcsSlaProperty, RegExp]>([
    [{ property: 'dataSatisfaction', value: 4, unit: 'stars' }, /not an SLA property the SLA service measures/],
    [{ property: 'latency', value: 4, unit: 'fortnights' }, /unit 'fortnights' of latency is not a duration unit/],
    [{ property: 'retention', value: 'forever' }, /'forever' is not a duration/],
    [{ property: 'latency', value: 4 }, /has no unit/],
    [{ property: 'latency', value: 0, unit: 'h' }, /greater than zero/],
    [{ property: 'availability', value: 99, unit: 'nines' }, /not a percentage/],
    [{ property: 'availability', value: 140, unit: '%' }, /between 0 and 100/],
    [{ property: 'throughput', value: 10, unit: 'MB/s' }, /not a row count/],
    [{ property: 'throughput', value: 10, valueExt: 5 }, /not below the least/],
    [{ property: 'timeOfAvailability', value: 'early morning' }, /not a time of day/],
    [{ property: 'timeOfAvailability', value: '25:00' }, /not a time of day/],
  ])('%j', (sla, reason) => {
    const slo = deriveSlo(sla);
    expect(slo.monitored).toBe(false);
    expect(slo.unmonitoredReason).toMatch(reason);
    expect(slo.target.value).toBe(sla.value);
  });

  it('never throws on odd content', () => {
    expect(() => deriveSlos({ slaProperties: [{ property: '', value: null }, { property: 'latency', value: true, unit: 'h' }, null as unknown as OdcsSlaProperty] })).not.toThrow();
  });
});

describe('timeOfDayUtc', () => {
  it.each<[string, string | undefined]>([
    ['06:00:00Z', '06:00:00Z'],
    ['09:00-08:00', '17:00:00Z'],
    ['01:30+02:00', '23:30:00Z'],
    ['09:00 UTC', '09:00:00Z'],
    ['7:05', '07:05:00Z'],
    ['noon', undefined],
  ])('%s', (text, expected) => {
    expect(timeOfDayUtc(text)).toBe(expected);
  });
});
