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

function connectionOptions(settings: Record<string, string> | undefined): string | undefined {
  const entries = Object.entries(settings ?? {});
  return entries.length === 0 ? undefined : entries.map(([name, value]) => `-c ${name}=${value}`).join(' ');
}

export function dataSourceOptions(url: string, db: ServiceDatabase, applicationName: string): DataSourceOptions {
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
    extra: { max: 10, options: connectionOptions(db.sessionSettings) },
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

/** Opens a DataSource for the service and brings its schema up to date. */
export async function openDatabase(url: string, db: ServiceDatabase, applicationName: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, db, applicationName));
  await dataSource.initialize();
  try {
    await migrate(dataSource, db.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
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
