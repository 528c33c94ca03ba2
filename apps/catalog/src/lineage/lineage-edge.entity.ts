import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const LINEAGE_EDGE_KINDS = ['exposes', 'input-port', 'derived-from', 'openlineage'] as const;
export type LineageEdgeKind = (typeof LINEAGE_EDGE_KINDS)[number];

/**
 * One edge of the lineage graph. `from_ref`/`to_ref` keep what the source said (a URN, `contract:<id>:v<major>`,
 * `dataset:<namespace>/<name>`); `from_node`/`to_node` are the same refs resolved to URNs once known.
 */
@Entity({ name: 'lineage_edges', schema: 'catalog' })
@Index('uq_lineage_edges_identity', ['fromRef', 'toRef', 'kind', 'source'], { unique: true })
@Index('ix_lineage_edges_from_node', ['fromNode'])
@Index('ix_lineage_edges_to_node', ['toNode'])
@Index('ix_lineage_edges_from_ref', ['fromRef'])
@Index('ix_lineage_edges_to_ref', ['toRef'])
@Index('ix_lineage_edges_product', ['productId'])
export class LineageEdgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'from_ref', type: 'varchar', length: 600 })
  fromRef!: string;

  @Column({ name: 'to_ref', type: 'varchar', length: 600 })
  toRef!: string;

  @Column({ name: 'from_node', type: 'varchar', length: 600 })
  fromNode!: string;

  @Column({ name: 'to_node', type: 'varchar', length: 600 })
  toNode!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: LineageEdgeKind;

  /** Where the edge comes from: `odps:<product urn>` or `openlineage:<job namespace>/<job name>`. */
  @Column({ type: 'varchar', length: 600 })
  source!: string;

  /** The product whose current version declares the edge (ODPS edges); null for OpenLineage. */
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId!: string | null;

  @UpdateDateColumn({ name: 'observed_at', type: 'timestamptz' })
  observedAt!: Date;
}
