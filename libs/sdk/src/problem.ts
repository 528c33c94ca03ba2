import type { components } from './generated/catalog';

/** RFC 9457 problem details, as every Meshwork service answers errors. */
export type Problem = components['schemas']['ProblemResponseDto'];

/** Thrown by `unwrap` when a call fails: carries the problem document the service sent. */
export class MeshworkProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem ? `${problem.status} ${problem.code}: ${problem.detail}` : `HTTP ${status}`);
  }
}

/** Returns `data` of a successful call or throws MeshworkProblemError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw new MeshworkProblemError(response.status, error as Problem | undefined);
}
