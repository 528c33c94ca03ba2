import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the evaluator reads about a port: the latest of each kind of observation, kept up to date by every insert. */
@Entity({ name: 'port_observations', schema: 'sla' })
export class PortObservationsEntity {
  @PrimaryColumn({ name: 'port_urn', type: 'varchar', length: 500 })
  portUrn!: string;

  @Column({ name: 'last_refresh_at', type: 'timestamptz', nullable: true })
  lastRefreshAt!: Date | null;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  @Column({ name: 'last_failed_run_at', type: 'timestamptz', nullable: true })
  lastFailedRunAt!: Date | null;

  @Column({ name: 'last_check_at', type: 'timestamptz', nullable: true })
  lastCheckAt!: Date | null;

  @Column({ name: 'last_oldest_record_at', type: 'timestamptz', nullable: true })
  lastOldestRecordAt!: Date | null;

  @Column({ name: 'observation_count', type: 'bigint', default: 0 })
  observationCount!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
