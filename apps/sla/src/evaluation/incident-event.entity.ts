import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const INCIDENT_EVENT_KINDS = ['opened', 'closed'] as const;
export type IncidentEventKind = (typeof INCIDENT_EVENT_KINDS)[number];

/**
 * Outbox of incident changes, written in the transaction that opens or closes the incident; the notification
 * dispatcher reads the rows not yet dispatched, in id order, and stamps `dispatched_at`.
 */
@Entity({ name: 'incident_events', schema: 'sla' })
@Index('incident_events_pending_idx', ['id'], { where: '"dispatched_at" IS NULL' })
export class IncidentEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: IncidentEventKind;

  @Column({ name: 'port_urn', type: 'varchar', length: 300 })
  portUrn!: string;

  @Column({ name: 'slo_id', type: 'uuid' })
  sloId!: string;

  /** The incident as GET /v1/incidents/{id} answers it, after the change. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
