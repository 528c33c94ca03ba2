import type { EventOutbox } from '@meshwork/platform';
import { type EntityManager, In } from 'typeorm';
import { IncidentEntity } from './incident.entity';
import { toIncidentDto } from './incidents.mapper';

export type IncidentEventKind = 'opened' | 'closed';

/** Closed without a recovery time: the SLO did not recover, its port went away. */
const CLOSE_RETIRED = `
UPDATE "sla"."incidents" SET "closed_at" = greatest("opened_at", $2::timestamptz), "close_reason" = 'port-retired'
WHERE "slo_id" = ANY($1::uuid[]) AND "closed_at" IS NULL
RETURNING "id"`;

/**
 * The facts of incidents just opened or closed, in the caller's transaction, with the incident as read after the
 * change: incident.opened / incident.closed in the service's event feed (which the notification dispatcher reads too).
 */
export async function insertIncidentEvents(manager: EntityManager, outbox: EventOutbox, rows: { id: string }[], kind: IncidentEventKind, now: Date): Promise<void> {
  if (rows.length === 0) return;
  const incidents = await manager.find(IncidentEntity, { where: { id: In(rows.map((r) => r.id)) }, order: { openedAt: 'ASC', id: 'ASC' } });
  for (const incident of incidents) await outbox.append(manager, { type: `incident.${kind}`, subject: incident.id, data: { incident: toIncidentDto(incident) }, time: now });
}

/** Closes the open incidents of retired SLOs with reason `port-retired`, each with its `closed` event; answers how many. */
export async function closeIncidentsOfRetiredSlos(manager: EntityManager, outbox: EventOutbox, sloIds: string[], now: Date): Promise<number> {
  if (sloIds.length === 0) return 0;
  const [rows] = (await manager.query(CLOSE_RETIRED, [sloIds, now.toISOString()])) as [{ id: string }[], number];
  await insertIncidentEvents(manager, outbox, rows, 'closed', now);
  return rows.length;
}
