import { Injectable } from '@nestjs/common';
import { parseUrn } from '@meshwork/descriptors';
import { DataSource } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import type { LineageDirection, LineageEdgeDto, LineageGraphDto, LineageNodeDto } from './dto/lineage.dto';
import type { LineageEdgeKind } from './lineage-edge.entity';

interface Reached {
  node: string;
  distance: number;
}

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

/** Walks the lineage graph with one recursive query per direction; depth-bounded, so cycles end. */
@Injectable()
export class LineageService {
  constructor(private readonly dataSource: DataSource) {}

  async graph(urn: string, direction: LineageDirection, depth: number): Promise<LineageGraphDto> {
    await this.requireNode(urn);
    const walks = direction === 'both' ? (['up', 'down'] as const) : ([direction] as const);
    const reached = new Map<string, number>([[urn, 0]]);
    const edges = new Map<string, EdgeRow>();
    let truncated = false;
    for (const way of walks) {
      const { nodes, complete } = await this.walk(urn, way, depth);
      truncated ||= !complete;
      for (const { node, distance } of nodes) if (!reached.has(node)) reached.set(node, way === 'up' ? -distance : distance);
      for (const edge of await this.edgesAmong(nodes.map((n) => n.node), way, depth, nodes)) edges.set(edge.id, edge);
    }
    return { root: urn, direction, depth, truncated, nodes: await this.describe(reached), edges: [...edges.values()].map(toEdge) };
  }

  private async requireNode(urn: string): Promise<void> {
    const parsed = parseUrn(urn);
    if (!parsed) throw new CatalogError(CatalogErrorCode.INVALID_URN, `'${urn}' is not a Meshwork URN: expected urn:meshwork:<domain>:<product> or urn:meshwork:<domain>:<product>:<port>:v<major>.`);
    const [{ known }] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM catalog.data_products WHERE urn = $1) OR EXISTS (SELECT 1 FROM catalog.output_ports WHERE urn = $1) AS known`,
      [urn],
    );
    if (!known) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `Nothing is registered at ${urn}.`);
  }

  /**
   * PostgreSQL evaluates the recursive query level by level, so its first rows are the nearest nodes; the LIMIT
   * stops the walk early on a huge fan-out instead of visiting everything within the depth.
   */
  private async walk(urn: string, way: 'up' | 'down', depth: number): Promise<{ nodes: Reached[]; complete: boolean }> {
    const { next, along } = WALK[way];
    const rows: { node: string; distance: number }[] = await this.dataSource.query(
      `WITH RECURSIVE walk(node, distance) AS (
         SELECT $1::varchar, 0
         UNION
         SELECT e.${next}, w.distance + 1 FROM walk w JOIN catalog.lineage_edges e ON e.${along} = w.node WHERE w.distance < $2
       )
       SELECT node, distance FROM walk LIMIT $3`,
      [urn, depth, LINEAGE_MAX_NODES + 1],
    );
    const nearest = new Map<string, number>();
    for (const row of rows.slice(0, LINEAGE_MAX_NODES)) if (!nearest.has(row.node)) nearest.set(row.node, row.distance);
    return { nodes: [...nearest].map(([node, distance]) => ({ node, distance })), complete: rows.length <= LINEAGE_MAX_NODES };
  }

  /** Edges leaving (down) or entering (up) reached nodes that are closer than the depth limit. */
  private async edgesAmong(nodes: string[], way: 'up' | 'down', depth: number, reached: Reached[]): Promise<EdgeRow[]> {
    const inner = reached.filter((r) => r.distance < depth).map((r) => r.node);
    if (inner.length === 0) return [];
    const { next, along } = WALK[way];
    // Driven by the reached nodes through the index, never a scan of every edge.
    return this.dataSource.query(
      `SELECT e.id, e.from_node, e.to_node, e.kind, e.source, e.observed_at
       FROM unnest($1::varchar[]) AS n(node) JOIN catalog.lineage_edges e ON e.${along} = n.node
       WHERE e.${next} = ANY($2)`,
      [inner, nodes],
    );
  }

  private async describe(reached: Map<string, number>): Promise<LineageNodeDto[]> {
    const productUrns = [...reached.keys()].map((id) => productOf(id)).filter((u): u is string => u !== undefined);
    const rows: { urn: string; title: string; status: string }[] = productUrns.length === 0 ? [] : await this.dataSource.query('SELECT urn, title, status FROM catalog.data_products WHERE urn = ANY($1)', [productUrns]);
    const products = new Map(rows.map((r) => [r.urn, r]));
    return [...reached].map(([id, distance]) => {
      const product = products.get(productOf(id) ?? '');
      return { id, kind: kindOf(id), distance, title: product?.title ?? null, status: product?.status ?? null };
    });
  }
}

function productOf(id: string): string | undefined {
  const parsed = parseUrn(id);
  return parsed ? `urn:meshwork:${parsed.domain}:${parsed.product}` : undefined;
}

function kindOf(id: string): LineageNodeDto['kind'] {
  const parsed = parseUrn(id);
  if (parsed) return parsed.kind;
  return id.startsWith('dataset:') ? 'dataset' : 'contract';
}

function toEdge(row: EdgeRow): LineageEdgeDto {
  return { from: row.from_node, to: row.to_node, kind: row.kind, source: row.source, observedAt: new Date(row.observed_at).toISOString() };
}
