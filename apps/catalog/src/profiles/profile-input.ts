import type { ProblemFieldError } from '@meshwork/platform';
import { isObject } from '../common/json';
import type { ColumnProfile, ProfileFacts } from '../quality/quality-rules';

export const MAX_COLUMNS = 1000;
const MAX_NAME = 200;
const MAX_TEXT_BOUND = 200;
/** Clocks differ a little; a time further ahead is a mistake. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** A profile checked and ready to store. */
export interface ProfileInput extends ProfileFacts {
  observedAt: string | null;
  runId: string | null;
}

const FIELDS = new Set(['rowCount', 'object', 'observedAt', 'runId', 'columns']);
const COLUMN_FIELDS = new Set(['name', 'nullCount', 'distinctCount', 'min', 'max', 'quantiles']);

class Problems {
  readonly list: ProblemFieldError[] = [];

  add(pointer: string, detail: string): undefined {
    this.list.push({ location: 'body', pointer, detail });
    return undefined;
  }
}

function count(value: unknown, pointer: string, problems: Problems): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  problems.add(pointer, 'must be a non-negative integer');
  return null;
}

function bound(value: unknown, pointer: string, problems: Problems): number | string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.length <= MAX_TEXT_BOUND) return value;
  problems.add(pointer, `must be a finite number or a string of at most ${MAX_TEXT_BOUND} characters`);
  return null;
}

function quantiles(value: unknown, pointer: string, problems: Problems): Record<string, number> | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) return problems.add(pointer, 'must be an object of quantile (0 to 1) → value') ?? null;
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value)) {
    const q = Number(key);
    if (key.trim() === '' || !Number.isFinite(q) || q < 0 || q > 1) problems.add(`${pointer}/${key}`, 'a quantile must be a number from 0 to 1');
    else if (typeof v !== 'number' || !Number.isFinite(v)) problems.add(`${pointer}/${key}`, 'must be a finite number');
    else out[String(q)] = v;
  }
  return out;
}

function column(value: unknown, pointer: string, rowCount: number | null, problems: Problems): ColumnProfile | undefined {
  if (!isObject(value)) return problems.add(pointer, 'a column profile must be a JSON object');
  for (const key of Object.keys(value)) if (!COLUMN_FIELDS.has(key)) problems.add(`${pointer}/${key}`, `property ${key} should not exist`);
  if (typeof value.name !== 'string' || value.name.length < 1 || value.name.length > MAX_NAME) problems.add(`${pointer}/name`, `name must be a string of 1 to ${MAX_NAME} characters`);
  const nullCount = count(value.nullCount, `${pointer}/nullCount`, problems);
  const distinctCount = count(value.distinctCount, `${pointer}/distinctCount`, problems);
  if (rowCount !== null && nullCount !== null && nullCount > rowCount) problems.add(`${pointer}/nullCount`, `must not exceed rowCount (${rowCount})`);
  if (rowCount !== null && distinctCount !== null && distinctCount > rowCount) problems.add(`${pointer}/distinctCount`, `must not exceed rowCount (${rowCount})`);
  return {
    name: String(value.name),
    nullCount,
    nullRatio: nullCount !== null && rowCount !== null && rowCount > 0 ? nullCount / rowCount : null,
    distinctCount,
    min: bound(value.min, `${pointer}/min`, problems),
    max: bound(value.max, `${pointer}/max`, problems),
    quantiles: quantiles(value.quantiles, `${pointer}/quantiles`, problems),
  };
}

/**
 * The body of PUT /v1/ports/{urn}/profile, checked by hand so that the OpenLineage facets (read into the same shape)
 * get the same rules. Returns the profile, or every problem with its JSON pointer under `base`.
 */
export function parseProfile(body: unknown, base = ''): { profile: ProfileInput } | { problems: ProblemFieldError[] } {
  const problems = new Problems();
  if (!isObject(body)) return { problems: [{ location: 'body', pointer: base, detail: 'the profile must be a JSON object' }] };
  for (const key of Object.keys(body)) if (!FIELDS.has(key)) problems.add(`${base}/${key}`, `property ${key} should not exist`);
  const rowCount = count(body.rowCount, `${base}/rowCount`, problems);
  let object: string | null = null;
  if (body.object !== undefined && body.object !== null) {
    if (typeof body.object === 'string' && body.object.length >= 1 && body.object.length <= MAX_NAME) object = body.object;
    else problems.add(`${base}/object`, `object must be a string of 1 to ${MAX_NAME} characters`);
  }
  let observedAt: string | null = null;
  if (body.observedAt !== undefined && body.observedAt !== null) {
    if (typeof body.observedAt !== 'string' || !INSTANT.test(body.observedAt) || Number.isNaN(Date.parse(body.observedAt))) problems.add(`${base}/observedAt`, 'observedAt must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)');
    else if (Date.parse(body.observedAt) > Date.now() + FUTURE_TOLERANCE_MS) problems.add(`${base}/observedAt`, `observedAt must not be more than ${FUTURE_TOLERANCE_MS / 60_000} minutes in the future`);
    else observedAt = new Date(body.observedAt).toISOString();
  }
  let runId: string | null = null;
  if (body.runId !== undefined && body.runId !== null) {
    if (typeof body.runId === 'string' && body.runId.length >= 1 && body.runId.length <= MAX_NAME) runId = body.runId;
    else problems.add(`${base}/runId`, `runId must be a string of 1 to ${MAX_NAME} characters`);
  }
  const columns: ColumnProfile[] = [];
  if (body.columns === undefined) {
    // A profile may carry only the row count.
  } else if (!Array.isArray(body.columns)) {
    problems.add(`${base}/columns`, 'columns must be an array');
  } else if (body.columns.length > MAX_COLUMNS) {
    problems.add(`${base}/columns`, `columns must contain no more than ${MAX_COLUMNS} elements`);
  } else {
    const seen = new Set<string>();
    body.columns.forEach((value, i) => {
      const parsed = column(value, `${base}/columns/${i}`, rowCount, problems);
      if (!parsed) return;
      if (seen.has(parsed.name.toLowerCase())) problems.add(`${base}/columns/${i}/name`, `column ${parsed.name} is profiled twice`);
      seen.add(parsed.name.toLowerCase());
      columns.push(parsed);
    });
  }
  if (rowCount === null && columns.length === 0 && problems.list.length === 0) problems.add(base, 'a profile needs rowCount or at least one column');
  if (problems.list.length > 0) return { problems: problems.list };
  return { profile: { rowCount, object, observedAt, runId, columns } };
}

/**
 * An OpenLineage `dataQualityMetrics` dataset facet (DataQualityMetricsInputDatasetFacet: rowCount, columnMetrics with
 * nullCount, distinctCount, min, max, quantiles) in the shape of a profile body. Members the profile does not keep
 * (bytes, fileCount, sum, count, facet metadata) are left out.
 */
export function profileFromFacet(facet: Record<string, unknown>, runId: string | null, eventTime: string): Record<string, unknown> {
  const metrics = isObject(facet.columnMetrics) ? facet.columnMetrics : {};
  const columns = Object.entries(metrics).map(([name, m]) => {
    const c = isObject(m) ? m : {};
    return Object.fromEntries(Object.entries({ name, nullCount: c.nullCount, distinctCount: c.distinctCount, min: c.min, max: c.max, quantiles: c.quantiles }).filter(([, v]) => v !== undefined));
  });
  return { ...(facet.rowCount !== undefined ? { rowCount: facet.rowCount } : {}), columns, ...(runId !== null ? { runId } : {}), observedAt: eventTime };
}
