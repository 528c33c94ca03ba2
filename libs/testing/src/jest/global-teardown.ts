import { TEST_ENV } from '../database/env';
import { dropRunDatabases } from '../database/test-database';
import { takeEmbedded } from './run-state';

/** Stops the embedded PostgreSQL and removes its files, or drops what this run left on DATABASE_URL's server. */
export default async function globalTeardown(): Promise<void> {
  const embedded = takeEmbedded();
  if (embedded) return embedded.close();
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const runId = process.env[TEST_ENV.runId];
  // Best effort: leftovers exist only when a test skipped drop(), and a run that needed no database must not fail here.
  if (adminUrl && runId) await dropRunDatabases(adminUrl, runId).catch(() => undefined);
}
