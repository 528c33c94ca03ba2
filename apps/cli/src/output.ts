import { MeshError } from '@meshwork/sdk';
import { CliError, ExitCode } from './exit-codes';

export type OutputFormat = 'json' | 'text';

/** Rows as aligned columns (the last column is not padded). */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd());
}

/** The exit status of an error: a refused request is a failed check, an unreachable or failing mesh is not. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof MeshError) return error.kind === 'http' && error.status !== undefined && error.status < 500 ? ExitCode.FAILED : ExitCode.UNAVAILABLE;
  return ExitCode.UNAVAILABLE;
}

/** "status title: detail" and the field errors with their pointers, for an HTTP error; the cause for the others. */
export function describeMeshError(error: MeshError): string[] {
  const problem = error.problem;
  if (error.kind === 'http' && problem) {
    const code = problem.code ? ` (${problem.code})` : '';
    const head = `${problem.status} ${problem.title}: ${problem.detail ?? ''}`.trimEnd();
    return [`${head}${code}`, ...error.fieldErrors.map((e) => `  ${e.pointer || '/'}: ${e.detail}`)];
  }
  if (error.kind === 'http') {
    const body = typeof error.body === 'string' ? error.body : error.body === undefined ? '' : JSON.stringify(error.body);
    return [`${error.status ?? 'HTTP error'} from ${error.method} ${error.url}${body ? `: ${body.slice(0, 500)}` : ''}`];
  }
  return [error.message];
}

function hintOf(error: unknown): string | undefined {
  if (error instanceof CliError) return error.hint;
  if (error instanceof MeshError && error.kind !== 'http') return 'Is the mesh running and reachable? Set its address with --url, MESHWORK_URL or MESHWORK_<SERVICE>_URL.';
  if (error instanceof MeshError && error.status === 401) return 'The credentials were refused: run `meshwork login`, or check MESHWORK_API_KEY / MESHWORK_TOKEN.';
  return undefined;
}

/** The error as the user reads it: text lines, or one JSON document (on standard error in both cases). */
export function renderError(error: unknown, format: OutputFormat): string {
  const hint = hintOf(error);
  if (format === 'json') return `${JSON.stringify({ error: errorJson(error), exitCode: exitCodeOf(error) }, null, 2)}\n`;
  const lines = error instanceof MeshError ? describeMeshError(error) : [error instanceof Error ? error.message : String(error)];
  const [first, ...rest] = lines;
  return `${[`error: ${first}`, ...rest, ...(hint ? [`hint: ${hint}`] : [])].join('\n')}\n`;
}

function errorJson(error: unknown): Record<string, unknown> {
  if (error instanceof MeshError) {
    return { kind: error.kind, message: error.message, ...(error.status !== undefined ? { status: error.status } : {}), ...(error.problem ? { problem: error.problem } : {}) };
  }
  if (error instanceof CliError) return { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  return { message: error instanceof Error ? error.message : String(error) };
}
