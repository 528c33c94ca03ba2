import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A webhook that receives the incidents of the ports its owner is concerned with. */
@Entity({ name: 'subscriptions', schema: 'sla' })
@Index('subscriptions_owner_idx', ['owner', 'createdAt'])
export class SubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `principal:<id>` or `team:<name>`. */
  @Column({ type: 'varchar', length: 300 })
  owner!: string;

  /** Only this port's incidents; null for every port the owner is concerned with. */
  @Column({ name: 'port_urn', type: 'varchar', length: 500, nullable: true })
  portUrn!: string | null;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  /** Kept as given: every delivery is signed with it (HMAC), so it must be readable by the service. */
  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
