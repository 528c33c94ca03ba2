import { createHash } from 'node:crypto';
import { parseUrn } from '@meshwork/descriptors';
import { PlatformError, PlatformErrorCode, type ProblemFieldError } from '@meshwork/platform';
import {
  FUTURE_TOLERANCE_MS,
  MAX_ID,
  MAX_OBSERVATIONS,
  MAX_URN,
  OBSERVATION_KINDS,
  type ObservationKind,
  OPENLINEAGE_EVENT_TYPES,
  type OpenLineageEventType,
} from './dto/observation.dto';

/** At most this many invalid values are listed in a 400; the detail counts the rest. */
export const MAX_LISTED_ERRORS = 100;

/** An observation checked and ready to store: its port's domain found, its id given or derived. */
export interface ParsedObservation {
  portUrn: string;
  domain: string;
  id: string;
  kind: ObservationKind;
  /** ISO 8601 in UTC. */
  at: string;
  rowCount: number | null;
  errorCount: number | null;
  success: boolean | null;
  oldestRecordAt: string | null;
}

const FIELDS = new Set(['portUrn', 'kind', 'at', 'rowCount', 'errorCount', 'success', 'oldestRecordAt', 'id']);
/** ISO 8601 date and time with seconds optional, fractions allowed and a zone required. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** Invalid values found so far: all counted, the first MAX_LISTED_ERRORS kept. */
class Problems {
  readonly listed: ProblemFieldError[] = [];
  count = 0;

  add(pointer: string, detail: string): void {
    this.count++;
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push({ location: 'body', pointer, detail });
  }

  fail(): never {
    const shown = this.listed.map((e) => `${e.pointer}: ${e.detail}`).join('; ');
    const rest = this.count - this.listed.length;
    const detail = rest > 0 ? `Invalid body (${this.count} invalid values, ${rest} more not listed): ${shown}` : `Invalid body: ${shown}`;
    throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, detail, this.listed);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unknownFields(value: Record<string, unknown>, allowed: Set<string>, at: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) problems.add(`${at}/${escape(key)}`, `property ${key} should not exist`);
  }
}

/** Port URN → domain, for the ports a batch names: a few hundred ports among thousands of observations. */
type Domains = Map<string, string>;

/** The domain of a port URN, or undefined after recording why it is not one. Pointers are built only on errors. */
function portDomain(value: unknown, base: string, name: string, domains: Domains, problems: Problems): string | undefined {
  if (typeof value !== 'string') return void problems.add(`${base}/${name}`, `${name} must be a string`);
  const known = domains.get(value);
  if (known !== undefined) return known;
  if (value.length > MAX_URN) return void problems.add(`${base}/${name}`, `${name} must be shorter than or equal to ${MAX_URN} characters`);
  const parsed = parseUrn(value);
  if (parsed?.kind !== 'port') return void problems.add(`${base}/${name}`, `${name} must be an output port URN (urn:meshwork:<domain>:<product>:<port>:v<major>)`);
  domains.set(value, parsed.domain);
  return parsed.domain;
}

/** Date.parse rolls 30 February over into March; this refuses days a month does not have. */
function realDay(text: string): boolean {
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(text.slice(0, 4)), month, 0)).getUTCDate();
}

/** The instant in UTC, or undefined after recording why it is not one, or why it is too far ahead. */
function instant(value: unknown, base: string, name: string, now: number, problems: Problems): string | undefined {
  const ms = typeof value === 'string' && INSTANT.test(value) && realDay(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) return void problems.add(`${base}/${name}`, `${name} must be an ISO 8601 date-time with a zone (e.g. 2026-11-26T04:00:00Z)`);
  if (ms > now + FUTURE_TOLERANCE_MS) return void problems.add(`${base}/${name}`, `${name} must not be more than ${FUTURE_TOLERANCE_MS / 60_000} minutes in the future`);
  // Already in UTC with milliseconds (what most clients send): kept as is rather than formatted again.
  const text = value as string;
  return text.length === 24 && text.charCodeAt(23) === 90 && text.charCodeAt(10) === 84 ? text : new Date(ms).toISOString();
}

function count(value: unknown, base: string, name: string, problems: Problems): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  problems.add(`${base}/${name}`, `${name} must be a non-negative integer`);
  return null;
}

function flag(value: unknown, base: string, problems: Problems): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  problems.add(`${base}/success`, 'success must be a boolean');
  return null;
}

function givenId(value: unknown, base: string, problems: Problems): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return void problems.add(`${base}/id`, 'id must be a string');
  if (value.length < 1) problems.add(`${base}/id`, 'id must be longer than or equal to 1 characters');
  if (value.length > MAX_ID) problems.add(`${base}/id`, `id must be shorter than or equal to ${MAX_ID} characters`);
  return value;
}

/**
 * The id of an observation sent without one: a hash of everything it says, so that the same observation sent again
 * (a retried batch) is recognised, whatever the order or the spelling of its instants.
 */
export function contentId(o: Omit<ParsedObservation, 'id' | 'domain'>): string {
  const content = JSON.stringify([o.portUrn, o.kind, o.at, o.rowCount, o.errorCount, o.success, o.oldestRecordAt]);
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

function observation(value: unknown, index: number, now: number, domains: Domains, problems: Problems): ParsedObservation | undefined {
  const at = `/observations/${index}`;
  if (!isObject(value)) return void problems.add(at, 'an observation must be a JSON object');
  const before = problems.count;
  unknownFields(value, FIELDS, at, problems);
  const domain = portDomain(value.portUrn, at, 'portUrn', domains, problems);
  const kind = value.kind as ObservationKind;
  if (kind !== 'refresh' && kind !== 'run' && kind !== 'check') problems.add(`${at}/kind`, `kind must be one of the following values: ${OBSERVATION_KINDS.join(', ')}`);
  const when = instant(value.at, at, 'at', now, problems);
  const rowCount = count(value.rowCount, at, 'rowCount', problems);
  const errorCount = count(value.errorCount, at, 'errorCount', problems);
  const success = flag(value.success, at, problems);
  const oldest = value.oldestRecordAt === undefined || value.oldestRecordAt === null ? null : instant(value.oldestRecordAt, at, 'oldestRecordAt', now, problems);
  const id = givenId(value.id, at, problems);
  if (problems.count > before || domain === undefined || when === undefined || oldest === undefined) return undefined;
  const parsed: ParsedObservation = { portUrn: value.portUrn as string, domain, id: '', kind, at: when, rowCount, errorCount, success, oldestRecordAt: oldest };
  parsed.id = id ?? contentId(parsed);
  return parsed;
}

/**
 * The body of POST /v1/observations, checked by hand rather than by class-validator: pipelines send thousands of
 * observations at once, and the generic pipe costs more than storing them. A batch is valid as a whole or refused,
 * listing the first MAX_LISTED_ERRORS invalid values with JSON pointers. `now` is the service clock's, in ms.
 */
export function parseObservationBatch(body: unknown, now: number): ParsedObservation[] {
  const problems: Problems = new Problems();
  if (!isObject(body)) {
    problems.add('', 'the body must be a JSON object');
    problems.fail();
  }
  unknownFields(body, new Set(['observations']), '', problems);
  const { observations } = body;
  if (!Array.isArray(observations)) {
    problems.add('/observations', 'observations must be an array');
    problems.fail();
  }
  if (observations.length < 1) problems.add('/observations', 'observations must contain at least 1 elements');
  if (observations.length > MAX_OBSERVATIONS) problems.add('/observations', `observations must contain no more than ${MAX_OBSERVATIONS} elements`);
  if (problems.count > 0) problems.fail();
  const domains: Domains = new Map();
  const parsed = observations.map((o, i) => observation(o, i, now, domains, problems));
  if (problems.count > 0) problems.fail();
  return parsed as ParsedObservation[];
}

const OPENLINEAGE_FIELDS = new Set(['portUrn', 'eventType', 'eventTime', 'runId']);
const MAX_RUN_ID = MAX_ID - 40;

/**
 * The body of POST /v1/observations/openlineage as observations: COMPLETE is a refresh and a successful run, FAIL a
 * failed run. Their ids are made of the run id and the event type, so a forwarded event sent again is ignored.
 */
export function parseOpenLineageEvent(body: unknown, now: number): ParsedObservation[] {
  const problems: Problems = new Problems();
  if (!isObject(body)) {
    problems.add('', 'the body must be a JSON object');
    problems.fail();
  }
  unknownFields(body, OPENLINEAGE_FIELDS, '', problems);
  const domain = portDomain(body.portUrn, '', 'portUrn', new Map(), problems);
  const eventType = body.eventType as OpenLineageEventType;
  if (!(OPENLINEAGE_EVENT_TYPES as readonly unknown[]).includes(eventType)) problems.add('/eventType', `eventType must be one of the following values: ${OPENLINEAGE_EVENT_TYPES.join(', ')}`);
  const at = instant(body.eventTime, '', 'eventTime', now, problems);
  const { runId } = body;
  if (typeof runId !== 'string' || runId.length < 1 || runId.length > MAX_RUN_ID) problems.add('/runId', `runId must be a string of 1 to ${MAX_RUN_ID} characters`);
  if (problems.count > 0 || domain === undefined || at === undefined) problems.fail();
  const base = { portUrn: body.portUrn as string, domain, at, rowCount: null, errorCount: null, oldestRecordAt: null };
  const id = `openlineage:${runId as string}:${eventType}`;
  if (eventType === 'FAIL') return [{ ...base, id: `${id}:run`, kind: 'run', success: false }];
  return [
    { ...base, id: `${id}:refresh`, kind: 'refresh', success: true },
    { ...base, id: `${id}:run`, kind: 'run', success: true },
  ];
}
