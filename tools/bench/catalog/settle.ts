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
