import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An output port the SLA service holds SLOs for, as last published in the catalog. */
@Entity({ name: 'ports', schema: 'sla' })
@Index('ports_product_idx', ['domain', 'product'])
export class PortEntity {
  /** `urn:meshwork:<domain>:<product>:<port>:v<major>`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  urn!: string;

  @Column({ type: 'varchar', length: 63 })
  domain!: string;

  @Column({ type: 'varchar', length: 63 })
  product!: string;

  @Column({ name: 'port_name', type: 'varchar', length: 63 })
  portName!: string;

  /** The team owning the port's domain: its members tune the port's SLOs. */
  @Column({ name: 'owner_team_id', type: 'varchar', length: 200 })
  ownerTeamId!: string;

  @Column({ name: 'contract_id', type: 'varchar', length: 200, nullable: true })
  contractId!: string | null;

  @Column({ name: 'contract_version', type: 'varchar', length: 100, nullable: true })
  contractVersion!: string | null;

  @Column({ name: 'product_version', type: 'varchar', length: 100 })
  productVersion!: string;

  /** When a published version of the product stopped listing the port; null while it is listed. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
