import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, isDatabaseUnavailable } from './unavailable';

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });
const sqlError = (code: string) => Object.assign(new Error(`SQLSTATE ${code}`), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['an unknown host', socketError('ENOTFOUND')],
    ['the pool giving up on a connection', new Error('timeout exceeded when trying to connect')],
    ['a connection ended under a query', new Error('Connection terminated unexpectedly')],
    ['an administrator shutdown (57P01)', sqlError('57P01')],
    ['a server still starting (57P03)', sqlError('57P03')],
    ['too many connections (53300)', sqlError('53300')],
    ['a statement timeout (57014)', sqlError('57014')],
    ['a connection exception (08006)', sqlError('08006')],
    ['a query failed for a lost connection', new QueryFailedError('SELECT 1', [], sqlError('57P01'))],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], sqlError('23505'))],
    ['a syntax error', sqlError('42601')],
    ['a plain error', new Error('something else')],
    ['a failed call to another service', new TypeError('fetch failed', { cause: socketError('ECONNREFUSED') })],
    ['a string', 'ECONNREFUSED'],
    ['undefined', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('databaseUnavailable', () => {
  it('answers 503 UNAVAILABLE with Retry-After for a lost database', () => {
    const error = databaseUnavailable(socketError('ECONNREFUSED'));
    expect(error).toMatchObject({ status: 503, code: 'UNAVAILABLE', headers: { 'retry-after': '5' } });
    expect(error?.detail).toBe('The database cannot be reached; try again later.');
  });

  it('answers nothing for other errors', () => {
    expect(databaseUnavailable(sqlError('23505'))).toBeUndefined();
  });
});
