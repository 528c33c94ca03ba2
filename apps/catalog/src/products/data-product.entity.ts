import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DomainEntity } from '../domains/domain.entity';
import type { LifecycleStatus } from './lifecycle';

@Entity({ name: 'data_products', schema: 'catalog' })
@Index('uq_data_products_domain_name', ['domain', 'name'], { unique: true })
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

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
