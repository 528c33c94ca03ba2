import type { Clock } from '../../src/transport';

export type Answer = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

/** A fetch that records each request and answers from a script, one answer per call (the last one repeats). */
export function scriptedFetch(...answers: Answer[]) {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    bodies.push(await request.clone().text());
    const next = answers[Math.min(requests.length - 1, answers.length - 1)];
    const answer = typeof next === 'function' ? await next(request) : next;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  };
  return { requests, bodies, fetchImpl: fetchImpl as typeof fetch };
}

/** Answers only when the request is aborted, as fetch does: by rejecting with the signal's reason. */
export const untilAborted = (request: Request) =>
  new Promise<Response>((_resolve, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason));
  });

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

export const problem = (status: number, code: string, detail: string, errors?: { pointer: string; detail: string }[]) => ({
  type: `https://meshwork.dev/problems/${code.toLowerCase()}`,
  title: 'Failed',
  status,
  detail,
  instance: '/v1/x',
  code,
  ...(errors ? { errors } : {}),
});

/** A clock that never waits: it records the waits and moves time on by them. */
export function fakeClock(start = 1_000_000): Clock & { waits: number[]; advance(ms: number): void } {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

