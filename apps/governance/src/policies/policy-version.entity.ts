import type { PolicyDefinition, PolicyState, PolicyTarget, Severity } from '@meshwork/policies';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One version of a policy, kept forever: the full definition as shipped in bundles. */
@Entity({ name: 'policy_versions', schema: 'governance' })
@Index('policy_versions_state_idx', ['state'])
export class PolicyVersionEntity {
  @PrimaryColumn({ name: 'policy_id', type: 'varchar', length: 63 })
  policyId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** Copies of definition fields, for filters. */
  @Column({ type: 'varchar', length: 20 })
  state!: PolicyState;

  @Column({ type: 'varchar', length: 20 })
  severity!: Severity;

  @Column({ type: 'varchar', length: 20 })
  target!: PolicyTarget;

  /** Domains the version applies to; null for the whole mesh. */
  @Column({ name: 'scope_domains', type: 'text', array: true, nullable: true })
  scopeDomains!: string[] | null;

  @Column({ type: 'jsonb' })
  definition!: PolicyDefinition;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
