import { MAX_ATTEMPTS, retryDelayMs } from './backoff';

describe('retry backoff', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [9, 256_000],
    [10, 300_000],
    [20, 300_000],
    [1000, 300_000],
  ])('waits after failed attempt %i for %i ms', (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });

  it('gives up after 10 attempts', () => {
    expect(MAX_ATTEMPTS).toBe(10);
  });
});
