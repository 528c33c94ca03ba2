import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessRequestsAndGrants1795656647621 implements MigrationInterface {
  name = 'AccessRequestsAndGrants1795656647621';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"access\".\"access_requests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"state\" character varying(30) NOT NULL, \"requester_id\" character varying(255) NOT NULL, \"consumer_principal_id\" uuid, \"consumer_team\" character varying(63), \"port_urn\" character varying(500) NOT NULL, \"domain\" character varying(63) NOT NULL, \"product\" character varying(63) NOT NULL, \"owner_team_id\" character varying(63) NOT NULL, \"purpose\" text NOT NULL, \"duration_days\" integer NOT NULL, \"fields\" text array, \"first_level_approvers\" text array NOT NULL DEFAULT '{}', \"second_level_approvers\" text array NOT NULL DEFAULT '{}', \"first_approved_by\" character varying(255), \"first_approved_at\" TIMESTAMP WITH TIME ZONE, \"decided_by\" character varying(255), \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_reason\" text, \"grant_id\" uuid, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f89e51c15e3dbea13aa248fe128\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"access_requests_owner_idx\" ON \"access\".\"access_requests\"  (\"owner_team_id\") ");
    await queryRunner.query("CREATE INDEX \"access_requests_port_idx\" ON \"access\".\"access_requests\"  (\"port_urn\") ");
    await queryRunner.query("CREATE TABLE \"access\".\"grants\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"consumer_principal_id\" uuid, \"consumer_team\" character varying(63), \"port_urn\" character varying(500) NOT NULL, \"owner_team_id\" character varying(63) NOT NULL, \"purpose\" text NOT NULL, \"fields\" text array, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"approved_by\" text array NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_by\" character varying(255), \"revoke_reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a25f5f89eff8b3277f7969b7094\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"grants_request_key\" ON \"access\".\"grants\"  (\"request_id\") ");
    await queryRunner.query("CREATE INDEX \"grants_port_idx\" ON \"access\".\"grants\"  (\"port_urn\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"access\".\"grants_port_idx\"");
    await queryRunner.query("DROP INDEX \"access\".\"grants_request_key\"");
    await queryRunner.query("DROP TABLE \"access\".\"grants\"");
    await queryRunner.query("DROP INDEX \"access\".\"access_requests_port_idx\"");
    await queryRunner.query("DROP INDEX \"access\".\"access_requests_owner_idx\"");
    await queryRunner.query("DROP TABLE \"access\".\"access_requests\"");
  }
}
