import { MAX_PREPARED_STATEMENTS, preparedName } from './prepared';

describe('preparedName', () => {
  it('names a statement by its text, the same name each time', () => {
    const name = preparedName('SELECT 1 AS one');
    expect(name).toMatch(/^mw_[\w-]{24}$/);
    expect(preparedName('SELECT 1 AS one')).toBe(name);
    expect(preparedName('SELECT 2 AS two')).not.toBe(name);
  });

  it('stops naming new statements at the limit, so that they run unprepared', () => {
    for (let i = 0; i < MAX_PREPARED_STATEMENTS; i++) preparedName(`SELECT ${i} AS n`);
    expect(preparedName('SELECT 1 AS one')).toBeDefined();
    expect(preparedName('SELECT 99999 AS late')).toBeUndefined();
  });
});
