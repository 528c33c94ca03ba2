import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProductVersionEntity } from './product-version.entity';

/** An output port as declared by one product version; its URN is shared across versions of the same major. */
@Entity({ name: 'output_ports', schema: 'catalog' })
@Index('ix_output_ports_urn', ['urn'])
@Index('uq_output_ports_version_urn', ['productVersionId', 'urn'], { unique: true })
export class OutputPortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_version_id', type: 'uuid' })
  productVersionId!: string;

  @ManyToOne(() => ProductVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_version_id', foreignKeyConstraintName: 'fk_output_ports_product_version' })
  productVersion?: ProductVersionEntity;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ type: 'int' })
  major!: number;

  @Column({ type: 'varchar', length: 64 })
  version!: string;

  @Column({ type: 'varchar', length: 300 })
  urn!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  type!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'contract_id', type: 'varchar', length: 200, nullable: true })
  contractId!: string | null;
}
