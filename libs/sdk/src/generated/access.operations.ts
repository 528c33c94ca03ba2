// Generated from libs/sdk/openapi/access.json by tools/openapi. Do not edit.
import type { PathBasedClient } from 'openapi-fetch';
import type { paths } from './access';

export function accessOperations(client: PathBasedClient<paths>) {
  return {
    /** Approve the current step of an access request */
    approveAccessRequest: client["/v1/access-requests/{id}/approve"].POST,
    /** Cancel an access request */
    cancelAccessRequest: client["/v1/access-requests/{id}/cancel"].POST,
    /** Request access to an output port */
    createAccessRequest: client["/v1/access-requests"].POST,
    /** Create an API key for a service account */
    createApiKey: client["/v1/principals/{id}/api-keys"].POST,
    /** Create a principal */
    createPrincipal: client["/v1/principals"].POST,
    /** Create a team */
    createTeam: client["/v1/teams"].POST,
    /** May this principal read this output port now? */
    decide: client["/v1/decisions"].POST,
    /** Decide up to 500 checks at once */
    decideBatch: client["/v1/decisions/batch"].POST,
    /** Delete a principal */
    deletePrincipal: client["/v1/principals/{id}"].DELETE,
    /** Delete a team */
    deleteTeam: client["/v1/teams/{name}"].DELETE,
    /** Export audit entries as NDJSON */
    exportAuditEvents: client["/v1/audit/events/export"].GET,
    /** Get an access request */
    getAccessRequest: client["/v1/access-requests/{id}"].GET,
    /** Get a grant */
    getGrant: client["/v1/grants/{id}"].GET,
    /** Public keys of the tokens this service issues */
    getJwks: client["/.well-known/jwks.json"].GET,
    /** Liveness: the process is up */
    getLiveness: client["/health/live"].GET,
    /** Get a principal */
    getPrincipal: client["/v1/principals/{id}"].GET,
    /** What a principal may do, packed for local decisions */
    getPrincipalBundle: client["/v1/principals/{id}/bundle"].GET,
    /** Readiness: the service can reach its database */
    getReadiness: client["/health/ready"].GET,
    /** Get a team */
    getTeam: client["/v1/teams/{name}"].GET,
    /** Exchange an API key for an access token */
    issueToken: client["/v1/auth/token"].POST,
    /** List access requests */
    listAccessRequests: client["/v1/access-requests"].GET,
    /** List a service account's API keys */
    listApiKeys: client["/v1/principals/{id}/api-keys"].GET,
    /** List audit entries */
    listAuditEvents: client["/v1/audit/events"].GET,
    /** List grants */
    listGrants: client["/v1/grants"].GET,
    /** List a principal's team memberships */
    listPrincipalMemberships: client["/v1/principals/{id}/memberships"].GET,
    /** List principals */
    listPrincipals: client["/v1/principals"].GET,
    /** List the members of a team */
    listTeamMembers: client["/v1/teams/{name}/members"].GET,
    /** List teams */
    listTeams: client["/v1/teams"].GET,
    /** Add a member to a team or change its role */
    putTeamMember: client["/v1/teams/{name}/members/{principalId}"].PUT,
    /** Report decisions made locally by the SDK */
    recordLocalDecisions: client["/v1/audit/local-decisions"].POST,
    /** Reject an access request */
    rejectAccessRequest: client["/v1/access-requests/{id}/reject"].POST,
    /** Remove a member from a team */
    removeTeamMember: client["/v1/teams/{name}/members/{principalId}"].DELETE,
    /** Revoke an API key */
    revokeApiKey: client["/v1/principals/{id}/api-keys/{keyId}"].DELETE,
    /** Revoke a grant */
    revokeGrant: client["/v1/grants/{id}/revoke"].POST,
    /** Rotate the signing key */
    rotateSigningKey: client["/v1/keys/rotate"].POST,
    /** Update a principal */
    updatePrincipal: client["/v1/principals/{id}"].PATCH,
    /** Update a team */
    updateTeam: client["/v1/teams/{name}"].PATCH,
    /** Verify the audit chain */
    verifyAuditChain: client["/v1/audit/verify"].GET,
  };
}
