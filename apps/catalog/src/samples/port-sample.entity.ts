import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DataProductEntity } from '../products/data-product.entity';

/** The sandbox sample of an output port (one per port URN, replaced by each upload), stored unmasked. */
@Entity({ name: 'port_samples', schema: 'catalog' })
export class PortSampleEntity {
  @PrimaryColumn({ name: 'port_urn', type: 'varchar', length: 300 })
  portUrn!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => DataProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_port_samples_product' })
  product?: DataProductEntity;

  /** The contract version and schema object the rows were validated against. */
  @Column({ name: 'contract_id', type: 'varchar', length: 200 })
  contractId!: string;

  @Column({ name: 'contract_version', type: 'varchar', length: 64 })
  contractVersion!: string;

  @Column({ name: 'schema_name', type: 'varchar', length: 200 })
  schemaName!: string;

  @Column({ type: 'jsonb' })
  rows!: Record<string, unknown>[];

  @Column({ name: 'row_count', type: 'int' })
  rowCount!: number;

  /** How the sample was uploaded: `json` or `csv`. */
  @Column({ type: 'varchar', length: 8 })
  format!: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 200 })
  uploadedBy!: string;

  @UpdateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
