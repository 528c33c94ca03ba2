import { MeshError } from './problem';

/** Time for the SDK: waits and token expiry. Injectable so that tests need not wait. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** Retry and backoff settings. */
export interface RetryPolicy {
  /** Retries after the first attempt (not counting the one retry after a refreshed token). */
  retries: number;
  /** First backoff; doubles with each retry, with full jitter between half and all of it. */
  baseDelayMs: number;
  /** Longest wait between two attempts, Retry-After included. */
  maxDelayMs: number;
}

/** Adds the Authorization header; `refresh` drops a cached token after a 401 and says whether a retry may help. */
export interface Authenticator {
  header(): Promise<string | undefined>;
  refresh(): boolean;
}

export interface TransportOptions {
  fetch?: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  auth?: Authenticator;
  userAgent?: string;
  clock: Clock;
  random: () => number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const KEYED_METHODS = new Set(['POST', 'PATCH']);
const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);

/** What was sent for an answer, and after how many attempts (openapi-fetch hands back only the Response). */
export interface SentRequest {
  method: string;
  url: string;
  attempts: number;
}

const sentByResponse = new WeakMap<Response, SentRequest>();

export function sentRequestOf(response: Response): SentRequest | undefined {
  return sentByResponse.get(response);
}

/** A fresh Idempotency-Key: a v4 UUID from the platform's Web Crypto. */
export function newIdempotencyKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (!crypto?.randomUUID) throw new Error('globalThis.crypto.randomUUID is not available: use Node >= 20 or a browser in a secure context.');
  return crypto.randomUUID();
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: attempt 1 waits base/2..base, attempt 2 base..2·base, and so on, capped. */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Frees the connection of an answer that will not be read (not awaited: a tee'd body settles only with its twin). */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** A 409 for a key whose first request is still running: the service asks to come back (Retry-After). */
async function isKeyInProgress(response: Response, headers: Headers): Promise<boolean> {
  if (response.status !== 409 || !headers.has('idempotency-key')) return false;
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return body.code === 'IDEMPOTENCY_KEY_IN_PROGRESS';
  } catch {
    return false;
  }
}

class TimeoutSignal {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly unlink: () => void;
  private readonly aborted: Promise<never>;

  constructor(timeoutMs: number, caller: AbortSignal | null) {
    this.aborted = new Promise<never>((_resolve, reject) => this.controller.signal.addEventListener('abort', () => reject(this.controller.signal.reason), { once: true }));
    this.aborted.catch(() => undefined);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    const forward = () => this.controller.abort(caller?.reason);
    if (caller?.aborted) forward();
    caller?.addEventListener('abort', forward, { once: true });
    this.unlink = () => caller?.removeEventListener('abort', forward);
  }

  /**
   * The fetch's answer, or the abort (timeout or caller) as soon as it happens: a fetch that does not reject when its
   * request is aborted cannot hold the call past its timeout. A late answer is discarded.
   */
  race(pending: Promise<Response>): Promise<Response> {
    pending.then(
      (late) => {
        if (this.controller.signal.aborted) discard(late);
      },
      () => undefined,
    );
    return Promise.race([pending, this.aborted]);
  }

  done(): void {
    clearTimeout(this.timer);
    this.unlink();
  }
}

/**
 * The fetch every SDK client goes through: authorization, an Idempotency-Key on each POST and PATCH (the same one on
 * every retry; a caller's own key wins), a timeout per attempt, and retries with backoff for requests that are safe to
 * repeat (GET, HEAD, PUT, DELETE, and anything carrying an Idempotency-Key) on network errors, timeouts and 408, 429,
 * 502, 503, 504 (and a 409 IDEMPOTENCY_KEY_IN_PROGRESS of a keyed request), honouring Retry-After. Other HTTP answers are returned as they are; network errors and timeouts throw
 * MeshError.
 */
export function createTransport(options: TransportOptions): typeof fetch {
  return async function meshFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const original = input instanceof Request && init === undefined ? input : new Request(input, init);
    const method = original.method.toUpperCase();
    const headers = new Headers(original.headers);
    if (KEYED_METHODS.has(method) && !headers.has('idempotency-key')) headers.set('idempotency-key', newIdempotencyKey());
    if (options.userAgent && !headers.has('user-agent')) headers.set('user-agent', options.userAgent);
    const repeatable = SAFE_METHODS.has(method) || headers.has('idempotency-key');
    const body = original.body === null ? undefined : await original.arrayBuffer();
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const callerAuthorization = headers.has('authorization');
    let refreshed = false;
    let retries = 0;
    for (let attempt = 1; ; attempt++) {
      original.signal.throwIfAborted();
      const authorization = callerAuthorization ? undefined : await options.auth?.header();
      if (authorization) headers.set('authorization', authorization);
      const signal = new TimeoutSignal(options.timeoutMs, original.signal);
      let response: Response;
      try {
        response = await signal.race(fetchImpl(new Request(original.url, { method, headers, body, signal: signal.controller.signal, redirect: original.redirect, credentials: original.credentials })));
      } catch (error) {
        if (original.signal.aborted) throw error;
        const kind = signal.timedOut ? 'timeout' : 'network';
        if (repeatable && retries < options.retry.retries) {
          retries++;
          await options.clock.sleep(backoffMs(retries, options.retry, options.random), original.signal);
          continue;
        }
        throw new MeshError({ kind, method, url: original.url, attempts: attempt, cause: error });
      } finally {
        signal.done();
      }
      if (response.status === 401 && !refreshed && !callerAuthorization && options.auth?.refresh()) {
        refreshed = true;
        discard(response);
        continue;
      }
      if (repeatable && retries < options.retry.retries && (RETRYABLE_STATUSES.has(response.status) || (await isKeyInProgress(response, headers)))) {
        retries++;
        const asked = retryAfterMs(response.headers.get('retry-after'), options.clock.now());
        const wait = Math.min(options.retry.maxDelayMs, asked ?? backoffMs(retries, options.retry, options.random));
        discard(response);
        await options.clock.sleep(wait, original.signal);
        continue;
      }
      sentByResponse.set(response, { method, url: original.url, attempts: attempt });
      return response;
    }
  };
}
