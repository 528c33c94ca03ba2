import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The outcome of one recorded evaluation of a product version: the history compliance scores are computed from. */
@Entity({ name: 'compliance_samples', schema: 'governance' })
@Index('compliance_samples_product_idx', ['domain', 'product', 'evaluatedAt'])
@Index('compliance_samples_time_idx', ['evaluatedAt'])
export class ComplianceSampleEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 63 })
  domain!: string;

  @Column({ type: 'varchar', length: 63 })
  product!: string;

  @Column({ name: 'product_version', type: 'varchar', length: 100 })
  productVersion!: string;

  /** Policies that applied (outcome other than not-applicable). */
  @Column({ type: 'int' })
  applicable!: number;

  /** Applicable policies that passed. */
  @Column({ type: 'int' })
  passed!: number;

  @Column({ type: 'int' })
  blocking!: number;

  @Column({ type: 'int' })
  warnings!: number;

  /** Per policy: id, version and outcome. */
  @Column({ type: 'jsonb' })
  outcomes!: { policyId: string; version: number; outcome: string }[];

  @Column({ name: 'evaluated_at', type: 'timestamptz' })
  evaluatedAt!: Date;
}
