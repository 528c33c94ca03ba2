import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A webhook of an external system: the port events its owner is concerned with, and the feed events it asks for. */
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

  /** Every delivery is signed with the secret (HMAC), so the service must read it: AES-256-GCM under SLA_SECRET_KEY, bound to the id. */
  @Column({ name: 'secret_encrypted', type: 'text' })
  secretEncrypted!: string;

  /** The secret's last characters, shown on reads in its stead. */
  @Column({ name: 'secret_hint', type: 'varchar', length: 8 })
  secretHint!: string;

  /** Which events are delivered: port events (incidents, breaking changes) and feed event types or patterns (event-filter.ts). */
  @Column({ type: 'jsonb' })
  events!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Bumped by every change: the subscription's ETag. */
  @Column({ type: 'int', default: 1 })
  version!: number;
}
