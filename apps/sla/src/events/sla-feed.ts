import type { EventFeedDefinition } from '@meshwork/platform';

const SLO_FIELDS = {
  sloId: 'SLO id',
  portUrn: 'output port URN',
  productUrn: 'product URN',
  property: 'SLA property',
  from: 'status before',
  to: 'status after',
  since: 'when the new status began',
  observed: '`value` and `unit` measured',
};

const INCIDENT_FIELDS = 'the incident as GET /v1/incidents/{id} answers it: `id`, `sloId`, `portUrn`, `productUrn`, `property`, `open`, `openedAt`, `detectedAt`, `closedAt`, `closeReason`, `observed`, `target`, `timeToDetectSeconds`, `timeToRecoverSeconds`';

/** The facts SLA monitoring writes with each change (apps/sla), read at GET /v1/events. */
export const SLA_FEED: EventFeedDefinition = {
  service: 'sla',
  schema: 'sla',
  types: [
    { fact: 'slo.breached', description: 'An SLO’s evaluation found it breached (it was not).', data: SLO_FIELDS },
    { fact: 'slo.recovered', description: 'A breached SLO’s evaluation found it no longer breached.', data: SLO_FIELDS },
    { fact: 'incident.opened', description: 'An incident opened on an SLO entering a breach.', data: { incident: INCIDENT_FIELDS } },
    { fact: 'incident.closed', description: 'An incident closed: its SLO recovered, or its port was retired (`closeReason`).', data: { incident: INCIDENT_FIELDS } },
  ],
};
