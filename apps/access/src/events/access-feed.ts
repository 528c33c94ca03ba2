import type { EventFeedDefinition } from '@meshwork/platform';

const GRANT_FIELDS = {
  grantId: 'grant id',
  requestId: 'access request it came from',
  portUrn: 'output port URN',
  ownerTeamId: 'team owning the port',
  consumerPrincipalId: 'consumer principal id, or null',
  consumerTeam: 'consumer team, or null',
  expiresAt: 'end of the grant',
};

/** The facts the access service writes with each change (apps/access), read at GET /v1/events. Purposes and reasons stay out: read them from the grant. */
export const ACCESS_FEED: EventFeedDefinition = {
  service: 'access',
  schema: 'access',
  types: [
    { fact: 'grant.approved', description: 'An access request was approved (by its approvers or the contract’s autoApprove): a grant began.', data: { ...GRANT_FIELDS, approvedBy: 'approvers' } },
    { fact: 'grant.revoked', description: 'A grant was revoked before its end.', data: { ...GRANT_FIELDS, revokedBy: 'who revoked it', revokedAt: 'when' } },
    { fact: 'grant.expired', description: 'A grant reached its end (written once by a periodic sweep, within a minute of it).', data: GRANT_FIELDS },
  ],
};

/** The fields every grant fact carries. */
export function grantFact(grant: { id: string; requestId: string; portUrn: string; ownerTeamId: string; consumerPrincipalId: string | null; consumerTeam: string | null; expiresAt: Date }): Record<string, unknown> {
  return {
    grantId: grant.id,
    requestId: grant.requestId,
    portUrn: grant.portUrn,
    ownerTeamId: grant.ownerTeamId,
    consumerPrincipalId: grant.consumerPrincipalId,
    consumerTeam: grant.consumerTeam,
    expiresAt: grant.expiresAt.toISOString(),
  };
}
