import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last successful run that wrote a dataset, known or not yet linked to a port. */
@Entity({ name: 'dataset_runs', schema: 'catalog' })
export class DatasetRunEntity {
  /** `dataset:<key>`, the same ref as in lineage edges and aliases. */
  @PrimaryColumn({ type: 'varchar', length: 600 })
  ref!: string;

  @Column({ name: 'last_success_at', type: 'timestamptz' })
  lastSuccessAt!: Date;

  @Column({ name: 'run_id', type: 'varchar', length: 200 })
  runId!: string;

  @Column({ type: 'varchar', length: 600 })
  job!: string;
}
