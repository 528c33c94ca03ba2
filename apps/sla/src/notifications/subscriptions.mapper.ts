import type { DeliveryEntity } from './delivery.entity';
import type { DeliveryDto, SubscriptionDto } from './dto/subscription.dto';
import type { SubscriptionEntity } from './subscription.entity';

/** A subscription as read: never its secret, only its last characters. */
export function toSubscriptionDto(s: SubscriptionEntity): SubscriptionDto {
  return { id: s.id, owner: s.owner, portUrn: s.portUrn, url: s.url, events: s.events, active: s.active, secretHint: s.secretHint, createdBy: s.createdBy, createdAt: s.createdAt.toISOString() };
}

export function toDeliveryDto(d: DeliveryEntity): DeliveryDto {
  return {
    id: d.id,
    origin: d.origin,
    eventId: d.eventId,
    type: d.type,
    incidentId: d.incidentId,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt ? d.deliveredAt.toISOString() : null,
    attemptLog: d.attemptLog,
    createdAt: d.createdAt.toISOString(),
  };
}
