import type { NormalisedContract } from '@meshwork/descriptors';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SemverRow } from '../common/semver-row';

/** One version of an ODCS contract, owned by the data product that published it; contract ids are unique per domain. */
@Entity({ name: 'contract_versions', schema: 'catalog' })
@Index('uq_contract_versions_domain_contract_version', ['domain', 'contractId', 'version'], { unique: true })
export class ContractVersionEntity extends SemverRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'contract_id', type: 'varchar', length: 200 })
  contractId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  @Index('ix_contract_versions_product')
  productId!: string;

  @Column({ type: 'varchar', length: 63 })
  domain!: string;

  @Column({ name: 'api_version', type: 'varchar', length: 32 })
  apiVersion!: string;

  /** The ODCS document exactly as submitted (key order kept). */
  @Column({ type: 'json' })
  document!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  normalised!: NormalisedContract;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
