import { randomBytes } from 'node:crypto';
import { TEST_DATABASE_PREFIX, TEST_ENV } from './env';
import { withClient } from './pg-client';

/** A database of its own for one test file. */
export interface TestDatabase {
  /** Connection URL of this database. */
  url: string;
  name: string;
  /** Terminates its connections and drops it. */
  drop(): Promise<void>;
}

const runId = process.env[TEST_ENV.runId] ?? randomBytes(4).toString('hex');
let embeddedAdminUrl: Promise<string> | undefined;

/** Creates a uniquely named, empty database on the test server. Call drop() when done (afterAll). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = await testAdminUrl();
  const name = `${TEST_DATABASE_PREFIX}${runId}_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return { url: withDatabase(adminUrl, name), name, drop: () => dropDatabase(adminUrl, name) };
}

/** Admin URL of the server that holds the test databases; starts the embedded one on first use. */
export function testAdminUrl(): Promise<string> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (adminUrl) return Promise.resolve(adminUrl);
  const startUrl = process.env[TEST_ENV.startUrl];
  if (startUrl) return (embeddedAdminUrl ??= requestStart(startUrl));
  if (process.env.DATABASE_URL) return Promise.resolve(process.env.DATABASE_URL);
  return Promise.reject(new Error('No PostgreSQL for tests: run jest with a config that spreads jest.preset.js, or set DATABASE_URL.'));
}

/** Drops every database this jest run created and left behind. */
export async function dropRunDatabases(adminUrl: string, run: string): Promise<void> {
  const prefix = `${TEST_DATABASE_PREFIX}${run}_`;
  const { rows } = await withClient(adminUrl, (client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]),
  );
  for (const { datname } of rows) await dropDatabase(adminUrl, datname);
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function requestStart(startUrl: string): Promise<string> {
  const res = await postRetried(startUrl, 3);
  const body = await res.text();
  if (!res.ok) throw new Error(`The embedded PostgreSQL for tests did not start: ${body}`);
  return body;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The start request, sent again when its connection fails (the server is local: a failure is a dropped socket). */
async function postRetried(url: string, attempts: number): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { method: 'POST' });
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
