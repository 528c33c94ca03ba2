import { type Duration, type OdcsSlaProperty, parseDuration, parseInterval, periodOfCron } from '@meshwork/descriptors';

/** The SLA properties the evaluator measures from observations. */
export const MONITORED_PROPERTIES = ['latency', 'frequency', 'timeOfAvailability', 'availability', 'errorRate', 'throughput', 'retention'] as const;
export type MonitoredProperty = (typeof MONITORED_PROPERTIES)[number];

export const DEFAULT_WINDOW_SECONDS = 28 * 86_400;

/** What an SLO promises, in the contract's own words and in the units the evaluator compares with. */
export interface SloTarget {
  /** The value as declared (a number, or text such as `06:00:00Z` or `P1D`). */
  value: number | string;
  /** Unit: `s`, `ms`, `min`, `h`, `d`, `mo`, `y` for durations; `%` for percentages; `rows`; `time` for a time of day; else as declared. */
  unit: string;
  /** Durations (latency, frequency, retention) in seconds. */
  seconds?: number;
  /** Percentages (availability, error rate) as a ratio between 0 and 1. */
  ratio?: number;
  /** Time of availability in UTC, `HH:MM:SSZ`. */
  timeOfDay?: string;
  /** Throughput: the most rows per run, when an upper bound is declared (`valueExt`). */
  max?: number;
}

export interface SloSpec {
  property: string;
  element?: string;
  target: SloTarget;
  windowSeconds: number;
  description: string;
  monitored: boolean;
  unmonitoredReason?: string;
}

/** An ODCS contract as far as SLOs need it. */
export interface SlaSource {
  slaProperties?: OdcsSlaProperty[];
  slaDefaultElement?: string;
}

const SECONDS: Readonly<Record<Duration['unit'] | 'ms', number>> = { y: 365 * 86_400, mo: 30 * 86_400, d: 86_400, h: 3_600, min: 60, s: 1, ms: 0.001 };
const PERCENT_UNITS = new Set(['%', 'percent', 'percentage', 'pct']);
const ROW_UNITS = new Set(['', 'row', 'rows', 'record', 'records']);
const MILLISECONDS = /^(?:ms|msec|msecs|millisecond|milliseconds)$/i;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Properties the ODCS periodic table names that are promises about people or dates, not about the data served. */
const NOT_MEASURED: Readonly<Record<string, string>> = {
  timetodetect: 'time to detect is an incident-handling promise; observations of the data do not measure it',
  timetonotify: 'time to notify is an incident-handling promise; observations of the data do not measure it',
  timetorepair: 'time to repair is an incident-handling promise; observations of the data do not measure it',
  generalavailability: 'a lifecycle date, not a service level measured over time',
  endofsupport: 'a lifecycle date, not a service level measured over time',
  endoflife: 'a lifecycle date, not a service level measured over time',
};

/** Spellings of the monitored properties, lower-cased (the datacontract CLI writes `freshness` for latency). */
const ALIASES: Readonly<Record<string, MonitoredProperty>> = {
  latency: 'latency',
  freshness: 'latency',
  frequency: 'frequency',
  timeofavailability: 'timeOfAvailability',
  availability: 'availability',
  errorrate: 'errorRate',
  throughput: 'throughput',
  volume: 'throughput',
  retention: 'retention',
};

/** Why a property cannot be monitored: thrown inside derivation, kept on the SLO. */
class Unmonitored extends Error {}

/** The SLO specs of one contract: one per SLA property, in the contract's order; never throws on content. */
export function deriveSlos(contract: SlaSource | null | undefined): SloSpec[] {
  const properties = Array.isArray(contract?.slaProperties) ? contract.slaProperties : [];
  const defaultElement = typeof contract?.slaDefaultElement === 'string' ? contract.slaDefaultElement : undefined;
  return properties.filter((p) => typeof p === 'object' && p !== null).map((p) => deriveSlo(p, defaultElement));
}

/** One SLA property as an SLO; an unknown property or unit gives an unmonitored SLO with the reason. */
export function deriveSlo(sla: OdcsSlaProperty, defaultElement?: string): SloSpec {
  const declared = String(sla.property ?? '').trim();
  const kind = Object.hasOwn(ALIASES, declared.toLowerCase()) ? ALIASES[declared.toLowerCase()] : undefined;
  const property = kind ?? declared;
  const element = typeof sla.element === 'string' && sla.element.trim() !== '' ? sla.element.trim() : defaultElement;
  const base = { property, ...(element ? { element } : {}), windowSeconds: DEFAULT_WINDOW_SECONDS };
  const raw: SloTarget = { value: rawValue(sla.value), unit: typeof sla.unit === 'string' ? sla.unit.trim() : '' };
  if (!kind) {
    const reason = NOT_MEASURED[declared.toLowerCase()] ?? `'${declared}' is not an SLA property the SLA service measures (${MONITORED_PROPERTIES.join(', ')})`;
    return { ...base, target: withDurationIfAny(raw), description: describe(sla, property, element, raw), monitored: false, unmonitoredReason: reason };
  }
  try {
    const target = TARGETS[kind](sla);
    return { ...base, target, description: describe(sla, property, element, target), monitored: true };
  } catch (error) {
    if (!(error instanceof Unmonitored)) throw error;
    return { ...base, target: raw, description: describe(sla, property, element, raw), monitored: false, unmonitoredReason: error.message };
  }
}

const TARGETS: Readonly<Record<MonitoredProperty, (sla: OdcsSlaProperty) => SloTarget>> = {
  latency: (sla) => durationTarget(sla, 'latency'),
  retention: (sla) => durationTarget(sla, 'retention'),
  frequency: frequencyTarget,
  timeOfAvailability: timeOfAvailabilityTarget,
  availability: (sla) => percentTarget(sla, 'availability'),
  errorRate: (sla) => percentTarget(sla, 'errorRate'),
  throughput: throughputTarget,
};

function rawValue(value: unknown): number | string {
  return typeof value === 'number' ? value : String(value ?? '');
}

/** A duration from `value` + `unit` (`4` `h`, `500` `ms`), or an ISO 8601 / simple duration written in `value` (`P1D`, `4h`). */
export function durationSeconds(value: unknown, unit: string | undefined): { value: number | string; unit: string; seconds: number } | undefined {
  const unitText = (unit ?? '').trim();
  if (typeof value === 'number' && MILLISECONDS.test(unitText)) return { value, unit: 'ms', seconds: value / 1000 };
  if (typeof value === 'string' && unitText === '') {
    const ms = /^(\d+(?:\.\d+)?)\s*ms$/i.exec(value.trim());
    if (ms) return { value, unit: 'ms', seconds: Number(ms[1]) / 1000 };
  }
  const text = unitText === '' ? String(value ?? '') : `${String(value ?? '')} ${unitText}`;
  const isoUnit = /^(iso[- ]?8601|duration)$/i.test(unitText);
  const duration = parseDuration(isoUnit ? String(value ?? '') : text);
  if (!duration) return undefined;
  return { value: typeof value === 'number' ? value : String(value), unit: duration.unit, seconds: toSeconds(duration) };
}

function toSeconds(duration: Duration): number {
  return duration.value * SECONDS[duration.unit];
}

function positive(value: unknown, property: string): void {
  if (typeof value === 'number' && !(value > 0)) throw new Unmonitored(`${property} must be greater than zero (got ${value})`);
}

function durationTarget(sla: OdcsSlaProperty, property: string): SloTarget {
  positive(sla.value, property);
  const parsed = durationSeconds(sla.value, sla.unit);
  if (!parsed) throw new Unmonitored(unknownDuration(sla, property));
  if (!(parsed.seconds > 0)) throw new Unmonitored(`${property} must be greater than zero (got ${String(sla.value)})`);
  return { value: parsed.value, unit: parsed.unit, seconds: parsed.seconds };
}

function unknownDuration(sla: OdcsSlaProperty, property: string): string {
  if (sla.unit === undefined && typeof sla.value === 'number') return `${property} ${sla.value} has no unit; give one of d, h, min, s, ms, y or an ISO 8601 duration`;
  if (sla.unit !== undefined && typeof sla.value === 'number') return `unit '${sla.unit}' of ${property} is not a duration unit: use d/day(s), h/hr/hour(s), min/m, s, ms or y/yr/year(s)`;
  return `${property} '${String(sla.value)}${sla.unit ? ` ${sla.unit}` : ''}' is not a duration: use a number with d/day(s), h/hr/hour(s), min/m, s, ms, y/yr/year(s), or an ISO 8601 duration such as P1D or PT4H`;
}

/** The expected interval between updates: a cron `schedule` wins over value and unit, since it is what runs. */
function frequencyTarget(sla: OdcsSlaProperty): SloTarget {
  const scheduler = typeof sla.scheduler === 'string' ? sla.scheduler.trim().toLowerCase() : '';
  if (typeof sla.schedule === 'string' && (scheduler === '' || scheduler === 'cron')) {
    const period = periodOfCron(sla.schedule);
    if (period) return { value: period.value, unit: period.unit, seconds: toSeconds(period) };
    if (sla.value === undefined || sla.value === null) throw new Unmonitored(`the cron schedule '${sla.schedule}' has no fixed period and frequency declares no interval`);
  }
  if (typeof sla.value === 'string' && !sla.unit) {
    const interval = parseInterval(sla.value);
    if (interval) return { value: sla.value, unit: interval.unit, seconds: toSeconds(interval) };
  }
  return durationTarget(sla, 'frequency');
}

/** `06:00:00Z`, `09:00-08:00`, `09:00 UTC`, `09:00` (read as UTC) → the time of day in UTC. */
export function timeOfDayUtc(text: string): string | undefined {
  const match = TIME_OF_DAY.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s, zone] = match;
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = Number(s ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const offset = zoneOffsetMinutes(zone);
  if (offset === undefined) return undefined;
  const total = (((hours * 60 + minutes - offset) % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}:${pad(seconds)}Z`;
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function timeOfAvailabilityTarget(sla: OdcsSlaProperty): SloTarget {
  const text = `${String(sla.value ?? '')}${sla.unit ? ` ${sla.unit}` : ''}`;
  const timeOfDay = timeOfDayUtc(text);
  if (!timeOfDay) throw new Unmonitored(`timeOfAvailability '${text}' is not a time of day such as 06:00:00Z, 09:00-08:00 or 09:00 UTC`);
  return { value: rawValue(sla.value), unit: 'time', timeOfDay };
}

function percentTarget(sla: OdcsSlaProperty, property: string): SloTarget {
  const unit = (sla.unit ?? '%').trim().toLowerCase();
  let value: unknown = sla.value;
  if (typeof value === 'string' && /^\d+(\.\d+)?\s*%$/.test(value.trim())) value = Number(value.trim().replace(/\s*%$/, ''));
  if (!PERCENT_UNITS.has(unit)) throw new Unmonitored(`unit '${sla.unit ?? ''}' of ${property} is not a percentage: use % or percent`);
  if (typeof value !== 'number' || value < 0 || value > 100) throw new Unmonitored(`${property} must be a percentage between 0 and 100 (got ${String(sla.value)})`);
  // Rounded so that 99.9 % reads back as 0.999, not 0.9990000000000001.
  return { value, unit: '%', ratio: Number((value / 100).toPrecision(12)) };
}

/** Rows per run: `value` is the least, `valueExt` the most when given. */
function throughputTarget(sla: OdcsSlaProperty): SloTarget {
  const unit = (sla.unit ?? '').trim().toLowerCase();
  if (!ROW_UNITS.has(unit)) throw new Unmonitored(`unit '${sla.unit ?? ''}' of throughput is not a row count: use rows or records per run`);
  if (typeof sla.value !== 'number' || sla.value < 0) throw new Unmonitored(`throughput must be a number of rows per run (got ${String(sla.value)})`);
  const max = sla.valueExt;
  if (max !== undefined && max !== null && (typeof max !== 'number' || max < sla.value)) throw new Unmonitored(`the most rows per run (valueExt ${String(max)}) must be a number not below the least (${sla.value})`);
  return { value: sla.value, unit: 'rows', ...(typeof max === 'number' ? { max } : {}) };
}

/** An unmonitored property keeps its duration in seconds when it has one (time to detect, to repair). */
function withDurationIfAny(raw: SloTarget): SloTarget {
  if (raw.unit === '') return raw;
  const parsed = durationSeconds(raw.value, raw.unit);
  return parsed ? { value: parsed.value, unit: parsed.unit, seconds: parsed.seconds } : raw;
}

function describe(sla: OdcsSlaProperty, property: string, element: string | undefined, target: SloTarget): string {
  if (typeof sla.description === 'string' && sla.description.trim() !== '') return sla.description.trim();
  const of = element ? ` of ${element}` : '';
  const amount = `${String(target.value)}${target.unit && target.unit !== 'time' && target.unit !== 'rows' ? ` ${target.unit}` : ''}`;
  switch (property) {
    case 'latency':
      return `The newest data${of} is at most ${amount} old.`;
    case 'frequency':
      return `The data${of} is updated at least every ${amount}.`;
    case 'timeOfAvailability':
      return `The data${of} for the day is available by ${target.timeOfDay ?? amount}.`;
    case 'availability':
      return `The port is available ${amount} of the time.`;
    case 'errorRate':
      return `At most ${amount} of the records or runs fail.`;
    case 'throughput':
      return `Each run delivers at least ${amount} rows${target.max !== undefined ? ` and at most ${target.max}` : ''}.`;
    case 'retention':
      return `Records${of} are kept for ${amount}.`;
    default:
      return `${property}: ${amount}${of}.`;
  }
}
