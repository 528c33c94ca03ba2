import { PlatformError, PlatformErrorCode, type ProblemFieldError } from '@meshwork/platform';
import { DECISION_ACTIONS, type DecisionCheckDto, MAX_BATCH } from './decision.dto';

/** UUIDs as class-validator's IsUUID accepts them elsewhere in the API: versions 1 to 8, nil and max. */
const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;
const CHECK_FIELDS = new Set(['principalId', 'action', 'resource', 'purpose']);
const MAX_RESOURCE = 500;
const MAX_PURPOSE = 2000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(errors: ProblemFieldError[], pointer: string, name: string, value: unknown, max: number): value is string {
  if (typeof value !== 'string') {
    errors.push({ location: 'body', pointer, detail: `${name} must be a string` });
    return false;
  }
  if (value.length < 1) errors.push({ location: 'body', pointer, detail: `${name} must be longer than or equal to 1 characters` });
  if (value.length > max) errors.push({ location: 'body', pointer, detail: `${name} must be shorter than or equal to ${max} characters` });
  return true;
}

function check(value: unknown, at: string, errors: ProblemFieldError[]): DecisionCheckDto | undefined {
  if (!isObject(value)) {
    errors.push({ location: 'body', pointer: at, detail: 'a check must be a JSON object' });
    return undefined;
  }
  const before = errors.length;
  for (const key of Object.keys(value)) {
    if (!CHECK_FIELDS.has(key)) errors.push({ location: 'body', pointer: `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, detail: `property ${key} should not exist` });
  }
  const { principalId, action, resource, purpose } = value;
  if (typeof principalId !== 'string' || !UUID.test(principalId)) errors.push({ location: 'body', pointer: `${at}/principalId`, detail: 'principalId must be a UUID' });
  if (!(DECISION_ACTIONS as readonly unknown[]).includes(action)) {
    errors.push({ location: 'body', pointer: `${at}/action`, detail: `action must be one of the following values: ${DECISION_ACTIONS.join(', ')}` });
  }
  if (text(errors, `${at}/resource`, 'resource', resource, MAX_RESOURCE) && !resource.startsWith('urn:meshwork:')) {
    errors.push({ location: 'body', pointer: `${at}/resource`, detail: 'resource must be a Meshwork URN (urn:meshwork:…)' });
  }
  if (purpose !== undefined && purpose !== null) text(errors, `${at}/purpose`, 'purpose', purpose, MAX_PURPOSE);
  if (errors.length > before) return undefined;
  return purpose === undefined || purpose === null ? { principalId, action, resource } as DecisionCheckDto : ({ principalId, action, resource, purpose } as DecisionCheckDto);
}

function fail(errors: ProblemFieldError[]): never {
  throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid body: ${errors.map((e) => `${e.pointer}: ${e.detail}`).join('; ')}`, errors);
}

/**
 * The body of POST /v1/decisions, checked by hand rather than by class-validator: this route is on every data read
 * of the mesh, and the generic pipe costs more than the decision itself. Same rules and messages as the DTO documents.
 */
export function parseDecisionCheck(body: unknown): DecisionCheckDto {
  const errors: ProblemFieldError[] = [];
  const parsed = check(body, '', errors);
  if (!parsed) fail(errors.length > 0 ? errors : [{ location: 'body', pointer: '', detail: 'the body must be a JSON object' }]);
  return parsed;
}

/** The body of POST /v1/decisions/batch: `{ checks: [...] }` with 1 to MAX_BATCH checks. */
export function parseDecisionBatch(body: unknown): DecisionCheckDto[] {
  const errors: ProblemFieldError[] = [];
  if (!isObject(body)) fail([{ location: 'body', pointer: '', detail: 'the body must be a JSON object' }]);
  for (const key of Object.keys(body)) {
    if (key !== 'checks') errors.push({ location: 'body', pointer: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, detail: `property ${key} should not exist` });
  }
  const { checks } = body;
  if (!Array.isArray(checks)) {
    errors.push({ location: 'body', pointer: '/checks', detail: 'checks must be an array' });
    fail(errors);
  }
  if (checks.length < 1) errors.push({ location: 'body', pointer: '/checks', detail: 'checks must contain at least 1 elements' });
  if (checks.length > MAX_BATCH) errors.push({ location: 'body', pointer: '/checks', detail: `checks must contain no more than ${MAX_BATCH} elements` });
  if (errors.length > 0) fail(errors);
  const parsed = checks.map((c, i) => check(c, `/checks/${i}`, errors));
  if (errors.length > 0) fail(errors);
  return parsed as DecisionCheckDto[];
}
