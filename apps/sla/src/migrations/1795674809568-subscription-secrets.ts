import { decryptText, encryptText, type PlatformConfig } from '@meshwork/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadSecretKey, secretHint } from '../notifications/subscription-secrets';

function secretKey(): Buffer {
  const env = process.env.NODE_ENV;
  const nodeEnv: PlatformConfig['nodeEnv'] = env === 'production' || env === 'test' ? env : 'development';
  return loadSecretKey(nodeEnv);
}

/** Webhook secrets encrypted at rest (AES-256-GCM under SLA_SECRET_KEY, bound to the subscription's id); events filter and ETag version per subscription. */
export class SubscriptionSecrets1795674809568 implements MigrationInterface {
  name = 'SubscriptionSecrets1795674809568';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ADD \"secret_encrypted\" text");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ADD \"secret_hint\" character varying(8)");
    const rows = (await queryRunner.query("SELECT \"id\", \"secret\" FROM \"sla\".\"subscriptions\" ORDER BY \"id\"")) as { id: string; secret: string }[];
    if (rows.length > 0) {
      const key = secretKey();
      for (const row of rows) {
        await queryRunner.query("UPDATE \"sla\".\"subscriptions\" SET \"secret_encrypted\" = $2, \"secret_hint\" = $3 WHERE \"id\" = $1", [row.id, encryptText(key, row.secret, row.id), secretHint(row.secret)]);
      }
    }
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ALTER COLUMN \"secret_encrypted\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ALTER COLUMN \"secret_hint\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" DROP COLUMN \"secret\"");
    // Subscriptions made before the filter receive both kinds of event, as they did.
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ADD \"events\" jsonb NOT NULL DEFAULT '[\"incident.opened\",\"incident.closed\"]'");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ALTER COLUMN \"events\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ADD \"version\" integer NOT NULL DEFAULT '1'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" DROP COLUMN \"events\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ADD \"secret\" character varying(200)");
    const rows = (await queryRunner.query("SELECT \"id\", \"secret_encrypted\" FROM \"sla\".\"subscriptions\" ORDER BY \"id\"")) as { id: string; secret_encrypted: string }[];
    if (rows.length > 0) {
      const key = secretKey();
      for (const row of rows) await queryRunner.query("UPDATE \"sla\".\"subscriptions\" SET \"secret\" = $2 WHERE \"id\" = $1", [row.id, decryptText(key, row.secret_encrypted, row.id)]);
    }
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" ALTER COLUMN \"secret\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" DROP COLUMN \"secret_hint\"");
    await queryRunner.query("ALTER TABLE \"sla\".\"subscriptions\" DROP COLUMN \"secret_encrypted\"");
  }
}
