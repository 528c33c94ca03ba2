import { productUrnOf } from '../slos/slos.mapper';
import type { IncidentDto } from './dto/incident.dto';
import type { IncidentEntity } from './incident.entity';

export function toIncidentDto(incident: IncidentEntity): IncidentDto {
  return {
    id: incident.id,
    sloId: incident.sloId,
    portUrn: incident.portUrn,
    productUrn: productUrnOf(incident.portUrn),
    property: incident.property,
    open: incident.closedAt === null,
    openedAt: incident.openedAt.toISOString(),
    detectedAt: incident.detectedAt.toISOString(),
    closedAt: incident.closedAt ? incident.closedAt.toISOString() : null,
    closeReason: incident.closeReason,
    observed: { value: incident.observedValue, unit: incident.observedUnit },
    target: incident.target,
    timeToDetectSeconds: incident.timeToDetectSeconds,
    timeToRecoverSeconds: incident.timeToRecoverSeconds,
  };
}
