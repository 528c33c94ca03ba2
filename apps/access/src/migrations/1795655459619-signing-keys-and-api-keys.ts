import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SigningKeysAndApiKeys1795655459619 implements MigrationInterface {
  name = 'SigningKeysAndApiKeys1795655459619';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"access\".\"api_keys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"principal_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"secret_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_5c8a79801b44bd27b79228e1dad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"api_keys_principal_idx\" ON \"access\".\"api_keys\"  (\"principal_id\") ");
    await queryRunner.query("CREATE TABLE \"access\".\"signing_keys\" (\"kid\" character varying(64) NOT NULL, \"public_jwk\" jsonb NOT NULL, \"private_jwk_encrypted\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"retired_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_13362ac3e792c69417e1a53d355\" PRIMARY KEY (\"kid\"))");
    await queryRunner.query("ALTER TABLE \"access\".\"api_keys\" ADD CONSTRAINT \"FK_4ce092a301a20a62390a6342347\" FOREIGN KEY (\"principal_id\") REFERENCES \"access\".\"principals\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"access\".\"api_keys\" DROP CONSTRAINT \"FK_4ce092a301a20a62390a6342347\"");
    await queryRunner.query("DROP TABLE \"access\".\"signing_keys\"");
    await queryRunner.query("DROP INDEX \"access\".\"api_keys_principal_idx\"");
    await queryRunner.query("DROP TABLE \"access\".\"api_keys\"");
  }
}
