import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The search index: one row for each word (lexeme) of a product's current version, with the first tier the word
 * is found in. Read in key order, it yields the products having a word, tier by tier, in `doc` order, so that a
 * page of results costs the same for a word found in ten products as for one found in all of them.
 */
@Entity({ name: 'search_postings', schema: 'catalog' })
export class SearchPostingEntity {
  /** The word as PostgreSQL's English text search configuration stems it. */
  @PrimaryColumn({ type: 'text', collation: 'C' })
  lexeme!: string;

  /** 1: in the product's names; 2: in its domain, tags or port names; 3: only in descriptions or fields. */
  @PrimaryColumn({ type: 'smallint' })
  level!: number;

  /** The product's `doc` number. */
  @PrimaryColumn({ type: 'int' })
  doc!: number;
}
