/** Units of the SLA values we write: y, mo, d, h, min (the demo contract's unit; "m" could be months), s. */
export type DurationUnit = 'y' | 'mo' | 'd' | 'h' | 'min' | 's';

/** An amount of time as an ODCS SLA property writes it: `value: 25, unit: h`. */
export interface Duration {
  value: number;
  unit: DurationUnit;
}

const SECONDS: Readonly<Record<'d' | 'h' | 'min' | 's', number>> = { d: 86_400, h: 3_600, min: 60, s: 1 };

const UNIT_WORDS: Readonly<Record<string, { unit: DurationUnit; factor: number }>> = {
  s: { unit: 's', factor: 1 },
  sec: { unit: 's', factor: 1 },
  second: { unit: 's', factor: 1 },
  m: { unit: 'min', factor: 1 },
  min: { unit: 'min', factor: 1 },
  minute: { unit: 'min', factor: 1 },
  h: { unit: 'h', factor: 1 },
  hr: { unit: 'h', factor: 1 },
  hour: { unit: 'h', factor: 1 },
  d: { unit: 'd', factor: 1 },
  day: { unit: 'd', factor: 1 },
  w: { unit: 'd', factor: 7 },
  wk: { unit: 'd', factor: 7 },
  week: { unit: 'd', factor: 7 },
  mo: { unit: 'mo', factor: 1 },
  month: { unit: 'mo', factor: 1 },
  y: { unit: 'y', factor: 1 },
  yr: { unit: 'y', factor: 1 },
  year: { unit: 'y', factor: 1 },
};

const AMOUNT = String.raw`(\d+(?:\.\d+)?)`;
const ISO_DATE_PART = `(?:${AMOUNT}Y)?(?:${AMOUNT}M)?(?:${AMOUNT}W)?(?:${AMOUNT}D)?`;
const ISO_TIME_PART = `(?:T(?:${AMOUNT}H)?(?:${AMOUNT}M)?(?:${AMOUNT}S)?)?`;
const ISO_DURATION = new RegExp(`^P${ISO_DATE_PART}${ISO_TIME_PART}$`, 'i');
const SIMPLE_DURATION = /^(?:every\s+)?(\d+(?:\.\d+)?)?\s*([a-z]+?)s?$/i;

/**
 * Reads the durations of DCS service levels: ISO 8601 (`P1Y`, `PT1H`, `P1DT12H`) and simple ones (`25h`, `1 year`,
 * `30d`, `24 hours`, `every 15 minutes`). Weeks become days; a mix of calendar (years, months) and clock parts
 * (days and less) has no single unit and is not read. Undefined when the text is not a duration.
 */
export function parseDuration(text: string): Duration | undefined {
  const trimmed = text.trim();
  return parseIsoDuration(trimmed) ?? parseSimpleDuration(trimmed);
}

function parseIsoDuration(text: string): Duration | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const amounts = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const [years, months, weeks, days, hours, minutes, seconds] = amounts;
  const hasCalendar = years !== undefined || months !== undefined;
  const clock: [number | undefined, 'd' | 'h' | 'min' | 's', number][] = [
    [weeks, 'd', 7],
    [days, 'd', 1],
    [hours, 'h', 1],
    [minutes, 'min', 1],
    [seconds, 's', 1],
  ];
  const clockParts = clock.filter(([amount]) => amount !== undefined);
  if (hasCalendar && clockParts.length > 0) return undefined;
  if (hasCalendar && months === undefined) return { value: years ?? 0, unit: 'y' };
  if (hasCalendar) return { value: (years ?? 0) * 12 + (months ?? 0), unit: 'mo' };
  return inSmallestUnit(clockParts.map(([amount, unit, factor]) => ({ value: (amount ?? 0) * factor, unit })));
}

function inSmallestUnit(parts: { value: number; unit: 'd' | 'h' | 'min' | 's' }[]): Duration | undefined {
  if (parts.length === 0) return undefined;
  const smallest = parts.reduce((unit, part) => (SECONDS[part.unit] < SECONDS[unit] ? part.unit : unit), parts[0].unit);
  const total = parts.reduce((sum, part) => sum + part.value * SECONDS[part.unit], 0);
  return { value: total / SECONDS[smallest], unit: smallest };
}

function parseSimpleDuration(text: string): Duration | undefined {
  const match = SIMPLE_DURATION.exec(text);
  if (!match) return undefined;
  const word = match[2].toLowerCase();
  const known = Object.hasOwn(UNIT_WORDS, word) ? UNIT_WORDS[word] : undefined;
  if (!known || (match[1] === undefined && !text.toLowerCase().startsWith('every'))) return undefined;
  return { value: Number(match[1] ?? 1) * known.factor, unit: known.unit };
}

const INTERVAL_WORDS: Readonly<Record<string, Duration>> = {
  hourly: { value: 1, unit: 'h' },
  daily: { value: 1, unit: 'd' },
  weekly: { value: 7, unit: 'd' },
  monthly: { value: 1, unit: 'mo' },
  quarterly: { value: 3, unit: 'mo' },
  yearly: { value: 1, unit: 'y' },
  annually: { value: 1, unit: 'y' },
};

/** A DCS frequency interval: a word (`daily`, `hourly`, `weekly`...) or a duration (`6h`, `PT15M`). */
export function parseInterval(text: string): Duration | undefined {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(INTERVAL_WORDS, word) ? INTERVAL_WORDS[word] : parseDuration(text);
}

const NUMBER = /^\d+$/;
const STEP = /^\*\/(\d+)$/;

/**
 * The period of the simple cron schedules (5 fields): `M H * * *` daily, `M * * * *` hourly, `M H * * D` weekly,
 * `M H D * *` monthly, `*\/N * * * *` every N minutes, `M *\/N * * *` every N hours. Undefined for anything else.
 */
export function periodOfCron(expression: string): Duration | undefined {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;
  if (month !== '*') return undefined;
  const fixed = (field: string) => NUMBER.test(field);
  const everyDay = dayOfMonth === '*' && dayOfWeek === '*';
  if (STEP.test(minute) && hour === '*' && everyDay) return { value: Number(STEP.exec(minute)?.[1]), unit: 'min' };
  if (!fixed(minute)) return undefined;
  if (STEP.test(hour) && dayOfMonth === '*' && dayOfWeek === '*') return { value: Number(STEP.exec(hour)?.[1]), unit: 'h' };
  if (hour === '*' && dayOfMonth === '*' && dayOfWeek === '*') return { value: 1, unit: 'h' };
  if (!fixed(hour)) return undefined;
  if (dayOfMonth === '*' && dayOfWeek === '*') return { value: 1, unit: 'd' };
  if (dayOfMonth === '*' && fixed(dayOfWeek)) return { value: 7, unit: 'd' };
  if (fixed(dayOfMonth) && dayOfWeek === '*') return { value: 1, unit: 'mo' };
  return undefined;
}
