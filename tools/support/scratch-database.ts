import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../dev/embedded-pg';

/** DATABASE_URL's server, or a throw-away embedded PostgreSQL when it is not set. */
async function withServer<T>(work: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const dir = await mkdtemp(join(tmpdir(), 'meshwork-scratch-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, which must get through this directory.
  await chmod(dir, 0o711);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await findFreePort(), password: randomBytes(16).toString('hex'), initdbFlags: ['--no-sync'], postgresFlags: ['-c', 'fsync=off'] });
  try {
    return await work(pg.url);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
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
