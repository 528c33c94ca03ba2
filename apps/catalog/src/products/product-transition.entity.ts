import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LifecycleStatus } from './lifecycle';

/** History of lifecycle changes: who moved a product, when, and why. */
@Entity({ name: 'product_transitions', schema: 'catalog' })
@Index('ix_product_transitions_product', ['productId', 'at'])
export class ProductTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  from!: LifecycleStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  to!: LifecycleStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
