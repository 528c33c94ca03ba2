import type { AuditEventEntity } from './audit-event.entity';
import type { AuditEventDto } from './audit.dto';

export function toAuditEventDto(e: AuditEventEntity): AuditEventDto {
  return {
    sequence: Number(e.sequence),
    occurredAt: e.occurredAt.toISOString(),
    actor: e.actor,
    action: e.action,
    resource: e.resource,
    outcome: e.outcome,
    details: e.details,
    sourceIp: e.sourceIp,
    requestId: e.requestId,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
