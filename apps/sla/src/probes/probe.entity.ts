import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PortEntity } from '../slos/port.entity';

export const PROBE_METHODS = ['GET', 'HEAD'] as const;
export type ProbeMethod = (typeof PROBE_METHODS)[number];

/** An HTTP probe of an output port's management URL: each run is a check counted for the port's availability. */
@Entity({ name: 'probes', schema: 'sla' })
@Index('probes_port_urn_idx', ['portUrn', 'createdAt'])
// The prober's due-time queue: enabled probes only.
@Index('probes_due_idx', ['nextDueAt'], { where: '"enabled"' })
export class ProbeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'port_urn', type: 'varchar', length: 300 })
  portUrn!: string;

  @ManyToOne(() => PortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'port_urn', referencedColumnName: 'urn', foreignKeyConstraintName: 'probes_port_urn_fk' })
  port?: PortEntity;

  /** The management port of the product the URL was read from; null for a URL given directly. */
  @Column({ name: 'management_port', type: 'varchar', length: 200, nullable: true })
  managementPort!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 4 })
  method!: ProbeMethod;

  @Column({ name: 'interval_seconds', type: 'int' })
  intervalSeconds!: number;

  @Column({ name: 'timeout_ms', type: 'int' })
  timeoutMs!: number;

  @Column({ name: 'expected_status_min', type: 'int' })
  expectedStatusMin!: number;

  @Column({ name: 'expected_status_max', type: 'int' })
  expectedStatusMax!: number;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  /** When the prober runs the probe next (enabled probes only). */
  @Column({ name: 'next_due_at', type: 'timestamptz' })
  nextDueAt!: Date;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  @Column({ name: 'last_success', type: 'boolean', nullable: true })
  lastSuccess!: boolean | null;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_latency_ms', type: 'int', nullable: true })
  lastLatencyMs!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Bumped by every change made through the API: the probe's ETag. */
  @Column({ type: 'int', default: 1 })
  version!: number;
}
