import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/**
 * Waits until no other statement runs in the database, at most `seconds`: requests that autocannon gave up on keep
 * their queries running in PostgreSQL, and would otherwise slow down the next scenario. Answers the seconds waited.
 */
export async function waitForIdleDatabase(url: string, seconds: number): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    while (Date.now() - started < seconds * 1000) {
      const { rows } = await client.query<{ busy: number }>(
        "SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()",
      );
      if (rows[0].busy === 0) break;
      await sleep(250);
    }
    return (Date.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

/**
 * Where the server runs without autovacuum (as some development servers do), nothing gathers the planner's
 * statistics or marks pages all-visible after seeding; a production server would have done both by the time it
 * is queried. Does what autovacuum would, once, for the catalog's tables, and says so. Answers the seconds taken,
 * or undefined when autovacuum is on.
 */
export async function vacuumIfNoAutovacuum(url: string): Promise<number | undefined> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ autovacuum: string }>("SELECT current_setting('autovacuum') AS autovacuum");
    if (rows[0].autovacuum === 'on') return undefined;
    const started = Date.now();
    const tables = await client.query<{ name: string }>("SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables WHERE schemaname = 'catalog'");
    for (const { name } of tables.rows) await client.query(`VACUUM (ANALYZE) ${name}`);
    return (Date.now() - started) / 1000;
  } finally {
    await client.end();
  }
}
