import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { type FacetValueDto, SEARCH_DEFAULT_LIMIT, type SearchFacetsDto, type SearchHitDto, type SearchQueryDto, type SearchResultDto } from './dto/search.dto';
import { words } from './search-document';

interface Cursor {
  s: string;
  u: string;
}

const FACETS = ['domain', 'tag', 'owner', 'status', 'classification'] as const;
const FACET_SIZE = 20;

/** SQL pieces with numbered parameters, built up as filters are added. */
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
    if (typeof value.s === 'string' && /^-?\d+(\.\d+)?$/.test(value.s) && typeof value.u === 'string') return { s: value.s, u: value.u };
  } catch {
    // fall through to the error below
  }
  throw new CatalogError(CatalogErrorCode.INVALID_CURSOR, 'The cursor is not one this search returned; start again without it.', [{ location: 'query', pointer: '/cursor', detail: 'is not a valid cursor' }]);
}

interface HitRow {
  urn: string;
  domain: string;
  name: string;
  title: string;
  status: SearchHitDto['status'];
  owner_team_id: string;
  current_version: string;
  tags: string[];
  classifications: string[];
  score: string;
}

/**
 * Search straight on the catalog's tables: full text with weights, trigrams for typos and prefixes, facets
 * counted in the same statement's snapshot. Nothing to re-index, so results follow the last committed write.
 */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: SearchQueryDto): Promise<SearchResultDto> {
    const limit = query.limit ?? SEARCH_DEFAULT_LIMIT;
    const q = (query.q ?? '').trim();
    const [hits, facets] = await Promise.all([this.hits(query, q, limit), query.cursor ? Promise.resolve(null) : this.facets(query, q)]);
    const page = hits.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toHit),
      facets,
      nextCursor: hits.length > limit && last ? encodeCursor({ s: last.score, u: last.urn }) : null,
    };
  }

  /** WHERE clause shared by hits and facets: the text match and every filter. */
  private where(sql: Sql, query: SearchQueryDto, q: string): string {
    const conditions: string[] = [];
    if (q) {
      const text = sql.param(q);
      conditions.push(`(p.search_vector @@ websearch_to_tsquery('english', ${text}) OR ${sql.param(words(q))} <% p.search_text)`);
    }
    if (query.domain) conditions.push(`p.domain = ${sql.param(query.domain)}`);
    if (query.owner) conditions.push(`p.owner_team_id = ${sql.param(query.owner)}`);
    if (query.status) conditions.push(`p.status = ${sql.param(query.status)}`);
    if (query.tag) conditions.push(`p.tags @> ARRAY[${sql.param(query.tag.toLowerCase())}]::text[]`);
    if (query.classification) conditions.push(`p.classifications @> ARRAY[${sql.param(query.classification.toLowerCase())}]::text[]`);
    return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
  }

  private score(sql: Sql, q: string): string {
    if (!q) return '0::numeric';
    const text = sql.param(q);
    const plain = sql.param(words(q));
    const exact = sql.param(words(q).replace(/ /g, '-'));
    return `round((
        ts_rank_cd(p.search_vector, websearch_to_tsquery('english', ${text}), 1)
      + 0.5 * word_similarity(${plain}, p.search_text)
      + CASE WHEN p.name = ${exact} OR lower(p.title) = ${plain} THEN 10 WHEN p.name LIKE ${exact} || '%' THEN 1 ELSE 0 END
    )::numeric, 6)`;
  }

  private async hits(query: SearchQueryDto, q: string, limit: number): Promise<HitRow[]> {
    const sql = new Sql();
    const score = this.score(sql, q);
    const where = this.where(sql, query, q);
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const after = cursor ? `WHERE (score < ${sql.param(cursor.s)}::numeric OR (score = ${sql.param(cursor.s)}::numeric AND urn > ${sql.param(cursor.u)}))` : '';
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT p.urn, p.domain, p.name, p.title, p.status, p.owner_team_id, p.current_version, p.tags, p.classifications, ${score} AS score
         FROM catalog.data_products p WHERE ${where}
       ) ranked ${after}
       ORDER BY score DESC, urn ASC LIMIT ${sql.param(limit + 1)}`,
      sql.params,
    );
  }

  private async facets(query: SearchQueryDto, q: string): Promise<SearchFacetsDto> {
    const sql = new Sql();
    const where = this.where(sql, query, q);
    const size = sql.param(FACET_SIZE);
    const rows: { facet: (typeof FACETS)[number]; value: string; count: string }[] = await this.dataSource.query(
      `WITH matched AS (SELECT p.domain, p.owner_team_id, p.status, p.tags, p.classifications FROM catalog.data_products p WHERE ${where}),
       counted AS (
         SELECT 'domain' AS facet, domain AS value, count(*) AS count FROM matched GROUP BY domain
         UNION ALL SELECT 'owner', owner_team_id, count(*) FROM matched GROUP BY owner_team_id
         UNION ALL SELECT 'status', status, count(*) FROM matched GROUP BY status
         UNION ALL SELECT 'tag', t, count(*) FROM matched, unnest(tags) t GROUP BY t
         UNION ALL SELECT 'classification', c, count(*) FROM matched, unnest(classifications) c GROUP BY c
       )
       SELECT facet, value, count FROM (
         SELECT *, row_number() OVER (PARTITION BY facet ORDER BY count DESC, value) AS rank FROM counted
       ) ranked WHERE rank <= ${size} ORDER BY facet, count DESC, value`,
      sql.params,
    );
    const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValueDto[]])) as unknown as SearchFacetsDto;
    for (const row of rows) facets[row.facet].push({ value: row.value, count: Number(row.count) });
    return facets;
  }
}

function toHit(row: HitRow): SearchHitDto {
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
    score: Number(row.score),
  };
}
