import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls every 200 ms until `check` answers something other than undefined; fails with `what` after the deadline.
 * With `retryErrors`, a check that throws (a service being down, say) counts as not yet.
 */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, deadlineMs: number, options: { retryErrors?: boolean } = {}): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await (options.retryErrors ? check().catch(() => undefined) : check());
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs / 1000} s`);
    await sleep(200);
  }
}
