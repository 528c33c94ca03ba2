import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long PostgreSQL's statistics of the search vectors are reused before they are read again. */
const REFRESH_MS = 5 * 60_000;

interface Frequencies {
  read: number;
  products: number;
  byLexeme: Map<string, number>;
}

/**
 * How many products have a word, estimated from PostgreSQL's own statistics of the search vectors (the most
 * common lexemes and their frequencies, as ANALYZE keeps them). Only the choice of how to sample facets depends on
 * it, never a result; without statistics every word counts as rare.
 */
@Injectable()
export class WordFrequencies {
  private current: Frequencies | undefined;
  private reading: Promise<Frequencies> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** Estimated share (0 to 1) of products having any of `lexemes`. */
  async share(lexemes: string[]): Promise<number> {
    const frequencies = await this.frequencies();
    return Math.min(1, lexemes.reduce((sum, lexeme) => sum + (frequencies.byLexeme.get(lexeme) ?? 0), 0));
  }

  /** Estimated number of products. */
  async total(): Promise<number> {
    return (await this.frequencies()).products;
  }

  /** Reads the statistics again at the next estimate (after an ANALYZE, say). */
  refresh(): void {
    this.current = undefined;
  }

  private async frequencies(): Promise<Frequencies> {
    if (this.current && Date.now() - this.current.read < REFRESH_MS) return this.current;
    this.reading ??= this.load().finally(() => (this.reading = undefined));
    return this.current ?? this.reading;
  }

  private async load(): Promise<Frequencies> {
    const rows: { lexemes: string[] | null; freqs: number[] | null; products: number }[] = await this.dataSource.query(
      `SELECT s.most_common_elems::text::text[] AS lexemes, s.most_common_elem_freqs AS freqs, greatest(c.reltuples, 0)::float8 AS products
       FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = 'catalog' AND s.tablename = 'search_vectors' AND s.attname = 'search_vector'
       WHERE c.oid = 'catalog.search_vectors'::regclass`,
    );
    const row = rows[0];
    const byLexeme = new Map<string, number>();
    (row?.lexemes ?? []).forEach((lexeme, i) => byLexeme.set(lexeme, Number(row?.freqs?.[i] ?? 0)));
    this.current = { read: Date.now(), products: Number(row?.products ?? 0), byLexeme };
    return this.current;
  }
}
