import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SloStatus } from '../slos/slo.entity';

/** Every change of an SLO's status, for its history, error budget and compliance. */
@Entity({ name: 'slo_status_history', schema: 'sla' })
@Index('slo_status_history_slo_at_idx', ['sloId', 'at'])
export class SloStatusHistoryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'slo_id', type: 'uuid' })
  sloId!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: SloStatus;

  /** When the status began (for a breach: when the target was crossed). */
  @Column({ type: 'timestamptz' })
  at!: Date;
}
