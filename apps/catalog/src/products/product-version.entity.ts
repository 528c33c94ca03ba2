import type { PolicyFinding } from '../governance/governance-gate';
import type { NormalisedProduct } from '@meshwork/descriptors';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataProductEntity } from './data-product.entity';
import { SemverRow } from '../common/semver-row';

/** One published version of a product's ODPS document, kept forever. */
@Entity({ name: 'product_versions', schema: 'catalog' })
@Index('uq_product_versions_product_version', ['productId', 'version'], { unique: true })
export class ProductVersionEntity extends SemverRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => DataProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_product_versions_product' })
  product?: DataProductEntity;

  /** The ODPS document exactly as submitted (key order kept). */
  @Column({ type: 'json' })
  document!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  normalised!: NormalisedProduct;

  /** Contracts submitted with this version: (contract id, version). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contracts!: { id: string; version: string }[];

  /** Warnings of the governance evaluation made when this version was published; null when it was never evaluated. */
  @Column({ name: 'policy_findings', type: 'jsonb', nullable: true })
  policyFindings!: PolicyFinding[] | null;

  @Column({ name: 'policy_checked_at', type: 'timestamptz', nullable: true })
  policyCheckedAt!: Date | null;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
