// pg ships no type declarations and @types/pg is not a dependency: type the little used here.
export interface PgClient {
  connect(): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}

type PgClientClass = new (config: { connectionString: string }) => PgClient;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg') as { Client: PgClientClass };

/** An open pg client; the caller ends it. */
export async function connect(url: string): Promise<PgClient> {
  const client = new Client({ connectionString: url });
  // An idle client whose server goes away emits 'error'; the next query reports it instead.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Runs `work` with a fresh client, ended afterwards. */
export async function withClient<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
