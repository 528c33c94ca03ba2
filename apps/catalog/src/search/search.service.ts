import { Injectable } from '@nestjs/common';
import { preparedQuery } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { type FacetValueDto, SEARCH_DEFAULT_LIMIT, type SearchFacetsDto, type SearchHitDto, type SearchQueryDto, type SearchResultDto } from './dto/search.dto';
import { words } from './search-document';
import { readWords, type SearchWords, type VectorQuery } from './search-words';
import { WordFrequencies } from './word-frequencies';

/** Where the words matched, best first: the exact name, names, tags and ports, anything else. */
const SCORES = [4, 3, 2, 1] as const;
/** The vector holding each tier's words, and the one of the tier above (whose matches the tier leaves out). */
const TIER_VECTORS = [undefined, { match: 'p.name_vector' }, { match: 'p.label_vector', unless: 'p.name_vector' }, { match: 'v.search_vector', unless: 'p.label_vector' }] as const;
const LEVELS = [1, 2, 3] as const;

const FACETS = ['domain', 'tag', 'owner', 'status', 'classification'] as const;
const FACET_SIZE = 20;
/** Facets count the matches among at most this many candidates, so a broad word costs the same as a narrow one. */
export const FACET_SAMPLE = 100;
const FACET_COLUMNS = 'p.domain, p.owner_team_id, p.status, p.tags, p.classifications';
const MAX_WORDS = 8;
const COLUMNS = 'p.doc, p.urn, p.domain, p.name, p.title, p.status, p.owner_team_id, p.current_version, p.tags, p.classifications';

/** Filters leaving fewer products than this lead a one-word search: each of those products is looked up in the postings. */
const FILTER_LED = 100;
/** A word more products than this have is read from its postings to sample facets of several words. */
const COMMON_WORD = 2000;

/**
 * How a search reads: no words (browse by the filters); words that all mean nothing (exact names only); one word,
 * from its postings in key order (or from the few products its filters leave); several words, or a prefix of very
 * many words, through the vectors' GIN indexes, the planner choosing between them and an ordered scan.
 */
type Reading =
  | { kind: 'browse' }
  | { kind: 'nothing' }
  | { kind: 'postings'; lexemes: string[]; byFilters: boolean }
  | { kind: 'vectors'; tsquery: VectorQuery; sampleFrom?: string[] };

interface Cursor {
  t: number;
  d: number;
}

interface HitRow {
  tier: number;
  doc: number;
  urn: string;
  domain: string;
  name: string;
  title: string;
  status: SearchHitDto['status'];
  owner_team_id: string;
  current_version: string;
  tags: string[];
  classifications: string[];
}

type FacetRow = { facet: (typeof FACETS)[number] | 'matched'; value: string; count: string };

/** Numbered SQL parameters, added as the statement is built. */
class Sql {
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (Number.isInteger(value.t) && value.t! >= 0 && value.t! <= 3 && Number.isInteger(value.d)) return { t: value.t!, d: value.d! };
  } catch {
    // reported below
  }
  throw new CatalogError(CatalogErrorCode.INVALID_CURSOR, 'The cursor is not one this search returned; start again without it.', [{ location: 'query', pointer: '/cursor', detail: 'is not a valid cursor' }]);
}

/** Largest `doc`: the end of a postings read that has no more rows. */
const LAST_DOC = 2147483647;
/** Postings read per lexeme and level in a first batch of a tier, relative to the rows still wanted, and at most. */
const FIRST_BATCH = 4;
const MAX_BATCH = 20000;
/** A filter leaves out many of a word's products: a larger first batch saves round trips. */
const FILTERED_BATCH = 1000;

/**
 * One ordered read of the postings' key per lexeme and level (`b0`, `b1`…), each at most `batch` rows after `after`,
 * and `candidates`: the products among them (each once, with its lowest level) up to `frontier`, the last `doc` up
 * to which every read is complete. Bounded reads keep the planner on the index order whatever its estimates.
 */
function postingReads(sql: Sql, lexemes: string[], levels: readonly number[], after: number, batch: number): string {
  const b = sql.param(batch);
  const from = sql.param(after);
  const reads = lexemes.flatMap((lexeme) => {
    const l = sql.param(lexeme);
    return levels.map((level) => `SELECT doc, level FROM catalog.search_postings WHERE lexeme = ${l} AND level = ${level} AND doc > ${from} ORDER BY doc LIMIT ${b}`);
  });
  const names = reads.map((_, i) => `b${i}`);
  return `${reads.map((read, i) => `${names[i]} AS (${read})`).join(',\n')},
    frontier AS (SELECT min(last) AS doc FROM (${names.map((n) => `SELECT max(doc) AS last FROM ${n} HAVING count(*) = ${b}`).join(' UNION ALL ')}) f),
    candidates AS (
      SELECT doc, min(level) AS level FROM (${names.map((n) => `SELECT * FROM ${n}`).join(' UNION ALL ')}) s
      WHERE s.doc <= coalesce((SELECT doc FROM frontier), ${LAST_DOC}) GROUP BY doc
    )`;
}

/** The first `count` products having any of `lexemes`, as `(doc)` rows (complete up to the last: every read holds that many). */
function firstProducts(sql: Sql, lexemes: string[], count: number): string {
  const reads = lexemes.flatMap((lexeme) => {
    const l = sql.param(lexeme);
    return LEVELS.map((level) => `(SELECT doc FROM catalog.search_postings WHERE lexeme = ${l} AND level = ${level} ORDER BY doc LIMIT ${count})`);
  });
  return `(SELECT DISTINCT doc FROM (${reads.join(' UNION ALL ')}) s ORDER BY doc LIMIT ${count})`;
}

/** The SQL of a query of the vectors. */
function vectorQuery(sql: Sql, query: VectorQuery): string {
  return query.lexemes ? `${sql.param(query.text)}::tsquery` : `to_tsquery('english', ${sql.param(query.text)})`;
}

/** The lowest level at which the product `doc` has any lexeme of `lexemes` (one index descent per lexeme and level). */
function levelOf(sql: Sql, lexemes: string[], levels: readonly number[], doc = 'c.doc'): string {
  return `(SELECT min(x.level) FROM catalog.search_postings x WHERE x.lexeme = ANY(${sql.param(lexemes)}::text[]) AND x.level = ANY('{${levels.join(',')}}'::smallint[]) AND x.doc = ${doc})`;
}

/**
 * Search straight on the catalog's tables, so results follow the last committed write. Every word must match;
 * results come in tiers by where the words matched (a product's tier is the worst of its words' best places),
 * then by `doc`.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frequencies: WordFrequencies,
  ) {}

  async search(query: SearchQueryDto): Promise<SearchResultDto> {
    const limit = query.limit ?? SEARCH_DEFAULT_LIMIT;
    const tokens = words(query.q ?? '').split(' ').filter(Boolean).slice(0, MAX_WORDS);
    const reading = tokens.length > 0 ? await this.reading(query, await readWords(this.dataSource, tokens)) : ({ kind: 'browse' } as const);
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const [hits, facets] = await Promise.all([this.hits(query, tokens, reading, cursor, limit), cursor ? Promise.resolve(null) : this.facets(query, reading)]);
    const page = hits.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map((row) => toHit(row, reading.kind !== 'browse')), facets, nextCursor: hits.length > limit && last ? encodeCursor({ t: last.tier, d: last.doc }) : null };
  }

  private async reading(query: SearchQueryDto, found: SearchWords): Promise<Reading> {
    if (!found.groups) return { kind: 'vectors', tsquery: found.tsquery };
    if (found.groups.length > 1) {
      // Facets of words that many products share are sampled from the rarest one's postings, not from the GIN index,
      // whose scan would read every product having them.
      const counted = await Promise.all(found.groups.map(async (group) => ({ group, share: await this.frequencies.share(group) })));
      const rarest = counted.sort((a, b) => a.share - b.share)[0];
      const all = await this.frequencies.total();
      return { kind: 'vectors', tsquery: found.tsquery, sampleFrom: rarest.share * all > COMMON_WORD ? rarest.group : undefined };
    }
    if (found.groups.length === 0) return { kind: 'nothing' };
    const sql = new Sql();
    const filters = this.filters(sql, query);
    if (filters.length === 0) return { kind: 'postings', lexemes: found.groups[0], byFilters: false };
    const [{ n }]: { n: number }[] = await this.run(`SELECT count(*)::int AS n FROM (SELECT 1 FROM catalog.data_products p WHERE ${filters.join(' AND ')} LIMIT ${FILTER_LED}) x`, sql.params);
    return { kind: 'postings', lexemes: found.groups[0], byFilters: n < FILTER_LED };
  }

  /** Statements whose best plan does not depend on the values are prepared; text search ones are planned each time. */
  private run<T>(text: string, values: unknown[], prepare = true): Promise<T[]> {
    return prepare ? preparedQuery<T>(this.dataSource, text, values) : this.dataSource.query(text, values);
  }

  private filters(sql: Sql, query: SearchQueryDto): string[] {
    const conditions: string[] = [];
    if (query.domain) conditions.push(`p.domain = ${sql.param(query.domain)}`);
    if (query.owner) conditions.push(`p.owner_team_id = ${sql.param(query.owner)}`);
    if (query.status) conditions.push(`p.status = ${sql.param(query.status)}`);
    if (query.tag) conditions.push(`p.tags @> ARRAY[${sql.param(query.tag.toLowerCase())}]::text[]`);
    if (query.classification) conditions.push(`p.classifications @> ARRAY[${sql.param(query.classification.toLowerCase())}]::text[]`);
    return conditions;
  }

  private async hits(query: SearchQueryDto, tokens: string[], reading: Reading, cursor: Cursor | undefined, limit: number): Promise<HitRow[]> {
    const take = limit + 1;
    if (reading.kind === 'browse') {
      const sql = new Sql();
      const conditions = [...this.filters(sql, query), ...(cursor ? [`p.doc > ${sql.param(cursor.d)}`] : [])];
      return this.run(`SELECT 0 AS tier, ${COLUMNS} FROM catalog.data_products p WHERE ${conditions.join(' AND ') || 'TRUE'} ORDER BY p.doc LIMIT ${take}`, sql.params);
    }
    if (reading.kind === 'postings' && reading.byFilters) return this.filterLedHits(query, tokens, reading.lexemes, cursor, take);
    const tiers = [0, ...LEVELS].filter((tier) => !cursor || tier >= cursor.t);
    const after = (tier: number) => (cursor && cursor.t === tier ? cursor.d : 0);
    if (reading.kind !== 'postings') {
      // One statement: each tier's branch stops at a page, and runs only while the tiers above it left the page short.
      const sql = new Sql();
      const branches = tiers.filter((tier) => tier === 0 || reading.kind === 'vectors').map((tier) => this.tier(sql, query, tokens, reading.kind === 'vectors' ? reading.tsquery : undefined, tier, after(tier), take));
      // A cursor past tier 0 of a query no product's words match leaves no tier to read.
      if (branches.length === 0) return [];
      const steps = branches.map((branch, i) => {
        const above = Array.from({ length: i }, (_, j) => `(SELECT count(*) FROM s${j})`);
        return `s${i} AS MATERIALIZED (SELECT * FROM ${branch} b${i === 0 ? '' : ` WHERE ${above.join(' + ')} < ${take}`})`;
      });
      return this.dataSource.query(`WITH ${steps.join(',\n')} SELECT * FROM (${branches.map((_, i) => `SELECT * FROM s${i}`).join(' UNION ALL ')}) h ORDER BY h.tier, h.doc LIMIT ${take}`, sql.params);
    }
    const rows: HitRow[] = [];
    for (const tier of tiers) {
      if (rows.length >= take) break;
      const wanted = take - rows.length;
      if (tier > 0) rows.push(...(await this.postedTier(query, tokens, reading.lexemes, tier, after(tier), wanted)));
      else {
        const sql = new Sql();
        rows.push(...(await this.run<HitRow>(this.tier(sql, query, tokens, undefined, 0, after(0), wanted), sql.params)));
      }
    }
    return rows;
  }

  /** A statement for up to `wanted` products of one tier after `after`, in `doc` order: the exact names (tier 0), or from the vectors. */
  private tier(sql: Sql, query: SearchQueryDto, tokens: string[], tsquery: VectorQuery | undefined, tier: number, after: number, wanted: number): string {
    const conditions = [this.exact(sql, tokens), ...this.filters(sql, query), `p.doc > ${sql.param(after)}`];
    if (tier === 0 || !tsquery) return `(SELECT 0 AS tier, ${COLUMNS} FROM catalog.data_products p WHERE ${conditions.join(' AND ')} ORDER BY p.doc LIMIT ${wanted})`;
    const vectors = TIER_VECTORS[tier]!;
    const q = vectorQuery(sql, tsquery);
    conditions[0] = `NOT ${conditions[0]}`;
    conditions.push(`${vectors.match} @@ ${q}`, ...('unless' in vectors ? [`NOT ${vectors.unless} @@ ${q}`] : []));
    if (tier < 3) return `(SELECT ${tier} AS tier, ${COLUMNS} FROM catalog.data_products p WHERE ${conditions.join(' AND ')} ORDER BY p.doc LIMIT ${wanted})`;
    return `(SELECT ${tier} AS tier, ${COLUMNS} FROM catalog.search_vectors v JOIN catalog.data_products p ON p.doc = v.doc WHERE ${conditions.join(' AND ')} ORDER BY v.doc LIMIT ${wanted})`;
  }

  private exact(sql: Sql, tokens: string[]): string {
    return `(p.name = ${sql.param(tokens.join('-'))} OR lower(p.title) = ${sql.param(tokens.join(' '))})`;
  }

  /**
   * The filter that has an index of its own in `doc` order (domain, owner team, status), on the alias `k`: candidates
   * are checked in that index, and only those it keeps are read from the products.
   */
  private keyFilter(sql: Sql, query: SearchQueryDto): string | undefined {
    if (query.domain) return `k.domain = ${sql.param(query.domain)}`;
    if (query.owner) return `k.owner_team_id = ${sql.param(query.owner)}`;
    if (query.status) return `k.status = ${sql.param(query.status)}`;
    return undefined;
  }

  /** Every tier at once over the few products the filters leave: each one is looked up in the postings, then ordered by tier. */
  private async filterLedHits(query: SearchQueryDto, tokens: string[], lexemes: string[], cursor: Cursor | undefined, take: number): Promise<HitRow[]> {
    const sql = new Sql();
    const level = levelOf(sql, lexemes, LEVELS, 'p.doc');
    const exact = this.exact(sql, tokens);
    const after = cursor ? `WHERE (h.tier, h.doc) > (${sql.param(cursor.t)}, ${sql.param(cursor.d)})` : '';
    return this.run(
      `SELECT * FROM (
         SELECT CASE WHEN ${exact} THEN 0 ELSE o.level END AS tier, ${COLUMNS}
         FROM catalog.data_products p CROSS JOIN LATERAL (SELECT ${level} AS level) o
         WHERE ${[...this.filters(sql, query), `(${exact} OR o.level IS NOT NULL)`].join(' AND ')}
       ) h ${after} ORDER BY h.tier, h.doc LIMIT ${take}`,
      sql.params,
    );
  }

  /**
   * Products of one tier from the word's postings at that level, less those having another of its lexemes higher
   * up, read in batches that grow until enough are found or the postings end.
   */
  private async postedTier(query: SearchQueryDto, tokens: string[], lexemes: string[], tier: number, after: number, wanted: number): Promise<HitRow[]> {
    const above = LEVELS.filter((level) => level < tier);
    const found: HitRow[] = [];
    const filtered = this.filters(new Sql(), query).length > 0;
    for (let batch = filtered ? FILTERED_BATCH : Math.min(FIRST_BATCH * wanted + 16, MAX_BATCH), from = after; ; batch = Math.min(batch * 4, MAX_BATCH)) {
      const sql = new Sql();
      const reads = postingReads(sql, lexemes, [tier], from, batch);
      const conditions = [`NOT ${this.exact(sql, tokens)}`, ...this.filters(sql, query)];
      // On `p`, not `c`: checked only for the candidates the filters keep, never before them.
      if (lexemes.length > 1 && above.length > 0) conditions.push(`${levelOf(sql, lexemes, above, 'p.doc')} IS NULL`);
      const key = this.keyFilter(sql, query);
      const rows: (HitRow & { frontier: number | null })[] = await this.run(
        `WITH ${reads}
         SELECT f.doc AS frontier, hit.* FROM frontier f LEFT JOIN LATERAL (
           SELECT ${tier} AS tier, ${COLUMNS} FROM candidates c
           ${key ? `JOIN catalog.data_products k ON k.doc = c.doc AND ${key}` : ''} JOIN catalog.data_products p ON p.doc = c.doc
           WHERE ${conditions.join(' AND ')} ORDER BY c.doc LIMIT ${wanted - found.length}
         ) hit ON TRUE`,
        sql.params,
      );
      found.push(...rows.filter((row) => row.doc !== null).map(({ frontier: _, ...hit }) => hit));
      const frontier = rows[0]?.frontier ?? null;
      if (found.length >= wanted || frontier === null) return found;
      from = frontier;
    }
  }

  /** Counts per facet over the matches among the first candidates; `complete` when there were no more. */
  private async facets(query: SearchQueryDto, reading: Reading): Promise<SearchFacetsDto> {
    const sql = new Sql();
    const filters = this.filters(sql, query);
    const sample = FACET_SAMPLE + 1;
    const filtered = filters.join(' AND ') || 'TRUE';
    let candidates: string;
    if (reading.kind === 'browse') candidates = `SELECT TRUE AS matches, ${FACET_COLUMNS} FROM catalog.data_products p WHERE ${filtered} LIMIT ${sample}`;
    // The filters stay in the statement, though nothing matches, for every parameter to be bound.
    else if (reading.kind === 'nothing') candidates = `SELECT TRUE AS matches, ${FACET_COLUMNS} FROM catalog.data_products p WHERE FALSE AND ${filtered}`;
    else if (reading.kind === 'vectors' && reading.sampleFrom) {
      const q = vectorQuery(sql, reading.tsquery);
      candidates = `SELECT v.search_vector @@ ${q} AND ${filtered} AS matches, ${FACET_COLUMNS} FROM ${firstProducts(sql, reading.sampleFrom, sample)} c
                    JOIN catalog.search_vectors v ON v.doc = c.doc JOIN catalog.data_products p ON p.doc = c.doc`;
    } else if (reading.kind === 'vectors') {
      const q = vectorQuery(sql, reading.tsquery);
      candidates = `SELECT TRUE AS matches, ${FACET_COLUMNS} FROM catalog.search_vectors v JOIN catalog.data_products p ON p.doc = v.doc WHERE v.search_vector @@ ${q} AND ${filtered} LIMIT ${sample}`;
    } else if (reading.byFilters) {
      candidates = `SELECT ${levelOf(sql, reading.lexemes, LEVELS, 'p.doc')} IS NOT NULL AS matches, ${FACET_COLUMNS} FROM catalog.data_products p WHERE ${filtered} LIMIT ${sample}`;
    } else {
      candidates = `SELECT ${filtered} AS matches, ${FACET_COLUMNS} FROM ${firstProducts(sql, reading.lexemes, sample)} c JOIN catalog.data_products p ON p.doc = c.doc`;
    }
    // One pass over the candidates: every (facet, value) pair of a match, counted; the top values are kept here.
    const rows: FacetRow[] = await this.run<FacetRow>(
      `WITH candidates AS (${candidates})
       SELECT 'matched' AS facet, '' AS value, count(*) AS count FROM candidates
       UNION ALL
       SELECT f.facet, f.value, count(*) FROM candidates p CROSS JOIN LATERAL (
         SELECT 'domain' AS facet, p.domain AS value UNION ALL SELECT 'owner', p.owner_team_id UNION ALL SELECT 'status', p.status
         UNION ALL SELECT 'tag', unnest(p.tags) UNION ALL SELECT 'classification', unnest(p.classifications)
       ) f WHERE p.matches GROUP BY f.facet, f.value`,
      sql.params,
      reading.kind !== 'vectors',
    );
    const facets: SearchFacetsDto = { complete: true, domain: [], tag: [], owner: [], status: [], classification: [] };
    for (const row of rows) {
      if (row.facet === 'matched') facets.complete = Number(row.count) <= FACET_SAMPLE;
      else facets[row.facet].push({ value: row.value, count: Number(row.count) } satisfies FacetValueDto);
    }
    for (const facet of FACETS) facets[facet] = facets[facet].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, FACET_SIZE);
    return facets;
  }
}

function toHit(row: HitRow, scored: boolean): SearchHitDto {
  return {
    urn: row.urn,
    domain: row.domain,
    name: row.name,
    title: row.title,
    status: row.status,
    ownerTeamId: row.owner_team_id,
    currentVersion: row.current_version,
    tags: row.tags,
    classifications: row.classifications,
    score: scored ? SCORES[row.tier] : 0,
  };
}
