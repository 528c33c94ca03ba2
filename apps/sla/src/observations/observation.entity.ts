import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One thing a domain pipeline reported about an output port: a refresh, a check or a run. */
@Entity({ name: 'observations', schema: 'sla' })
@Index('IDX_observations_port_at', ['portUrn', 'at'])
export class ObservationEntity {
  @PrimaryColumn({ name: 'port_urn', type: 'varchar', length: 500 })
  portUrn!: string;

  /** The reporter's id, or one derived from the content (see observation-input.ts), unique per port. */
  @PrimaryColumn({ name: 'observation_id', type: 'varchar', length: 200 })
  observationId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'row_count', type: 'bigint', nullable: true })
  rowCount!: string | null;

  @Column({ name: 'error_count', type: 'bigint', nullable: true })
  errorCount!: string | null;

  @Column({ type: 'boolean', nullable: true })
  success!: boolean | null;

  @Column({ name: 'oldest_record_at', type: 'timestamptz', nullable: true })
  oldestRecordAt!: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
