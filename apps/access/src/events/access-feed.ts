import type { EventFeedDefinition } from '@meshwork/platform';

const GRANT_FIELDS = {
  grantId: 'grant id',
  requestId: 'access request it came from',
  portUrn: 'output port URN',
  ownerTeamId: 'team owning the port',
  consumerPrincipalId: 'consumer principal id, or null',
  consumerTeam: 'consumer team, or null',
  fields: 'the fields granted (PII among them only when named), or null for every field of the contract',
  expiresAt: 'end of the grant',
};

const REQUEST_FIELDS = {
  requestId: 'access request id',
  portUrn: 'output port URN',
  ownerTeamId: 'team owning the port',
  consumerPrincipalId: 'consumer principal id, or null',
  consumerTeam: 'consumer team, or null',
  state: '`pending` when made; `approved`, `rejected` or `cancelled` when decided',
  createdAt: 'when it was made',
  decidedAt: 'when it was decided, or null',
};

/** The facts the access service writes with each change (apps/access), read at GET /v1/events. Purposes and reasons stay out: read them from the grant. */
export const ACCESS_FEED: EventFeedDefinition = {
  service: 'access',
  schema: 'access',
  types: [
    { fact: 'grant.approved', description: 'An access request was approved (by its approvers or the contract’s autoApprove): a grant began.', data: { ...GRANT_FIELDS, approvedBy: 'approvers' } },
    { fact: 'grant.revoked', description: 'A grant was revoked before its end.', data: { ...GRANT_FIELDS, revokedBy: 'who revoked it', revokedAt: 'when' } },
    { fact: 'grant.expired', description: 'A grant reached its end (written once by a periodic sweep, within a minute of it).', data: GRANT_FIELDS },
    { fact: 'access-request.created', description: 'A consumer asked for access to an output port.', data: REQUEST_FIELDS },
    { fact: 'access-request.decided', description: 'An access request was approved (its grant.approved follows in the same transaction), rejected or cancelled.', data: REQUEST_FIELDS },
  ],
};

/** The fields every grant fact carries. */
export function grantFact(grant: {
  id: string;
  requestId: string;
  portUrn: string;
  ownerTeamId: string;
  consumerPrincipalId: string | null;
  consumerTeam: string | null;
  fields?: string[] | null;
  expiresAt: Date;
}): Record<string, unknown> {
  return {
    grantId: grant.id,
    requestId: grant.requestId,
    portUrn: grant.portUrn,
    ownerTeamId: grant.ownerTeamId,
    consumerPrincipalId: grant.consumerPrincipalId,
    consumerTeam: grant.consumerTeam,
    fields: grant.fields ?? null,
    expiresAt: grant.expiresAt.toISOString(),
  };
}

/** The fields every access-request fact carries. Purposes and reasons stay out: read them from the request. */
export function requestFact(request: {
  id: string;
  portUrn: string;
  ownerTeamId: string;
  consumerPrincipalId: string | null;
  consumerTeam: string | null;
  state: string;
  createdAt: Date;
  decidedAt: Date | null;
}): Record<string, unknown> {
  return {
    requestId: request.id,
    portUrn: request.portUrn,
    ownerTeamId: request.ownerTeamId,
    consumerPrincipalId: request.consumerPrincipalId,
    consumerTeam: request.consumerTeam,
    state: request.state,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
