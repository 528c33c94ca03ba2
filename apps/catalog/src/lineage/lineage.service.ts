import { Injectable } from '@nestjs/common';
import { parseUrn } from '@meshwork/descriptors';
import { preparedQuery } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import type { LineageDirection, LineageEdgeDto, LineageGraphDto, LineageNodeDto } from './dto/lineage.dto';
import type { LineageEdgeKind } from './lineage-edge.entity';

interface EdgeRow {
  id: string;
  from_node: string;
  to_node: string;
  kind: LineageEdgeKind;
  source: string;
  observed_at: Date;
}

/** A walk stops after this many steps: a source read by thousands answers with its nearest part and `truncated`. */
export const LINEAGE_MAX_NODES = 1000;

const WALK = {
  down: { next: 'to_node', along: 'from_node' },
  up: { next: 'from_node', along: 'to_node' },
} as const;

/** A way of the walk as the statement returns it: each reached node once (nearest distance, in walk order), and the edges among them. */
interface WalkedWay {
  nodes: { node: string; distance: number; title: string | null; status: string | null }[];
  edges: EdgeRow[];
}

interface GraphRow {
  known: boolean;
  truncated: boolean;
  up: WalkedWay;
  down: WalkedWay;
}

/** One direction of the walk in SQL: from `$1`, along the edges, at most `$2` steps; nothing unless `enabled` holds. */
function walkCte(way: 'up' | 'down', enabled: string): string {
  const { next, along } = WALK[way];
  return `${way}(node, distance) AS (
       SELECT $1::varchar, 0 WHERE ${enabled}
       UNION
       SELECT e.${next}, w.distance + 1 FROM ${way} w JOIN catalog.lineage_edges e ON e.${along} = w.node WHERE w.distance < $2
     )`;
}

/**
 * The nodes one way reached (each once, at its nearest distance, in walk order, with its product's title and status)
 * and the edges leaving (down) or entering (up) those closer than the depth limit. Such an edge leads to a reached
 * node unless the walk was cut short; which of them do is checked by the caller, faster than a join here.
 */
function wayJson(way: 'up' | 'down'): string {
  const { along } = WALK[way];
  return `json_build_object(
       'nodes', coalesce((SELECT json_agg(json_build_object('node', k.node, 'distance', k.distance, 'title', p.title, 'status', p.status) ORDER BY k.first)
                          FROM kept k LEFT JOIN catalog.data_products p ON p.urn = k.product WHERE k.way = '${way}'), '[]'::json),
       'edges', coalesce((SELECT json_agg(json_build_object('id', e.id, 'from_node', e.from_node, 'to_node', e.to_node, 'kind', e.kind, 'source', e.source, 'observed_at', e.observed_at))
                          FROM kept k JOIN catalog.lineage_edges e ON e.${along} = k.node
                          WHERE k.way = '${way}' AND k.distance < $2), '[]'::json)
     )`;
}

/**
 * The whole graph in one statement: both walks, the edges among what they reached, the products' titles, and
 * whether the root is registered. PostgreSQL evaluates a recursive query level by level, so a walk's first rows are
 * the nearest nodes; its LIMIT stops a huge fan-out early instead of visiting everything within the depth.
 */
const GRAPH_SQL = `WITH RECURSIVE
     ${walkCte('up', '$3::boolean')},
     ${walkCte('down', '$4::boolean')},
     walked AS MATERIALIZED (
       SELECT 'up' AS way, node, distance, row_number() OVER () AS n FROM (SELECT node, distance FROM up LIMIT $5 + 1) u
       UNION ALL
       SELECT 'down', node, distance, row_number() OVER () FROM (SELECT node, distance FROM down LIMIT $5 + 1) d
     ),
     kept AS MATERIALIZED (
       SELECT way, node, min(distance) AS distance, min(n) AS first,
              CASE WHEN node LIKE 'urn:meshwork:%' THEN array_to_string((string_to_array(node, ':'))[1:4], ':') END AS product
       FROM walked WHERE n <= $5 GROUP BY way, node
     )
   SELECT EXISTS (SELECT 1 FROM catalog.data_products WHERE urn = $1) OR EXISTS (SELECT 1 FROM catalog.output_ports WHERE urn = $1) AS known,
          EXISTS (SELECT 1 FROM walked WHERE n > $5) AS truncated,
          ${wayJson('up')} AS up,
          ${wayJson('down')} AS down`;

/** Walks the lineage graph in one statement; depth-bounded, so cycles end. */
@Injectable()
export class LineageService {
  constructor(private readonly dataSource: DataSource) {}

  async graph(urn: string, direction: LineageDirection, depth: number): Promise<LineageGraphDto> {
    if (!parseUrn(urn)) throw new CatalogError(CatalogErrorCode.INVALID_URN, `'${urn}' is not a Meshwork URN: expected urn:meshwork:<domain>:<product> or urn:meshwork:<domain>:<product>:<port>:v<major>.`);
    const [row] = await preparedQuery<GraphRow>(this.dataSource, GRAPH_SQL, [urn, depth, direction !== 'down', direction !== 'up', LINEAGE_MAX_NODES]);
    if (!row?.known) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `Nothing is registered at ${urn}.`);
    const reached = new Map<string, { distance: number; title: string | null; status: string | null }>();
    const edges = new Map<string, EdgeRow>();
    for (const way of ['up', 'down'] as const) {
      const { next } = WALK[way];
      const walked = new Set(row[way].nodes.map((n) => n.node));
      for (const { node, distance, title, status } of row[way].nodes) if (!reached.has(node)) reached.set(node, { distance: way === 'up' ? -distance : distance, title, status });
      for (const edge of row[way].edges) if (walked.has(edge[next])) edges.set(edge.id, edge);
    }
    return { root: urn, direction, depth, truncated: row.truncated, nodes: [...reached].map(([id, node]) => toNode(id, node)), edges: [...edges.values()].map(toEdge) };
  }
}

/** A reached node as the API shows it: a Meshwork URN with its product's title and status, or a dataset or contract reference. */
function toNode(id: string, { distance, title, status }: { distance: number; title: string | null; status: string | null }): LineageNodeDto {
  const parsed = parseUrn(id);
  if (parsed) return { id, kind: parsed.kind, distance, title, status };
  return { id, kind: id.startsWith('dataset:') ? 'dataset' : 'contract', distance, title: null, status: null };
}

function toEdge(row: EdgeRow): LineageEdgeDto {
  return { from: row.from_node, to: row.to_node, kind: row.kind, source: row.source, observedAt: new Date(row.observed_at).toISOString() };
}
