import type { NormalisedProduct } from '@meshwork/descriptors';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataProductEntity } from './data-product.entity';

/** One published version of a product's ODPS document, kept forever. */
@Entity({ name: 'product_versions', schema: 'catalog' })
@Index('uq_product_versions_product_version', ['productId', 'version'], { unique: true })
export class ProductVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => DataProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_product_versions_product' })
  product?: DataProductEntity;

  @Column({ type: 'varchar', length: 64 })
  version!: string;

  @Column({ type: 'int' })
  major!: number;

  @Column({ type: 'int' })
  minor!: number;

  @Column({ type: 'int' })
  patch!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  prerelease!: string | null;

  /** The ODPS document exactly as submitted (key order kept). */
  @Column({ type: 'json' })
  document!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  normalised!: NormalisedProduct;

  /** Contracts submitted with this version: (contract id, version). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contracts!: { id: string; version: string }[];

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
