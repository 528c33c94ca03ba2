import type { QueryRunner } from 'typeorm';
import { EVENTS_TABLE, FEED_CURSORS_TABLE } from './event-feed';

/**
 * Creates `<schema>.events` (the transactional outbox the service's feed reads) and `<schema>.feed_cursors` (where the
 * service's consumers keep their position in other services' feeds). Neither has an entity: the schema check leaves
 * them alone.
 */
export async function createEventTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const events = `"${schema}"."${EVENTS_TABLE}"`;
  await queryRunner.query(
    `CREATE TABLE ${events} (` +
      '"id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, ' +
      '"tx_id" xid8 NOT NULL DEFAULT pg_current_xact_id(), ' +
      '"type" character varying(200) NOT NULL, ' +
      '"source" character varying(100) NOT NULL, ' +
      '"subject" character varying(500) NOT NULL, ' +
      '"time" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), ' +
      '"data" jsonb NOT NULL, ' +
      `CONSTRAINT "${EVENTS_TABLE}_pkey" PRIMARY KEY ("id"))`,
  );
  // Readers page in (transaction, id) order; retention removes by time.
  await queryRunner.query(`CREATE INDEX "${EVENTS_TABLE}_position_idx" ON ${events} ("tx_id", "id")`);
  await queryRunner.query(`CREATE INDEX "${EVENTS_TABLE}_time_idx" ON ${events} ("time")`);
  await queryRunner.query(
    `CREATE TABLE "${schema}"."${FEED_CURSORS_TABLE}" (` +
      '"feed" character varying(200) NOT NULL, ' +
      '"cursor" character varying(100) NOT NULL, ' +
      '"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ' +
      `CONSTRAINT "${FEED_CURSORS_TABLE}_pkey" PRIMARY KEY ("feed"))`,
  );
}

export async function dropEventTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}"."${FEED_CURSORS_TABLE}"`);
  await queryRunner.query(`DROP TABLE "${schema}"."${EVENTS_TABLE}"`);
}
