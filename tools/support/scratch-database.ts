import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startTemporaryPostgres } from '../dev/embedded-pg';

/** DATABASE_URL's server, or a throw-away embedded PostgreSQL when it is not set. */
async function withServer<T>(work: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const pg = await startTemporaryPostgres();
  try {
    return await work(pg.url);
  } finally {
    await pg.stop();
  }
}

/** Runs `work` against a fresh, empty database, dropped afterwards. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  return withServer(async (adminUrl) => {
    const name = `mw_scratch_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
  });
}
