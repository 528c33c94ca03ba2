import { retryOnConflict } from './database';

const pgError = (code: string) => Object.assign(new Error(code), { driverError: { code } });

describe('retryOnConflict', () => {
  it.each(['40P01', '40001'])('runs the work again after error %s', async (code) => {
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls += 1;
      if (calls < 3) throw pgError(code);
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => {
      calls += 1;
      throw pgError('40P01');
    }, 2)).rejects.toThrow('40P01');
    expect(calls).toBe(2);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => {
      calls += 1;
      throw pgError('23505');
    })).rejects.toThrow('23505');
    expect(calls).toBe(1);
  });
});
