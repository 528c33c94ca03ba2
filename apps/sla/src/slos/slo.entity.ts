import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PortEntity } from './port.entity';

export const SLO_SOURCES = ['contract', 'api'] as const;
export type SloSource = (typeof SLO_SOURCES)[number];
export const SLO_STATUSES = ['ok', 'at-risk', 'breached', 'unknown'] as const;
export type SloStatus = (typeof SLO_STATUSES)[number];

/** One objective of an output port: derived from its contract's SLA properties, or added by its owners. */
@Entity({ name: 'slos', schema: 'sla' })
@Index('slos_port_urn_idx', ['portUrn'])
@Index('slos_status_idx', ['status'])
// The evaluator's due-time queue.
@Index('slos_next_due_at_idx', ['nextDueAt'])
// A contract's SLO is derived once per position among the port's live SLOs, however many publishes race (INSERT … ON CONFLICT DO NOTHING).
@Index('slos_contract_position_key', ['portUrn', 'position'], { unique: true, where: `"source" = 'contract' AND "retired_at" IS NULL` })
export class SloEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'port_urn', type: 'varchar', length: 300 })
  portUrn!: string;

  @ManyToOne(() => PortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'port_urn', referencedColumnName: 'urn', foreignKeyConstraintName: 'slos_port_urn_fk' })
  port?: PortEntity;

  /** The SLA property, spelled as in the ODCS periodic table (`latency`, `errorRate`...). */
  @Column({ type: 'varchar', length: 100 })
  property!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  element!: string | null;

  /** The target as declared: a number or a text (`06:00:00Z`, `P1D`). */
  @Column({ name: 'target_value', type: 'jsonb' })
  targetValue!: number | string;

  @Column({ name: 'target_unit', type: 'varchar', length: 50 })
  targetUnit!: string;

  @Column({ name: 'target_seconds', type: 'double precision', nullable: true })
  targetSeconds!: number | null;

  @Column({ name: 'target_ratio', type: 'double precision', nullable: true })
  targetRatio!: number | null;

  @Column({ name: 'target_time_of_day', type: 'varchar', length: 20, nullable: true })
  targetTimeOfDay!: string | null;

  @Column({ name: 'target_max', type: 'double precision', nullable: true })
  targetMax!: number | null;

  @Column({ type: 'boolean' })
  monitored!: boolean;

  @Column({ name: 'unmonitored_reason', type: 'text', nullable: true })
  unmonitoredReason!: string | null;

  @Column({ name: 'window_seconds', type: 'int' })
  windowSeconds!: number;

  @Column({ type: 'text' })
  description!: string;

  /** Index of the SLA property in the contract, so that derived SLOs list and match in the contract's order; null for API SLOs. */
  @Column({ type: 'int', nullable: true })
  position!: number | null;

  @Column({ type: 'varchar', length: 10 })
  source!: SloSource;

  @Column({ type: 'varchar', length: 10, default: 'unknown' })
  status!: SloStatus;

  @Column({ name: 'status_since', type: 'timestamptz' })
  statusSince!: Date;

  /** When the evaluator should look at this SLO next; null until it has. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;

  /** When its port was dropped from the product's published version: no longer evaluated nor listed unless asked; null while live. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Bumped by every change: the SLO's ETag. */
  @Column({ type: 'int', default: 1 })
  version!: number;
}
