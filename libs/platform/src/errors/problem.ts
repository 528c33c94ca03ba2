/** One invalid input, located by an RFC 6901 JSON pointer into the request. */
export interface ProblemFieldError {
  /** Where the invalid input was: the body (default), a query or path parameter, or a header. */
  location?: 'body' | 'query' | 'path' | 'header';
  pointer: string;
  detail: string;
}

/** RFC 9457 problem details, as every service answers errors. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId?: string;
  errors?: ProblemFieldError[];
}

/** How a code maps to HTTP: each service's exhaustive switch returns one of these. */
export interface ProblemSpec {
  status: number;
  title: string;
}

export function problemType(code: string): string {
  return `https://meshwork.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

/** Makes a switch exhaustive: a new error code without a mapping does not compile. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
