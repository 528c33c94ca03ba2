export interface EmbeddedPostgresOptions {
  /** Cluster directory; initialised when it holds no cluster yet. */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Password of the `postgres` role, set when the cluster is initialised. */
  password: string;
  /** Extra initdb flags (first start only). */
  initdbFlags?: string[];
  /** Extra postgres flags, e.g. `['-c', 'fsync=off']`. */
  postgresFlags?: string[];
  /** Progress messages meant for a person. */
  onLog?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** Admin URL: `postgres://postgres:…@127.0.0.1:<port>/postgres`. */
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Server log of this start. */
  logFile: string;
  /** True when this start initialised the cluster. */
  created: boolean;
  /** Fast shutdown; resolves once the server has exited. */
  stop(): Promise<void>;
}

/**
 * Initialises the cluster when needed and starts PostgreSQL on 127.0.0.1 (TCP only), detached from the terminal.
 * Rejects with `code: 'EADDRINUSE'` when the port is taken.
 */
export function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres>;
/** A throw-away cluster (no durability) in a fresh temporary directory, on a free port; stop() also deletes it. */
export function startTemporaryPostgres(options?: { postgresFlags?: string[] }): Promise<EmbeddedPostgres>;
/** Whether nothing listens on host:port (host defaults to 127.0.0.1). */
export function isPortFree(port: number, host?: string): Promise<boolean>;
/** A port that was free a moment ago. */
export function findFreePort(): Promise<number>;
