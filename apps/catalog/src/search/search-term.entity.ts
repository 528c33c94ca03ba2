import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Every word the catalog has indexed: what misspelt search words are corrected to (trigram index in the migrations). */
@Entity({ name: 'search_terms', schema: 'catalog' })
@Index('ix_search_terms_trgm', { synchronize: false })
export class SearchTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  term!: string;
}
