import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DataProductEntity } from '../products/data-product.entity';
import { ProductVersionEntity } from '../products/product-version.entity';

/** What a documentation row describes: the product itself, or one of its output ports (by URN). */
export const PRODUCT_TARGET = 'product';

/** Markdown documentation of a product version or of one of its output ports; a new version starts with a copy. */
@Entity({ name: 'documentation', schema: 'catalog' })
@Index('uq_documentation_version_target', ['productVersionId', 'target'], { unique: true })
@Index('ix_documentation_product', ['productId'])
export class DocumentationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => DataProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_documentation_product' })
  product?: DataProductEntity;

  @Column({ name: 'product_version_id', type: 'uuid' })
  productVersionId!: string;

  @ManyToOne(() => ProductVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_version_id', foreignKeyConstraintName: 'fk_documentation_product_version' })
  productVersion?: ProductVersionEntity;

  /** `product`, or the URN of the output port documented. */
  @Column({ type: 'varchar', length: 300 })
  target!: string;

  @Column({ type: 'text' })
  markdown!: string;

  /** SHA-256 of the Markdown: the ETag of the documentation. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 200 })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
