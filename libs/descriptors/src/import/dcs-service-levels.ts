import type { OdcsCustomProperty, OdcsSlaProperty } from '../model/odcs.types';
import { customProperty } from './custom-properties';
import { parseDuration, parseInterval, periodOfCron, type Duration } from './durations';
import { compact, entriesOf, recordOf, stringOf, type JsonObject } from './read-values';

/** DCS `servicelevels` in ODCS v3.1: SLA properties, and custom properties for what has no SLA property. */
export interface MappedServiceLevels {
  slaProperties: OdcsSlaProperty[];
  customProperties: OdcsCustomProperty[];
}

type LevelMapper = (level: JsonObject, path: string, notes: string[]) => MappedServiceLevels;

/**
 * Maps DCS service levels to ODCS SLA properties (ids named after the DCS level):
 * - availability.percentage "99.9%" → `availability` 99.9 percent;
 * - retention.period → `retention` value + unit, element = timestampField;
 * - latency.threshold → `latency` value + unit, element = sourceTimestampField (what the delay is measured from);
 * - freshness.threshold → `latency` too (ODCS lists latency "preferred to freshness"), id `freshness`,
 *   element = timestampField, so it stays apart from a DCS latency;
 * - frequency.interval (or a simple cron) → `frequency` value + unit, cron → `scheduler: cron` + `schedule`;
 * - support and backup, and whatever else, have no SLA property in ODCS: custom properties.
 * Durations are read as y, mo, d, h, min or s; one that cannot be read is kept as text without unit.
 */
export function mapDcsServiceLevels(servicelevels: unknown, notes: string[]): MappedServiceLevels {
  const mapped = entriesOf(servicelevels).map(([name, level]) => {
    const path = `servicelevels.${name}`;
    const mapper = Object.hasOwn(MAPPERS, name) ? MAPPERS[name] : undefined;
    if (!mapper) return { slaProperties: [], customProperties: [customProperty(name, level, path, notes)] };
    return mapper(recordOf(level) ?? {}, path, notes);
  });
  return {
    slaProperties: mapped.flatMap((each) => each.slaProperties),
    customProperties: mapped.flatMap((each) => each.customProperties),
  };
}

const MAPPERS: Readonly<Record<string, LevelMapper>> = {
  availability: (level, path, notes) => {
    const percentage = /^(\d+(?:\.\d+)?)%$/.exec(stringOf(level['percentage'])?.trim() ?? '');
    const availability = percentage ? { property: 'availability', value: Number(percentage[1]), unit: 'percent' } : undefined;
    const slaProperties = availability ? [sla('availability', level, availability)] : [];
    return levelResult(slaProperties, level, ['percentage'], path, 'availability', notes);
  },
  retention: (level, path, notes) => {
    const slaProperties = durationSla('retention', 'retention', level, 'period', stringOf(level['timestampField']), path, notes);
    return levelResult(slaProperties, level, ['period', 'timestampField'], path, 'retention', notes);
  },
  latency: (level, path, notes) => {
    const element = stringOf(level['sourceTimestampField']);
    const slaProperties = durationSla('latency', 'latency', level, 'threshold', element, path, notes);
    return levelResult(slaProperties, level, ['threshold', 'sourceTimestampField'], path, 'latency', notes);
  },
  freshness: (level, path, notes) => {
    const described = { ...level, description: level['description'] ?? 'Freshness: the maximum age of the youngest row.' };
    const element = stringOf(level['timestampField']);
    const slaProperties = durationSla('freshness', 'latency', described, 'threshold', element, path, notes);
    return levelResult(slaProperties, level, ['threshold', 'timestampField'], path, 'freshness', notes);
  },
  frequency: (level, path, notes) => {
    return levelResult(frequencyOf(level, path, notes), level, ['interval', 'cron'], path, 'frequency', notes);
  },
  support: (level, path, notes) => ({
    slaProperties: [],
    customProperties: [
      ...optional('supportHours', level['time'], `${path}.time`, notes, stringOf(level['description'])),
      ...optional('supportResponseTime', level['responseTime'], `${path}.responseTime`, notes),
      ...rest(level, ['time', 'responseTime', ...(level['time'] === undefined ? [] : ['description'])], path, 'support', notes),
    ],
  }),
  backup: (level, path, notes) => ({ slaProperties: [], customProperties: [customProperty('backup', level, path, notes)] }),
};

// An SLA property whose value is the duration in member `member` of the level, when the level has one.
function durationSla(
  id: string,
  property: string,
  level: JsonObject,
  member: string,
  element: string | undefined,
  path: string,
  notes: string[],
): OdcsSlaProperty[] {
  const text = stringOf(level[member]);
  if (text === undefined) return [];
  return [sla(id, level, { property, ...durationOf(text, `${path}.${member}`, notes), element })];
}

// The level's description goes with its SLA property; a level that gave none keeps it among the custom properties.
function levelResult(
  slaProperties: OdcsSlaProperty[],
  level: JsonObject,
  read: string[],
  path: string,
  name: string,
  notes: string[],
): MappedServiceLevels {
  const alsoRead = slaProperties.length > 0 ? ['description'] : [];
  return { slaProperties, customProperties: rest(level, [...read, ...alsoRead], path, name, notes) };
}

function sla(id: string, level: JsonObject, property: OdcsSlaProperty): OdcsSlaProperty {
  return compact({ id, ...property, description: stringOf(level['description']) });
}

function durationOf(text: string, path: string, notes: string[]): { value: number | string; unit?: Duration['unit'] } {
  const duration = parseDuration(text);
  if (duration) return duration;
  notes.push(`${path}: "${text}" is not a duration we read, kept as text without unit`);
  return { value: text };
}

// A frequency needs a period: the interval, else the period of a simple cron; a cron is also kept as the schedule.
function frequencyOf(level: JsonObject, path: string, notes: string[]): OdcsSlaProperty[] {
  const interval = stringOf(level['interval']);
  const cron = stringOf(level['cron']);
  if (interval === undefined && cron === undefined) return [];
  const fromInterval = interval === undefined ? undefined : parseInterval(interval);
  const period = fromInterval ?? (cron === undefined ? undefined : periodOfCron(cron));
  const schedule = cron === undefined ? {} : { scheduler: 'cron', schedule: cron };
  if (period) return [sla('frequency', level, { property: 'frequency', value: period.value, unit: period.unit, ...schedule })];
  const source = interval === undefined ? `cron "${cron}"` : `interval "${interval}"`;
  notes.push(`${path}: no period could be read from ${source}, frequency value left null`);
  return [sla('frequency', level, { property: 'frequency', value: null, ...schedule })];
}

function optional(property: string, value: unknown, path: string, notes: string[], description?: string): OdcsCustomProperty[] {
  return value === undefined || value === null ? [] : [customProperty(property, value, path, notes, description)];
}

// Members of a level that no SLA property holds, named after the level:
// latency.processedTimestampField → latencyProcessedTimestampField.
function rest(level: JsonObject, read: string[], path: string, name: string, notes: string[]): OdcsCustomProperty[] {
  return Object.entries(level)
    .filter(([key, value]) => !read.includes(key) && value !== undefined && value !== null)
    .map(([key, value]) => customProperty(`${name}${capitalised(key)}`, value, `${path}.${key}`, notes));
}

function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
