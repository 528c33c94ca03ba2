import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DomainEntity } from '../domains/domain.entity';
import type { LifecycleStatus } from './lifecycle';

@Entity({ name: 'data_products', schema: 'catalog' })
@Index('uq_data_products_domain_name', ['domain', 'name'], { unique: true })
// GIN and expression indexes for search live in the migrations; TypeORM cannot declare them.
@Index('ix_data_products_name_vector', { synchronize: false })
@Index('ix_data_products_label_vector', { synchronize: false })
@Index('ix_data_products_lower_title', { synchronize: false })
@Index('ix_data_products_tags', { synchronize: false })
@Index('ix_data_products_classifications', { synchronize: false })
@Index('ix_data_products_name', ['name'])
// A filter's products in key order: browsing and searching within a domain, an owner or a status stop at a page.
@Index('ix_data_products_domain_doc', ['domain', 'doc'])
@Index('ix_data_products_owner_doc', ['ownerTeamId', 'doc'])
@Index('ix_data_products_status_doc', ['status', 'doc'])
export class DataProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 63 })
  domain!: string;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain', referencedColumnName: 'name', foreignKeyConstraintName: 'fk_data_products_domain' })
  domainRef?: DomainEntity;

  @Column({ type: 'varchar', length: 63 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  @Index('uq_data_products_urn', { unique: true })
  urn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: LifecycleStatus;

  @Column({ name: 'current_version', type: 'varchar', length: 64 })
  currentVersion!: string;

  /** The owning team, copied from the domain so search can filter and count by owner. */
  @Column({ name: 'owner_team_id', type: 'varchar', length: 63 })
  ownerTeamId!: string;

  /** Tags of the current version. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Classifications found on the fields of the current version's contracts (public, internal, restricted…). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  classifications!: string[];

  /** Version of the search and lineage indexing this row was last indexed with; older rows are indexed again. */
  @Column({ name: 'index_version', type: 'int', default: 0 })
  indexVersion!: number;

  /** A small number of its own for each product: how the search postings refer to it, and the order within a search tier. */
  @Column({ type: 'int', generated: 'identity', generatedIdentity: 'BY DEFAULT', insert: false, update: false })
  @Index('uq_data_products_doc', { unique: true })
  doc!: number;

  /** Names of the current version (product name, title): the first search tier. */
  @Column({ name: 'name_vector', type: 'tsvector', select: false, nullable: true })
  nameVector?: string | null;

  /** Names, domain, tags and port names: the second search tier. */
  @Column({ name: 'label_vector', type: 'tsvector', select: false, nullable: true })
  labelVector?: string | null;

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
