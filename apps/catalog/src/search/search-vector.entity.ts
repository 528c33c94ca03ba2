import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { DataProductEntity } from '../products/data-product.entity';

/**
 * Everything searchable of a product's current version, as one weighted text search vector. It is kept apart from
 * the product row (where the small name and label vectors stay) so that the rows search reads for filters, facets
 * and results stay narrow.
 */
@Entity({ name: 'search_vectors', schema: 'catalog' })
// GIN indexes live in the migrations; TypeORM cannot declare them.
@Index('ix_search_vectors_search', { synchronize: false })
export class SearchVectorEntity {
  /** The product's `doc` number. */
  @PrimaryColumn({ type: 'int' })
  doc!: number;

  @OneToOne(() => DataProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'doc', referencedColumnName: 'doc', foreignKeyConstraintName: 'fk_search_vectors_product' })
  product?: DataProductEntity;

  /** Everything searchable, weighted: names (A), domain, tags and ports (B), descriptions (C), fields (D). */
  @Column({ name: 'search_vector', type: 'tsvector' })
  searchVector!: string;
}
