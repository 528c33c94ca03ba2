import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An event of another service's feed (or SLA monitoring's own) that some subscription may want, kept from the feed
 * consumer's transaction until the dispatcher has expanded it into deliveries.
 */
@Entity({ name: 'webhook_events', schema: 'sla' })
@Unique('webhook_events_feed_event_key', ['feed', 'feedEventId'])
@Index('webhook_events_pending_idx', ['id'], { where: '"dispatched_at" IS NULL' })
export class WebhookEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** The service whose feed carried it. */
  @Column({ type: 'varchar', length: 32 })
  feed!: string;

  /** The CloudEvents id in that feed. */
  @Column({ name: 'feed_event_id', type: 'varchar', length: 100 })
  feedEventId!: string;

  @Column({ type: 'varchar', length: 200 })
  type!: string;

  @Column({ type: 'varchar', length: 1000 })
  subject!: string;

  /** The CloudEvent as the feed answered it (without its cursor). */
  @Column({ type: 'jsonb' })
  event!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
