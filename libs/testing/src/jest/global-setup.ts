import { randomBytes } from 'node:crypto';
import { TEST_ENV } from '../database/env';
import { type OnDemandPostgres, serveOnDemandPostgres } from '../database/on-demand-postgres';
import { keepEmbedded } from './run-state';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Points the workers at DATABASE_URL, or at an embedded PostgreSQL that starts when a test first needs it. */
export default async function globalSetup(): Promise<void> {
  process.env[TEST_ENV.runId] = randomBytes(4).toString('hex');
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    process.env[TEST_ENV.adminUrl] = databaseUrl;
    return;
  }
  const embedded = await serveOnDemandPostgres();
  process.env[TEST_ENV.startUrl] = embedded.startUrl;
  const unhook = stopOnSignals(embedded);
  keepEmbedded({
    ...embedded,
    close: async () => {
      unhook();
      await embedded.close();
    },
  });
}

/** The server runs detached from the terminal, so an interrupted run must stop it itself. */
function stopOnSignals(embedded: OnDemandPostgres): () => void {
  const unhooks = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const stop = () => void embedded.close().finally(() => process.exit(code));
    process.once(signal, stop);
    return () => process.removeListener(signal, stop);
  });
  return () => unhooks.forEach((unhook) => unhook());
}
