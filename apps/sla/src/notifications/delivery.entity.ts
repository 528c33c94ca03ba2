import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SubscriptionEntity } from './subscription.entity';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const WEBHOOK_TYPES = ['incident.opened', 'incident.closed'] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];

/** One attempt to POST a delivery, kept in its log. */
export interface DeliveryAttempt {
  at: string;
  status: number | null;
  error: string | null;
}

/** One incident event to one subscription: made once per pair, so that two dispatchers never send it twice. */
@Entity({ name: 'deliveries', schema: 'sla' })
@Unique('deliveries_event_subscription_key', ['eventId', 'subscriptionId'])
@Index('deliveries_due_idx', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('deliveries_subscription_idx', ['subscriptionId', 'createdAt'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** sla.incident_events.id (no foreign key: events belong to the evaluation feature and are never deleted). */
  @Column({ name: 'event_id', type: 'bigint' })
  eventId!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: SubscriptionEntity;

  @Column({ type: 'varchar', length: 32 })
  type!: WebhookType;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_status', type: 'int', nullable: true })
  lastStatus!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'attempt_log', type: 'jsonb', default: () => `'[]'` })
  attemptLog!: DeliveryAttempt[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
