import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { DataProductEntity } from '../products/data-product.entity';

/**
 * The text search vectors of a product's current version. They are kept apart from the product row so that the
 * rows search reads for filters, facets and results stay narrow; they serve typo-free prefix scans and indexing.
 */
@Entity({ name: 'search_vectors', schema: 'catalog' })
// GIN indexes live in the migrations; TypeORM cannot declare them.
@Index('ix_search_vectors_name', { synchronize: false })
@Index('ix_search_vectors_label', { synchronize: false })
@Index('ix_search_vectors_search', { synchronize: false })
export class SearchVectorEntity {
  /** The product's `doc` number. */
  @PrimaryColumn({ type: 'int' })
  doc!: number;

  @OneToOne(() => DataProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'doc', referencedColumnName: 'doc', foreignKeyConstraintName: 'fk_search_vectors_product' })
  product?: DataProductEntity;

  /** Names of the current version (product name, title): the first search tier. */
  @Column({ name: 'name_vector', type: 'tsvector' })
  nameVector!: string;

  /** Names, domain, tags and port names: the second search tier. */
  @Column({ name: 'label_vector', type: 'tsvector' })
  labelVector!: string;

  /** Everything searchable, weighted: names (A), domain, tags and ports (B), descriptions (C), fields (D). */
  @Column({ name: 'search_vector', type: 'tsvector' })
  searchVector!: string;
}
