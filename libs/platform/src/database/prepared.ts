import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** Distinct statements prepared per process at most; others run unprepared, so a connection's plans stay few. */
export const MAX_PREPARED_STATEMENTS = 256;

const names = new Map<string, string>();

/** The name a statement is prepared under, or undefined once the limit is reached. */
export function preparedName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `mw_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read-only statement outside any transaction as a named prepared statement: PostgreSQL parses it once per
 * connection and, once its plans prove not to depend on the values, plans it once too. Fit for statements whose
 * best plan is the same whatever the values (an ordered index read, a lookup by key); statements whose plan
 * depends on the values (text search selectivity) belong in `dataSource.query`.
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const name = preparedName(text);
  if (name === undefined) return dataSource.query(text, values);
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
