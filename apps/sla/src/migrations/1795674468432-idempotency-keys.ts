import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIdempotencyKeysTable, dropIdempotencyKeysTable } from '@meshwork/platform';

export class IdempotencyKeys1795674468432 implements MigrationInterface {
  name = 'IdempotencyKeys1795674468432';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createIdempotencyKeysTable(queryRunner, 'sla');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropIdempotencyKeysTable(queryRunner, 'sla');
  }
}
