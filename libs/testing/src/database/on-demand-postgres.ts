import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
// The one copy of the embedded PostgreSQL logic lives with `npm start`, in plain JavaScript outside any nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type EmbeddedPostgres, startTemporaryPostgres } from '../../../../tools/dev/embedded-pg';

/** One embedded PostgreSQL for a jest run, started when the first test asks for a database. */
export interface OnDemandPostgres {
  /** Where workers POST to start the server; the answer is its admin URL. */
  startUrl: string;
  /** Stops the server (if it started) and removes its files. */
  close(): Promise<void>;
}

// Every jest worker boots apps with connection pools of their own at the same time.
const POSTGRES_FLAGS = ['-c', 'max_connections=300'];

/** Listens on 127.0.0.1 for start requests from the test workers. */
export async function serveOnDemandPostgres(): Promise<OnDemandPostgres> {
  let started: Promise<EmbeddedPostgres> | undefined;
  const start = () => (started ??= startTemporaryPostgres({ postgresFlags: POSTGRES_FLAGS }));
  const server = createServer((_req, res) => {
    // One request per test file, seconds apart: a kept-alive socket would be closed by the server just as a worker
    // reuses it (ECONNRESET), so none is kept.
    res.setHeader('connection', 'close');
    start().then(
      (pg) => res.end(pg.url),
      (error: unknown) => res.writeHead(500).end(error instanceof Error ? error.message : String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    startUrl: `http://127.0.0.1:${port}/start`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      const pg = await started?.catch(() => undefined);
      await pg?.stop();
    },
  };
}
