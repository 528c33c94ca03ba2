import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const ACCESS_REQUEST_STATES = ['pending', 'awaiting-second-level', 'approved', 'rejected', 'cancelled'] as const;
export type AccessRequestState = (typeof ACCESS_REQUEST_STATES)[number];
export const OPEN_STATES: readonly AccessRequestState[] = ['pending', 'awaiting-second-level'];

/** A consumer's request to read an output port, and its decision. */
@Entity({ name: 'access_requests', schema: 'access' })
@Index('access_requests_port_idx', ['portUrn'])
@Index('access_requests_owner_idx', ['ownerTeamId'])
export class AccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  state!: AccessRequestState;

  @Column({ name: 'requester_id', type: 'varchar', length: 255 })
  requesterId!: string;

  @Column({ name: 'consumer_principal_id', type: 'uuid', nullable: true })
  consumerPrincipalId!: string | null;

  @Column({ name: 'consumer_team', type: 'varchar', length: 63, nullable: true })
  consumerTeam!: string | null;

  @Column({ name: 'port_urn', type: 'varchar', length: 500 })
  portUrn!: string;

  @Column({ type: 'varchar', length: 63 })
  domain!: string;

  @Column({ type: 'varchar', length: 63 })
  product!: string;

  @Column({ name: 'owner_team_id', type: 'varchar', length: 63 })
  ownerTeamId!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'duration_days', type: 'integer' })
  durationDays!: number;

  @Column({ type: 'text', array: true, nullable: true })
  fields!: string[] | null;

  @Column({ name: 'first_level_approvers', type: 'text', array: true, default: () => "'{}'" })
  firstLevelApprovers!: string[];

  @Column({ name: 'second_level_approvers', type: 'text', array: true, default: () => "'{}'" })
  secondLevelApprovers!: string[];

  @Column({ name: 'first_approved_by', type: 'varchar', length: 255, nullable: true })
  firstApprovedBy!: string | null;

  @Column({ name: 'first_approved_at', type: 'timestamptz', nullable: true })
  firstApprovedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 255, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'grant_id', type: 'uuid', nullable: true })
  grantId!: string | null;

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
