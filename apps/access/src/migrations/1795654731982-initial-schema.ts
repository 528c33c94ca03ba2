import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795654731982 implements MigrationInterface {
  name = 'InitialSchema1795654731982';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"access\".\"principals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(20) NOT NULL, \"name\" character varying(63) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"email\" character varying(320), \"global_roles\" text array NOT NULL DEFAULT '{}', \"disabled\" boolean NOT NULL DEFAULT false, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_58c7b420eb803e39d754963719c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"principals_name_key\" ON \"access\".\"principals\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"access\".\"teams\" (\"name\" character varying(63) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"description\" text, \"revision\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_48c0c32e6247a2de155baeaf980\" PRIMARY KEY (\"name\"))");
    await queryRunner.query("CREATE TABLE \"access\".\"memberships\" (\"team_name\" character varying(63) NOT NULL, \"principal_id\" uuid NOT NULL, \"role\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_65ee3197969d955737892b3e56d\" PRIMARY KEY (\"team_name\", \"principal_id\"))");
    await queryRunner.query("CREATE INDEX \"memberships_principal_idx\" ON \"access\".\"memberships\"  (\"principal_id\") ");
    await queryRunner.query("ALTER TABLE \"access\".\"memberships\" ADD CONSTRAINT \"FK_11db544b644e32d9c44dc184b41\" FOREIGN KEY (\"team_name\") REFERENCES \"access\".\"teams\"(\"name\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"access\".\"memberships\" ADD CONSTRAINT \"FK_a423859aad579119341deb5588d\" FOREIGN KEY (\"principal_id\") REFERENCES \"access\".\"principals\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"access\".\"memberships\" DROP CONSTRAINT \"FK_a423859aad579119341deb5588d\"");
    await queryRunner.query("ALTER TABLE \"access\".\"memberships\" DROP CONSTRAINT \"FK_11db544b644e32d9c44dc184b41\"");
    await queryRunner.query("DROP INDEX \"access\".\"memberships_principal_idx\"");
    await queryRunner.query("DROP TABLE \"access\".\"memberships\"");
    await queryRunner.query("DROP TABLE \"access\".\"teams\"");
    await queryRunner.query("DROP INDEX \"access\".\"principals_name_key\"");
    await queryRunner.query("DROP TABLE \"access\".\"principals\"");
  }
}
