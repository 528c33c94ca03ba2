import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { type FacetValueDto, SEARCH_DEFAULT_LIMIT, type SearchFacetsDto, type SearchHitDto, type SearchQueryDto, type SearchResultDto } from './dto/search.dto';
import { words } from './search-document';

/** Where the words matched, best first: the exact name, names, tags and ports, anything else. */
const TIERS = [
  { tier: 0, score: 4 },
  { tier: 1, score: 3, match: 'name_vector' },
  { tier: 2, score: 2, match: 'label_vector', unless: 'name_vector' },
  { tier: 3, score: 1, match: 'search_vector', unless: 'label_vector' },
] as const;

const FACETS = ['domain', 'tag', 'owner', 'status', 'classification'] as const;
const FACET_SIZE = 20;
/** Facets count at most this many matches, so a broad word costs the same as a narrow one. */
export const FACET_SAMPLE = 1000;
const MAX_WORDS = 8;
const SIMILAR_WORDS = 3;

interface Cursor {
  t: number;
  u: string;
}

interface HitRow {
  tier: number;
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
    if (typeof value.t === 'number' && Number.isInteger(value.t) && value.t >= 0 && value.t <= 3 && typeof value.u === 'string') return { t: value.t, u: value.u };
  } catch {
    // reported below
  }
  throw new CatalogError(CatalogErrorCode.INVALID_CURSOR, 'The cursor is not one this search returned; start again without it.', [{ location: 'query', pointer: '/cursor', detail: 'is not a valid cursor' }]);
}

/**
 * Search straight on the catalog's tables, so results follow the last committed write. Words are matched with
 * full-text search (every word must match), an unknown word is corrected to the closest indexed words (and, when
 * last, matched as a prefix), and results come in tiers by where they matched, then by URN.
 */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: SearchQueryDto): Promise<SearchResultDto> {
    const limit = query.limit ?? SEARCH_DEFAULT_LIMIT;
    const tokens = words(query.q ?? '').split(' ').filter(Boolean).slice(0, MAX_WORDS);
    const tsquery = tokens.length > 0 ? await this.expand(tokens) : undefined;
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const [hits, facets] = await Promise.all([this.hits(query, tokens, tsquery, cursor, limit), cursor ? Promise.resolve(null) : this.facets(query, tsquery)]);
    const page = hits.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map((row) => toHit(row, tsquery !== undefined)), facets, nextCursor: hits.length > limit && last ? encodeCursor({ t: last.tier, u: last.urn }) : null };
  }

  /** to_tsquery text: all words must match; an unknown word may also be its closest indexed words, and when last a prefix. */
  private async expand(tokens: string[]): Promise<string> {
    const rows: { token: string; known: boolean; similar: string[] }[] = await this.dataSource.query(
      `SELECT t.token,
              EXISTS (SELECT 1 FROM catalog.search_terms s WHERE s.term = t.token) AS known,
              ARRAY(SELECT s.term FROM catalog.search_terms s WHERE s.term % t.token ORDER BY similarity(s.term, t.token) DESC, s.term LIMIT ${SIMILAR_WORDS}) AS similar
       FROM unnest($1::text[]) WITH ORDINALITY AS t(token, position) ORDER BY t.position`,
      [tokens],
    );
    return rows
      .map(({ token, known, similar }, i) => {
        // A word the catalog knows is taken as typed; an unknown one is a typo or, when last, a word being typed.
        const alternatives = known ? [token] : [token, ...(i === rows.length - 1 ? [`${token}:*`] : []), ...similar];
        return `(${[...new Set(alternatives)].join(' | ')})`;
      })
      .join(' & ');
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

  private async hits(query: SearchQueryDto, tokens: string[], tsquery: string | undefined, cursor: Cursor | undefined, limit: number): Promise<HitRow[]> {
    const sql = new Sql();
    const filters = this.filters(sql, query);
    const columns = 'p.urn, p.domain, p.name, p.title, p.status, p.owner_team_id, p.current_version, p.tags, p.classifications';
    const take = sql.param(limit + 1);
    const after = (tier: number) => (cursor && cursor.t === tier ? [`p.urn > ${sql.param(cursor.u)}`] : []);
    const branch = (tier: number, conditions: string[]) =>
      `(SELECT ${tier} AS tier, ${columns} FROM catalog.data_products p WHERE ${[...conditions, ...filters, ...after(tier)].join(' AND ') || 'TRUE'} ORDER BY p.urn LIMIT ${take})`;
    if (!tsquery) return this.dataSource.query(branch(0, []), sql.params);
    const q = `to_tsquery('english', ${sql.param(tsquery)})`;
    const plain = sql.param(tokens.join(' '));
    const exact = `(p.name = ${sql.param(tokens.join('-'))} OR lower(p.title) = ${plain})`;
    const branches = TIERS.filter(({ tier }) => !cursor || tier >= cursor.t).map((t) =>
      t.tier === 0 ? branch(0, [exact]) : branch(t.tier, [`p.${t.match} @@ ${q}`, `NOT ${exact}`, ...('unless' in t ? [`NOT coalesce(p.${t.unless} @@ ${q}, false)`] : [])]),
    );
    return this.dataSource.query(`SELECT * FROM (${branches.join(' UNION ALL ')}) hits ORDER BY tier, urn LIMIT ${take}`, sql.params);
  }

  private async facets(query: SearchQueryDto, tsquery: string | undefined): Promise<SearchFacetsDto> {
    const sql = new Sql();
    const conditions = [...(tsquery ? [`p.search_vector @@ to_tsquery('english', ${sql.param(tsquery)})`] : []), ...this.filters(sql, query)];
    const rows: { facet: (typeof FACETS)[number] | 'matched'; value: string; count: string }[] = await this.dataSource.query(
      `WITH matched AS (
         SELECT p.domain, p.owner_team_id, p.status, p.tags, p.classifications FROM catalog.data_products p
         WHERE ${conditions.join(' AND ') || 'TRUE'} LIMIT ${FACET_SAMPLE + 1}
       ),
       counted AS (
         SELECT 'domain' AS facet, domain AS value, count(*) AS count FROM matched GROUP BY domain
         UNION ALL SELECT 'owner', owner_team_id, count(*) FROM matched GROUP BY owner_team_id
         UNION ALL SELECT 'status', status, count(*) FROM matched GROUP BY status
         UNION ALL SELECT 'tag', t, count(*) FROM matched, unnest(tags) t GROUP BY t
         UNION ALL SELECT 'classification', c, count(*) FROM matched, unnest(classifications) c GROUP BY c
       )
       SELECT 'matched' AS facet, '' AS value, count(*) AS count FROM matched
       UNION ALL
       SELECT facet, value, count FROM (SELECT *, row_number() OVER (PARTITION BY facet ORDER BY count DESC, value) AS rank FROM counted) ranked WHERE rank <= ${FACET_SIZE}`,
      sql.params,
    );
    const facets: SearchFacetsDto = { complete: true, domain: [], tag: [], owner: [], status: [], classification: [] };
    for (const row of rows) {
      if (row.facet === 'matched') facets.complete = Number(row.count) <= FACET_SAMPLE;
      else facets[row.facet].push({ value: row.value, count: Number(row.count) } satisfies FacetValueDto);
    }
    for (const facet of FACETS) facets[facet].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
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
    score: scored ? TIERS[row.tier].score : 0,
  };
}
