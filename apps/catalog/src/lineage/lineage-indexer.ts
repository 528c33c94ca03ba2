import { Injectable } from '@nestjs/common';
import { contractDatasets, leadingMajor, type NormalisedProduct, type OdcsContract } from '@meshwork/descriptors';
import type { EntityManager } from 'typeorm';
import type { DataProductEntity } from '../products/data-product.entity';
import type { OutputPortEntity } from '../products/output-port.entity';
import type { LineageEdgeKind } from './lineage-edge.entity';
import { contractRef, datasetRef } from './refs';

interface EdgeRow {
  fromRef: string;
  toRef: string;
  kind: LineageEdgeKind;
}

/** An input names the upstream port's major through its version; one without a number is read as major 0. */
const majorOf = (version: string): number => leadingMajor(version) ?? 0;

/** Keeps the lineage graph in step with a product's current version, inside the registration's transaction. */
@Injectable()
export class LineageIndexer {
  async index(manager: EntityManager, product: DataProductEntity, normalised: NormalisedProduct, ports: OutputPortEntity[], contracts: Map<string, Record<string, unknown>>): Promise<void> {
    await this.registerAliases(manager, ports, contracts);
    await manager.query('DELETE FROM catalog.lineage_edges WHERE product_id = $1', [product.id]);
    await this.insertEdges(manager, product, this.edges(product, normalised, ports));
  }

  /** Names under which others may point at these ports: their contracts, and the datasets their servers hold. */
  private async registerAliases(manager: EntityManager, ports: OutputPortEntity[], contracts: Map<string, Record<string, unknown>>): Promise<void> {
    const aliases = new Map<string, string>();
    for (const port of ports) {
      if (!port.contractId) continue;
      aliases.set(contractRef(port.contractId, port.major), port.urn);
      const contract = contracts.get(port.contractId);
      if (contract) for (const dataset of contractDatasets(contract as OdcsContract)) aliases.set(datasetRef(dataset.key), port.urn);
    }
    if (aliases.size === 0) return;
    // Sorted, so concurrent registrations lock shared rows in one order.
    const refs = [...aliases.keys()].sort();
    await manager.query(
      `INSERT INTO catalog.lineage_aliases (ref, urn) SELECT * FROM unnest($1::varchar[], $2::varchar[])
       ON CONFLICT (ref) DO UPDATE SET urn = EXCLUDED.urn`,
      [refs, refs.map((ref) => aliases.get(ref))],
    );
    // Edges recorded before these ports existed (or that named an older port) now point at them.
    await manager.query('UPDATE catalog.lineage_edges e SET from_node = a.urn FROM catalog.lineage_aliases a WHERE a.ref = e.from_ref AND a.ref = ANY($1) AND e.from_node <> a.urn', [refs]);
    await manager.query('UPDATE catalog.lineage_edges e SET to_node = a.urn FROM catalog.lineage_aliases a WHERE a.ref = e.to_ref AND a.ref = ANY($1) AND e.to_node <> a.urn', [refs]);
  }

  private edges(product: DataProductEntity, normalised: NormalisedProduct, ports: OutputPortEntity[]): EdgeRow[] {
    const edges: EdgeRow[] = ports.map((port) => ({ fromRef: product.urn, toRef: port.urn, kind: 'exposes' }));
    for (const input of normalised.inputPorts) {
      if (input.contractId) edges.push({ fromRef: contractRef(input.contractId, majorOf(input.version)), toRef: product.urn, kind: 'input-port' });
    }
    for (const declared of normalised.outputPorts) {
      const port = ports.find((p) => p.name === declared.name && p.major === declared.major);
      if (!port) continue;
      for (const upstream of declared.inputContracts) edges.push({ fromRef: contractRef(upstream.id, majorOf(upstream.version)), toRef: port.urn, kind: 'derived-from' });
    }
    return edges;
  }

  private async insertEdges(manager: EntityManager, product: DataProductEntity, edges: EdgeRow[]): Promise<void> {
    if (edges.length === 0) return;
    await manager.query(
      `INSERT INTO catalog.lineage_edges (from_ref, to_ref, from_node, to_node, kind, source, product_id)
       SELECT e.from_ref, e.to_ref, coalesce(fa.urn, e.from_ref), coalesce(ta.urn, e.to_ref), e.kind, $4, $5
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS e(from_ref, to_ref, kind)
       LEFT JOIN catalog.lineage_aliases fa ON fa.ref = e.from_ref
       LEFT JOIN catalog.lineage_aliases ta ON ta.ref = e.to_ref
       ON CONFLICT (from_ref, to_ref, kind, source) DO NOTHING`,
      [edges.map((e) => e.fromRef), edges.map((e) => e.toRef), edges.map((e) => e.kind), `odps:${product.urn}`, product.id],
    );
  }
}
