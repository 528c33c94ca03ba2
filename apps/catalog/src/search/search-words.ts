import { preparedQuery } from '@meshwork/platform';
import type { DataSource } from 'typeorm';

/** How many indexed words an unknown word is corrected to. */
const SIMILAR_WORDS = 3;
/** A word being typed is completed to at most this many indexed words through the postings; beyond, the vectors are scanned. */
export const PREFIX_LEXEMES = 24;

/**
 * What a search looks for: every group must match, any lexeme of a group will do. `groups` is undefined when a
 * prefix completes to more words than the postings are read for; `tsquery` then says the same to the vectors.
 * It is empty when no product can match: the words mean nothing, or one of them is in no product.
 */
export interface SearchWords {
  tsquery: VectorQuery;
  groups: string[][] | undefined;
}

/**
 * The words as the vectors are searched for them: the groups' lexemes themselves (a tsquery literal), or, when a
 * prefix completes to too many, the words for `to_tsquery('english', …)` with the prefix as `:*`. Spelled out, the
 * lexemes give the planner estimates it can trust; a `:*` prefix makes it walk every product rather than the index.
 */
export interface VectorQuery {
  text: string;
  lexemes: boolean;
}

/** A lexeme quoted for a tsquery literal. */
function quoted(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

interface WordRow {
  token: string;
  known: boolean;
  lexemes: string[];
  similar: string[];
  similar_lexemes: string[];
  /** Some product has one of the word's lexemes or of its similar words'. */
  indexed: boolean;
}

/**
 * Reads the query's words against the catalog's vocabulary. A known word is taken as typed; an unknown one is a
 * typo (also matching its closest indexed words) or, when last, a word being typed (also matching as a prefix).
 * Words PostgreSQL's English configuration ignores (stop words) match nothing and are dropped, as to_tsquery does.
 */
export async function readWords(dataSource: DataSource, tokens: string[]): Promise<SearchWords> {
  const rows: WordRow[] = await preparedQuery(dataSource, 
    `SELECT t.token, k.known, a.lexemes, s.similar, a.similar_lexemes, i.indexed
     FROM unnest($1::text[]) WITH ORDINALITY AS t(token, position)
     -- OFFSET 0 keeps each lateral row computed once: pulled up, its expressions would be copied where they are used.
     CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM catalog.search_terms s WHERE s.term = t.token) AS known OFFSET 0) k
     CROSS JOIN LATERAL (
       SELECT CASE WHEN k.known THEN '{}'::text[]
              ELSE ARRAY(SELECT s.term FROM catalog.search_terms s WHERE s.term % t.token ORDER BY similarity(s.term, t.token) DESC, s.term LIMIT ${SIMILAR_WORDS})
              END AS similar
       OFFSET 0
     ) s
     CROSS JOIN LATERAL (
       SELECT tsvector_to_array(to_tsvector('english', t.token)) AS lexemes, tsvector_to_array(to_tsvector('english', array_to_string(s.similar, ' '))) AS similar_lexemes
       OFFSET 0
     ) a
     CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM catalog.search_postings x WHERE x.lexeme = ANY(a.lexemes || a.similar_lexemes)) AS indexed OFFSET 0) i
     ORDER BY t.position`,
    [tokens],
  );
  const last = rows[rows.length - 1];
  const prefix = last && !last.known ? last.lexemes[0] : undefined;
  const completions = prefix ? await completionsOf(dataSource, prefix) : [];
  if (completions.length > PREFIX_LEXEMES) {
    const words = rows
      .map(({ token, known, similar }, i) => {
        const alternatives = known ? [token] : [token, ...(i === rows.length - 1 ? [`${token}:*`] : []), ...similar];
        return `(${[...new Set(alternatives)].join(' | ')})`;
      })
      .join(' & ');
    return { tsquery: { text: words, lexemes: false }, groups: undefined };
  }
  // Every word must match: a word no product has (nor a close or longer one) leaves nothing to search for.
  if (rows.some((row, i) => row.lexemes.length + row.similar_lexemes.length > 0 && !row.indexed && !(i === rows.length - 1 && completions.length > 0))) return { tsquery: { text: '', lexemes: true }, groups: [] };
  const groups = rows
    .map((row, i) => [...new Set([...row.lexemes, ...row.similar_lexemes, ...(i === rows.length - 1 ? completions : [])])].sort())
    .filter((group) => group.length > 0);
  return { tsquery: { text: groups.map((group) => `(${group.map(quoted).join(' | ')})`).join(' & '), lexemes: true }, groups };
}

/** Indexed lexemes starting with `prefix`, found by skipping through the postings' key (one index descent each), one more than the limit at most. */
async function completionsOf(dataSource: DataSource, prefix: string): Promise<string[]> {
  const rows: { lexeme: string }[] = await preparedQuery(dataSource, 
    `WITH RECURSIVE found(lexeme, n) AS (
       SELECT (SELECT min(lexeme) FROM catalog.search_postings WHERE lexeme >= $1), 1
       UNION ALL
       SELECT (SELECT min(sp.lexeme) FROM catalog.search_postings sp WHERE sp.lexeme > f.lexeme), f.n + 1
       FROM found f WHERE starts_with(f.lexeme, $1) AND f.n <= $2
     )
     SELECT lexeme FROM found WHERE starts_with(lexeme, $1)`,
    [prefix, PREFIX_LEXEMES],
  );
  return rows.map((row) => row.lexeme);
}
