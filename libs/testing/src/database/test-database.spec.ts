import { connect, withClient } from './pg-client';
import { createTestDatabase, testAdminUrl, type TestDatabase } from './test-database';

async function databaseExists(name: string): Promise<boolean> {
  const { rows } = await withClient(await testAdminUrl(), (client) => client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
  return rows.length === 1;
}

describe('createTestDatabase', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });

  afterAll(async () => {
    await Promise.all([first.drop(), second.drop()]);
  });

  it('creates a uniquely named database that answers queries at its URL', async () => {
    expect(first.name).toMatch(/^mw_test_[0-9a-f]+_[0-9a-f]{8}$/);
    expect(first.name).not.toBe(second.name);
    const { rows } = await withClient(first.url, (client) => client.query<{ db: string; one: number }>('SELECT current_database() AS db, 1 AS one'));
    expect(rows).toEqual([{ db: first.name, one: 1 }]);
  });

  it('keeps two databases isolated', async () => {
    await withClient(first.url, (client) => client.query('CREATE TABLE only_in_first (id int)'));
    const { rows } = await withClient(second.url, (client) => client.query("SELECT to_regclass('only_in_first') AS found"));
    expect(rows).toEqual([{ found: null }]);
  });

  it('drops the database even while a client is still connected', async () => {
    const db = await createTestDatabase();
    const client = await connect(db.url);
    await db.drop();
    expect(await databaseExists(db.name)).toBe(false);
    await expect(client.query('SELECT 1')).rejects.toThrow();
    await client.end().catch(() => undefined);
  });

  it('lets drop() run twice', async () => {
    const db = await createTestDatabase();
    await db.drop();
    await expect(db.drop()).resolves.toBeUndefined();
  });
});
