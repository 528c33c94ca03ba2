import type { QueryRunner } from 'typeorm';
import { IDEMPOTENCY_TABLE } from './idempotency.store';

/**
 * Creates `<schema>.idempotency_keys`, the table the platform's Idempotency-Key handling keeps its keys and stored
 * responses in. Each service's migration calls it with its own schema; the table has no entity, so the schema check
 * leaves it alone.
 */
export async function createIdempotencyKeysTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  const table = `"${schema}"."${IDEMPOTENCY_TABLE}"`;
  await queryRunner.query(
    `CREATE TABLE ${table} (` +
      '"principal_id" character varying(300) NOT NULL, ' +
      '"key" character varying(255) NOT NULL, ' +
      '"fingerprint" character(64) NOT NULL, ' +
      '"method" character varying(10) NOT NULL, ' +
      '"path" text NOT NULL, ' +
      '"lock_token" uuid NOT NULL, ' +
      '"locked_at" TIMESTAMP WITH TIME ZONE NOT NULL, ' +
      '"response_status" integer, ' +
      '"response_headers" jsonb, ' +
      '"response_body" bytea, ' +
      '"completed_at" TIMESTAMP WITH TIME ZONE, ' +
      '"created_at" TIMESTAMP WITH TIME ZONE NOT NULL, ' +
      '"expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ' +
      `CONSTRAINT "${IDEMPOTENCY_TABLE}_pkey" PRIMARY KEY ("principal_id", "key"))`,
  );
  await queryRunner.query(`CREATE INDEX "${IDEMPOTENCY_TABLE}_expires_idx" ON ${table} ("expires_at")`);
}

export async function dropIdempotencyKeysTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."${IDEMPOTENCY_TABLE}"`);
}
