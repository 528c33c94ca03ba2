import type { DeliveryAttempt, DeliveryStatus } from '@meshwork/platform';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SubscriptionEntity } from './subscription.entity';

export { DELIVERY_STATUSES, type DeliveryAttempt, type DeliveryStatus } from '@meshwork/platform';

/** Where a delivery's event comes from: `incident` (the service's own feed, sla.events), `feed` (sla.webhook_events). */
export const DELIVERY_ORIGINS = ['incident', 'feed'] as const;
export type DeliveryOrigin = (typeof DELIVERY_ORIGINS)[number];

/**
 * One event to one subscription, as one type: made once per such triple, so that two dispatchers never send it twice.
 * The delivery log's columns are the ones libs/platform's sendDueDeliveries keeps.
 */
@Entity({ name: 'deliveries', schema: 'sla' })
@Unique('deliveries_event_subscription_key', ['origin', 'eventId', 'subscriptionId', 'type'])
@Index('deliveries_due_idx', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('deliveries_subscription_idx', ['subscriptionId', 'createdAt'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16, default: 'incident' })
  origin!: DeliveryOrigin;

  /**
   * sla.events.id or sla.webhook_events.id, after `origin` (no foreign key: events are kept by their own features). Incident
   * deliveries made before the incident facts were read from sla.events keep their old id negated.
   */
  @Column({ name: 'event_id', type: 'bigint' })
  eventId!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: SubscriptionEntity;

  /** `incident.opened`, `incident.closed`, `contract.breaking-change`, or the CloudEvents type of a feed event. */
  @Column({ type: 'varchar', length: 200 })
  type!: string;

  /** The incident of an incident delivery; null otherwise. */
  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId!: string | null;

  /** The JSON POSTed, composed when the event was expanded. */
  @Column({ type: 'jsonb', nullable: true })
  body!: Record<string, unknown> | null;

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
