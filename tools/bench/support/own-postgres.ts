/**
 * A PostgreSQL of one's own (embedded, throw-away, on a free port) that a fault test may stop and start again on the
 * same port and data, unlike the shared server other tests use.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The one copy of the embedded PostgreSQL logic lives with `npm start`, in plain JavaScript outside any nx project.
import { type EmbeddedPostgres, findFreePort, startEmbeddedPostgres } from '../../dev/embedded-pg';

const PASSWORD = 'meshwork-faults';
const FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'];

export class OwnPostgres {
  private server?: EmbeddedPostgres;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** Initialises a cluster in a fresh temporary directory and starts it. */
  static async start(): Promise<OwnPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-own-pg-'));
    // As root, PostgreSQL runs as the `postgres` user, which must get through this directory.
    chmodSync(dir, 0o711);
    const pg = new OwnPostgres(dir, await findFreePort());
    await pg.resume();
    return pg;
  }

  /** The admin URL (database `postgres`). */
  get url(): string {
    return `postgres://postgres:${PASSWORD}@127.0.0.1:${this.port}/postgres`;
  }

  /** Fast shutdown: every connection is closed, and the port refuses new ones. */
  async halt(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }

  /** Starts the server again on the same port and data. */
  async resume(): Promise<void> {
    if (this.server) return;
    this.server = await startEmbeddedPostgres({ dataDir: join(this.dir, 'data'), port: this.port, password: PASSWORD, initdbFlags: ['--no-sync'], postgresFlags: FLAGS });
  }

  /** Stops the server and deletes its files. */
  async dispose(): Promise<void> {
    await this.halt();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
