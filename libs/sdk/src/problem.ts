import type { components } from './generated/catalog';

/** RFC 9457 problem details, as every Meshwork service answers errors. */
export type Problem = components['schemas']['ProblemResponseDto'];

/** One invalid value of a problem, with the JSON pointer to it. */
export type ProblemFieldError = components['schemas']['ProblemFieldErrorDto'];

export type MeshErrorKind = 'http' | 'network' | 'timeout';

export interface MeshErrorInit {
  kind: MeshErrorKind;
  method: string;
  url: string;
  operation?: string;
  attempts: number;
  status?: number;
  problem?: Problem;
  /** The body of an HTTP error that is not a problem document (text, or parsed JSON). */
  body?: unknown;
  cause?: unknown;
}

/**
 * The one error the SDK throws for a failed call: an HTTP error answer (`kind: 'http'`, with `status` and the parsed
 * `problem`), a request that could not reach the service (`'network'`), or one that took longer than the timeout
 * (`'timeout'`). `attempts` counts every try, retries included.
 */
export class MeshError extends Error {
  override readonly name = 'MeshError';
  readonly kind: MeshErrorKind;
  readonly status?: number;
  readonly problem?: Problem;
  readonly body?: unknown;
  readonly method: string;
  readonly url: string;
  readonly operation?: string;
  readonly attempts: number;

  constructor(init: MeshErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.attempts = init.attempts;
    if (init.operation !== undefined) this.operation = init.operation;
    if (init.status !== undefined) this.status = init.status;
    if (init.problem !== undefined) this.problem = init.problem;
    if (init.body !== undefined) this.body = init.body;
  }

  /** The problem's `code` (e.g. `PRODUCT_NOT_FOUND`), when the service sent one. */
  get code(): string | undefined {
    return this.problem?.code;
  }

  /** The invalid values the service listed, each with its JSON pointer (empty when there are none). */
  get fieldErrors(): ProblemFieldError[] {
    return this.problem?.errors ?? [];
  }

  /** The same error, named after the operation that failed. */
  withOperation(operation: string): MeshError {
    if (this.operation === operation) return this;
    return new MeshError({ ...this.init(), operation });
  }

  private init(): MeshErrorInit {
    return {
      kind: this.kind,
      method: this.method,
      url: this.url,
      operation: this.operation,
      attempts: this.attempts,
      status: this.status,
      problem: this.problem,
      body: this.body,
      cause: this.cause,
    };
  }
}

function describe(init: MeshErrorInit): string {
  const call = `${init.operation ? `${init.operation} (${init.method} ${init.url})` : `${init.method} ${init.url}`}`;
  const tries = init.attempts > 1 ? ` after ${init.attempts} attempts` : '';
  if (init.kind === 'timeout') return `${call} timed out${tries}`;
  if (init.kind === 'network') return `${call} could not reach the service${tries}: ${causeMessage(init.cause)}`;
  const problem = init.problem;
  if (!problem) return `${call} answered ${init.status ?? 'an error'}${tries}`;
  const fields = (problem.errors ?? []).slice(0, 5).map((e) => `${e.pointer || '/'}: ${e.detail}`);
  const more = (problem.errors?.length ?? 0) > fields.length ? `; and ${(problem.errors?.length ?? 0) - fields.length} more` : '';
  const details = fields.length ? ` (${fields.join('; ')}${more})` : '';
  return `${call} answered ${problem.status} ${problem.code ?? problem.title}: ${problem.detail}${details}${tries}`;
}

function causeMessage(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : '';
  return `${cause.message}${inner}`;
}

/** The problem document of an error body, when it is one (an object with a numeric status and a title). */
export function parseProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const candidate = body as Partial<Problem>;
  if (typeof candidate.status !== 'number' || typeof candidate.title !== 'string') return undefined;
  return candidate as Problem;
}

/** A MeshError for an HTTP error answer whose body has been read (openapi-fetch's `error`). */
export function httpError(sent: { method: string; url: string; attempts: number }, status: number, body: unknown, operation?: string): MeshError {
  const problem = parseProblem(body);
  return new MeshError({
    kind: 'http',
    ...sent,
    status,
    ...(operation ? { operation } : {}),
    ...(problem ? { problem } : body === undefined || body === '' ? {} : { body }),
  });
}
