import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProbeEntity } from './probe.entity';

export const PROBE_TRIGGERS = ['schedule', 'manual'] as const;
export type ProbeTrigger = (typeof PROBE_TRIGGERS)[number];

/** One run of a probe. */
@Entity({ name: 'probe_results', schema: 'sla' })
@Index('probe_results_probe_idx', ['probeId', 'at'])
// One result per scheduled due time, whichever replica ran it.
@Index('probe_results_scheduled_key', ['probeId', 'scheduledFor'], { unique: true, where: '"scheduled_for" IS NOT NULL' })
export class ProbeResultEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'probe_id', type: 'uuid' })
  probeId!: string;

  @ManyToOne(() => ProbeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'probe_id', foreignKeyConstraintName: 'probe_results_probe_id_fk' })
  probe?: ProbeEntity;

  @Column({ type: 'varchar', length: 10 })
  trigger!: ProbeTrigger;

  /** The due time a scheduled run was for; null for a run asked through the API. */
  @Column({ name: 'scheduled_for', type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  /** When the run started. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'boolean' })
  success!: boolean;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'latency_ms', type: 'int', nullable: true })
  latencyMs!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  /** The id of the check observation recorded for the port; null when the URL was refused and nothing was measured. */
  @Column({ name: 'observation_id', type: 'varchar', length: 200, nullable: true })
  observationId!: string | null;
}
