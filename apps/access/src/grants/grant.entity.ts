import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Time-bound read access to an output port, created by the final approval of a request. */
@Entity({ name: 'grants', schema: 'access' })
@Index('grants_port_idx', ['portUrn'])
@Index('grants_request_key', ['requestId'], { unique: true })
export class GrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'consumer_principal_id', type: 'uuid', nullable: true })
  consumerPrincipalId!: string | null;

  @Column({ name: 'consumer_team', type: 'varchar', length: 63, nullable: true })
  consumerTeam!: string | null;

  @Column({ name: 'port_urn', type: 'varchar', length: 500 })
  portUrn!: string;

  @Column({ name: 'owner_team_id', type: 'varchar', length: 63 })
  ownerTeamId!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', array: true, nullable: true })
  fields!: string[] | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'approved_by', type: 'text', array: true })
  approvedBy!: string[];

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 255, nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
