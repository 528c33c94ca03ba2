import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const INCIDENT_CLOSE_REASONS = ['recovered', 'port-retired'] as const;
export type IncidentCloseReason = (typeof INCIDENT_CLOSE_REASONS)[number];

/** A breach of one SLO, from the moment its target was crossed until the evaluator saw it recover. */
@Entity({ name: 'incidents', schema: 'sla' })
@Index('incidents_port_opened_idx', ['portUrn', 'openedAt'])
@Index('incidents_slo_opened_idx', ['sloId', 'openedAt'])
// Two evaluators can never hold two open incidents for one SLO.
@Index('incidents_one_open_per_slo', ['sloId'], { unique: true, where: '"closed_at" IS NULL' })
export class IncidentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'slo_id', type: 'uuid' })
  sloId!: string;

  @Column({ name: 'port_urn', type: 'varchar', length: 300 })
  portUrn!: string;

  @Column({ type: 'varchar', length: 100 })
  property!: string;

  /** When the target was crossed (e.g. last refresh + latency target), not when it was seen. */
  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'detected_at', type: 'timestamptz' })
  detectedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Why it closed: `recovered` (the SLO left the breach) or `port-retired` (the port left the product); null while open. */
  @Column({ name: 'close_reason', type: 'varchar', length: 20, nullable: true })
  closeReason!: IncidentCloseReason | null;

  /** What was measured when the breach was detected: a number or a text. */
  @Column({ name: 'observed_value', type: 'jsonb', nullable: true })
  observedValue!: number | string | null;

  @Column({ name: 'observed_unit', type: 'varchar', length: 50 })
  observedUnit!: string;

  /** The SLO's target when the incident opened, as the SLO API shows it. */
  @Column({ type: 'jsonb' })
  target!: Record<string, unknown>;

  @Column({ name: 'time_to_detect_seconds', type: 'double precision' })
  timeToDetectSeconds!: number;

  @Column({ name: 'time_to_recover_seconds', type: 'double precision', nullable: true })
  timeToRecoverSeconds!: number | null;
}
