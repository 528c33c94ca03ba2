import { createHash } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';

// TypeORM takes entity and migration classes as plain constructors.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = Function[];

/** What a service declares about its own persistence: one schema, its entities, its migrations. */
export interface ServiceDatabase {
  schema: string;
  entities: ClassList;
  migrations: ClassList;
  /** PostgreSQL settings for every connection of the service, e.g. a trigram similarity threshold. */
  sessionSettings?: Record<string, string>;
}

/** Connections a service's pool holds at most, unless MESHWORK_DB_POOL_SIZE says otherwise. */
export const DATABASE_POOL_SIZE = 10;

/**
 * Bounds that keep a request from hanging on a database that is away: a pooled connection is handed out (or a new one
 * made) within `connectMs` or the request answers 503; a statement runs at most `statementMs`; TCP
 * keep-alive notices a peer that vanished without closing its sockets.
 */
export const DATABASE_TIMEOUTS = { connectMs: 5_000, statementMs: 60_000 } as const;

function connectionOptions(settings: Record<string, string>): string | undefined {
  const entries = Object.entries(settings);
  return entries.length === 0 ? undefined : entries.map(([name, value]) => `-c ${name}=${value}`).join(' ');
}

/** The service's connection pool: its session settings, and the bounds that make a lost database a quick 503. */
export function dataSourceOptions(url: string, db: ServiceDatabase, applicationName: string, poolSize = DATABASE_POOL_SIZE): DataSourceOptions {
  const settings = { statement_timeout: String(DATABASE_TIMEOUTS.statementMs), ...db.sessionSettings };
  return {
    ...migrationDataSourceOptions(url, db, applicationName),
    extra: { max: poolSize, options: connectionOptions(settings), connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs, keepAlive: true },
  };
}

/** Like dataSourceOptions, without a statement timeout: a migration (or the wait for another replica's) may run long. */
export function migrationDataSourceOptions(url: string, db: ServiceDatabase, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    schema: db.schema,
    entities: db.entities,
    migrations: db.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName,
    extra: { max: 3, options: connectionOptions(db.sessionSettings ?? {}), connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs, keepAlive: true },
  };
}

/** Advisory lock key derived from the schema name, so replicas of one service migrate one at a time. */
function lockKey(schema: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`meshwork:migrate:${schema}`).digest('hex').slice(0, 16)}`)).toString();
}

/** Creates the service's schema and applies pending migrations; safe with N replicas starting at once. */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [lockKey(schema)]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [lockKey(schema)]).catch(() => undefined);
    await runner.release();
  }
}

/** Brings the service's schema up to date through a connection of its own, then opens the service's DataSource. */
export async function openDatabase(url: string, db: ServiceDatabase, applicationName: string, poolSize = DATABASE_POOL_SIZE): Promise<DataSource> {
  const migrator = new DataSource(migrationDataSourceOptions(url, db, `${applicationName}-migrations`));
  await migrator.initialize();
  try {
    await migrate(migrator, db.schema);
  } finally {
    await migrator.destroy();
  }
  const dataSource = new DataSource(dataSourceOptions(url, db, applicationName, poolSize));
  await dataSource.initialize();
  return dataSource;
}

/** SQL that the entities need but the migrations do not create: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

const RETRYABLE = new Set(['40P01', '40001']);

/** Runs a transaction again when PostgreSQL aborted it for a deadlock or a serialization failure. */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}
