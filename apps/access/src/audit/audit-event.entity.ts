import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One entry of the append-only, hash-chained audit log. Rows are inserted, never updated or deleted. */
@Entity({ name: 'audit_events', schema: 'access' })
@Index('audit_events_occurred_idx', ['occurredAt'])
@Index('audit_events_actor_idx', ['actor'])
@Index('audit_events_resource_idx', ['resource'])
export class AuditEventEntity {
  /** Position in the chain: 1, 2, 3… without gaps. bigint comes back from PostgreSQL as a string. */
  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 255 })
  actor!: string;

  @Column({ type: 'varchar', length: 63 })
  action!: string;

  @Column({ type: 'varchar', length: 500 })
  resource!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: string;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ name: 'source_ip', type: 'varchar', length: 64, nullable: true })
  sourceIp!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
