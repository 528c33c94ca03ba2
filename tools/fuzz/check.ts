/** What every answer must be: no 5xx, a documented status, problem+json for errors, the documented schema. */
import type { Operation, ResponseSchemas } from './openapi';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const PROBLEM = 'application/problem+json';
/** Answers to a path that reaches no route: not found, or the body refused before routing (unreadable, too large, wrong type). */
const ROUTE_STATUSES = [400, 404, 405, 413, 415];

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function problemShape(value: unknown, status: number): string | undefined {
  if (typeof value !== 'object' || value === null) return 'the problem document is not an object';
  const problem = value as Record<string, unknown>;
  for (const field of ['type', 'title', 'detail'] as const) if (typeof problem[field] !== 'string' || problem[field] === '') return `the problem document has no ${field}`;
  if (problem.status !== status) return `the problem document's status ${String(problem.status)} is not the answer's ${status}`;
  return undefined;
}

/**
 * The reasons an answer breaks the contract of the operation that served it; empty when it keeps it. `op` is undefined
 * when the path as sent (dot segments resolved, a raw `/` or `?` in a parameter) matches no operation of the service.
 */
export function check(op: Operation | undefined, answer: Answer, schemas: ResponseSchemas): string[] {
  const { status } = answer;
  if (status >= 500) return [`${status}: ${answer.text.slice(0, 300)}`];
  const type = mediaType(answer.contentType);
  const parsed = type === 'application/json' || type === PROBLEM ? parse(answer.text) : undefined;
  if (parsed && !parsed.ok) return [`${status} ${type} whose body is not JSON: ${answer.text.slice(0, 200)}`];
  const body = parsed?.ok ? parsed.value : undefined;
  const problems: string[] = [];
  if (status >= 400) {
    if (type !== PROBLEM) return [`${status} answered as "${answer.contentType}", not ${PROBLEM}: ${answer.text.slice(0, 200)}`];
    const shape = problemShape(body, status);
    if (shape) problems.push(`${status}: ${shape}`);
  }
  const code = (body as { code?: unknown } | undefined)?.code;
  if (!op) {
    if (!ROUTE_STATUSES.includes(status)) problems.push(`${status} (${String(code ?? type)}) for a path that no operation serves (expected ${ROUTE_STATUSES.join(', ')})`);
    return problems;
  }
  const documented = op.responses[String(status)];
  if (!documented) {
    problems.push(`${status} (${String(code ?? type)}) is not a documented answer of ${op.method} ${op.path} (documented: ${Object.keys(op.responses).join(', ')})`);
    return problems;
  }
  if (documented.length === 0 || status === 204 || status === 304) return problems;
  if (!documented.includes(type)) return [...problems, `${status} answered as "${type}", documented as ${documented.join(', ')}`];
  if (!type.endsWith('json') || type.includes('ndjson')) return problems;
  const validate = schemas.validator(op, String(status), type);
  if (!validate(body)) problems.push(`${status} breaks its documented schema: ${schemas.errorsText(validate)}`);
  return problems;
}

function templatePattern(path: string): RegExp {
  const escaped = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]+')}$`);
}

/** Finds the operation that serves a method and path, as the router would: the one with the most literal characters wins. */
export class OperationIndex {
  private readonly entries: { op: Operation; pattern: RegExp; literal: number }[];

  constructor(operations: Operation[]) {
    this.entries = operations.map((op) => ({ op, pattern: templatePattern(op.path), literal: op.path.replace(/\{[^}]+\}/g, '').length }));
  }

  find(method: string, pathname: string): Operation | undefined {
    const matching = this.entries.filter((e) => e.op.method === method && e.pattern.test(pathname)).sort((a, b) => b.literal - a.literal);
    return matching[0]?.op;
  }
}
