import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventTables, dropEventTables } from '@meshwork/platform';

export class EventFeed1795676555245 implements MigrationInterface {
  name = 'EventFeed1795676555245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createEventTables(queryRunner, 'access');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'access');
  }
}
