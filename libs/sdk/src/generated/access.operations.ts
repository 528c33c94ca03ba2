// Generated from libs/sdk/openapi/access.json by tools/openapi. Do not edit.
import type { Operation, OperationFactory } from '../operation';
import type { paths } from './access';

/** Every operation of the access API, by operationId: each resolves to the success body and throws MeshError otherwise. */
export interface AccessApi {
  /** Approve the current step of an access request (`POST /v1/access-requests/{id}/approve`) */
  approveAccessRequest: Operation<paths["/v1/access-requests/{id}/approve"], "post">;
  /** Cancel an access request (`POST /v1/access-requests/{id}/cancel`) */
  cancelAccessRequest: Operation<paths["/v1/access-requests/{id}/cancel"], "post">;
  /** Request access to an output port (`POST /v1/access-requests`) */
  createAccessRequest: Operation<paths["/v1/access-requests"], "post">;
  /** Create an API key for a service account (`POST /v1/principals/{id}/api-keys`) */
  createApiKey: Operation<paths["/v1/principals/{id}/api-keys"], "post">;
  /** Create a principal (`POST /v1/principals`) */
  createPrincipal: Operation<paths["/v1/principals"], "post">;
  /** Create a team (`POST /v1/teams`) */
  createTeam: Operation<paths["/v1/teams"], "post">;
  /** May this principal read this output port now? (`POST /v1/decisions`) */
  decide: Operation<paths["/v1/decisions"], "post">;
  /** Decide up to 500 checks at once (`POST /v1/decisions/batch`) */
  decideBatch: Operation<paths["/v1/decisions/batch"], "post">;
  /** Delete a principal (`DELETE /v1/principals/{id}`) */
  deletePrincipal: Operation<paths["/v1/principals/{id}"], "delete">;
  /** Delete a team (`DELETE /v1/teams/{name}`) */
  deleteTeam: Operation<paths["/v1/teams/{name}"], "delete">;
  /** Export audit entries as NDJSON (`GET /v1/audit/events/export`) */
  exportAuditEvents: Operation<paths["/v1/audit/events/export"], "get">;
  /** Get an access request (`GET /v1/access-requests/{id}`) */
  getAccessRequest: Operation<paths["/v1/access-requests/{id}"], "get">;
  /** Get a grant (`GET /v1/grants/{id}`) */
  getGrant: Operation<paths["/v1/grants/{id}"], "get">;
  /** Public keys of the tokens this service issues (`GET /.well-known/jwks.json`) */
  getJwks: Operation<paths["/.well-known/jwks.json"], "get">;
  /** Liveness: the process is up (`GET /health/live`) */
  getLiveness: Operation<paths["/health/live"], "get">;
  /** Get a principal (`GET /v1/principals/{id}`) */
  getPrincipal: Operation<paths["/v1/principals/{id}"], "get">;
  /** What a principal may do, packed for local decisions (`GET /v1/principals/{id}/bundle`) */
  getPrincipalBundle: Operation<paths["/v1/principals/{id}/bundle"], "get">;
  /** Readiness: the service can reach its database (`GET /health/ready`) */
  getReadiness: Operation<paths["/health/ready"], "get">;
  /** Get a team (`GET /v1/teams/{name}`) */
  getTeam: Operation<paths["/v1/teams/{name}"], "get">;
  /** Exchange an API key for an access token (`POST /v1/auth/token`) */
  issueToken: Operation<paths["/v1/auth/token"], "post">;
  /** List access requests (`GET /v1/access-requests`) */
  listAccessRequests: Operation<paths["/v1/access-requests"], "get">;
  /** List a service account's API keys (`GET /v1/principals/{id}/api-keys`) */
  listApiKeys: Operation<paths["/v1/principals/{id}/api-keys"], "get">;
  /** List audit entries (`GET /v1/audit/events`) */
  listAuditEvents: Operation<paths["/v1/audit/events"], "get">;
  /** Read the event feed (CloudEvents 1.0, commit order, long-poll) (`GET /v1/events`) */
  listEvents: Operation<paths["/v1/events"], "get">;
  /** List grants (`GET /v1/grants`) */
  listGrants: Operation<paths["/v1/grants"], "get">;
  /** List a principal's team memberships (`GET /v1/principals/{id}/memberships`) */
  listPrincipalMemberships: Operation<paths["/v1/principals/{id}/memberships"], "get">;
  /** List principals (`GET /v1/principals`) */
  listPrincipals: Operation<paths["/v1/principals"], "get">;
  /** List the members of a team (`GET /v1/teams/{name}/members`) */
  listTeamMembers: Operation<paths["/v1/teams/{name}/members"], "get">;
  /** List teams (`GET /v1/teams`) */
  listTeams: Operation<paths["/v1/teams"], "get">;
  /** Add a member to a team or change its role (`PUT /v1/teams/{name}/members/{principalId}`) */
  putTeamMember: Operation<paths["/v1/teams/{name}/members/{principalId}"], "put">;
  /** Report decisions made locally by the SDK (`POST /v1/audit/local-decisions`) */
  recordLocalDecisions: Operation<paths["/v1/audit/local-decisions"], "post">;
  /** Reject an access request (`POST /v1/access-requests/{id}/reject`) */
  rejectAccessRequest: Operation<paths["/v1/access-requests/{id}/reject"], "post">;
  /** Remove a member from a team (`DELETE /v1/teams/{name}/members/{principalId}`) */
  removeTeamMember: Operation<paths["/v1/teams/{name}/members/{principalId}"], "delete">;
  /** Revoke an API key (`DELETE /v1/principals/{id}/api-keys/{keyId}`) */
  revokeApiKey: Operation<paths["/v1/principals/{id}/api-keys/{keyId}"], "delete">;
  /** Revoke a grant (`POST /v1/grants/{id}/revoke`) */
  revokeGrant: Operation<paths["/v1/grants/{id}/revoke"], "post">;
  /** Rotate the signing key (`POST /v1/keys/rotate`) */
  rotateSigningKey: Operation<paths["/v1/keys/rotate"], "post">;
  /** Update a principal (`PATCH /v1/principals/{id}`) */
  updatePrincipal: Operation<paths["/v1/principals/{id}"], "patch">;
  /** Update a team (`PATCH /v1/teams/{name}`) */
  updateTeam: Operation<paths["/v1/teams/{name}"], "patch">;
  /** Verify the audit chain (`GET /v1/audit/verify`) */
  verifyAuditChain: Operation<paths["/v1/audit/verify"], "get">;
}

export function accessApi(operation: OperationFactory<paths>): AccessApi {
  return {
    approveAccessRequest: operation("approveAccessRequest", "post", "/v1/access-requests/{id}/approve"),
    cancelAccessRequest: operation("cancelAccessRequest", "post", "/v1/access-requests/{id}/cancel"),
    createAccessRequest: operation("createAccessRequest", "post", "/v1/access-requests"),
    createApiKey: operation("createApiKey", "post", "/v1/principals/{id}/api-keys"),
    createPrincipal: operation("createPrincipal", "post", "/v1/principals"),
    createTeam: operation("createTeam", "post", "/v1/teams"),
    decide: operation("decide", "post", "/v1/decisions"),
    decideBatch: operation("decideBatch", "post", "/v1/decisions/batch"),
    deletePrincipal: operation("deletePrincipal", "delete", "/v1/principals/{id}"),
    deleteTeam: operation("deleteTeam", "delete", "/v1/teams/{name}"),
    exportAuditEvents: operation("exportAuditEvents", "get", "/v1/audit/events/export"),
    getAccessRequest: operation("getAccessRequest", "get", "/v1/access-requests/{id}"),
    getGrant: operation("getGrant", "get", "/v1/grants/{id}"),
    getJwks: operation("getJwks", "get", "/.well-known/jwks.json"),
    getLiveness: operation("getLiveness", "get", "/health/live"),
    getPrincipal: operation("getPrincipal", "get", "/v1/principals/{id}"),
    getPrincipalBundle: operation("getPrincipalBundle", "get", "/v1/principals/{id}/bundle"),
    getReadiness: operation("getReadiness", "get", "/health/ready"),
    getTeam: operation("getTeam", "get", "/v1/teams/{name}"),
    issueToken: operation("issueToken", "post", "/v1/auth/token"),
    listAccessRequests: operation("listAccessRequests", "get", "/v1/access-requests"),
    listApiKeys: operation("listApiKeys", "get", "/v1/principals/{id}/api-keys"),
    listAuditEvents: operation("listAuditEvents", "get", "/v1/audit/events"),
    listEvents: operation("listEvents", "get", "/v1/events"),
    listGrants: operation("listGrants", "get", "/v1/grants"),
    listPrincipalMemberships: operation("listPrincipalMemberships", "get", "/v1/principals/{id}/memberships"),
    listPrincipals: operation("listPrincipals", "get", "/v1/principals"),
    listTeamMembers: operation("listTeamMembers", "get", "/v1/teams/{name}/members"),
    listTeams: operation("listTeams", "get", "/v1/teams"),
    putTeamMember: operation("putTeamMember", "put", "/v1/teams/{name}/members/{principalId}"),
    recordLocalDecisions: operation("recordLocalDecisions", "post", "/v1/audit/local-decisions"),
    rejectAccessRequest: operation("rejectAccessRequest", "post", "/v1/access-requests/{id}/reject"),
    removeTeamMember: operation("removeTeamMember", "delete", "/v1/teams/{name}/members/{principalId}"),
    revokeApiKey: operation("revokeApiKey", "delete", "/v1/principals/{id}/api-keys/{keyId}"),
    revokeGrant: operation("revokeGrant", "post", "/v1/grants/{id}/revoke"),
    rotateSigningKey: operation("rotateSigningKey", "post", "/v1/keys/rotate"),
    updatePrincipal: operation("updatePrincipal", "patch", "/v1/principals/{id}"),
    updateTeam: operation("updateTeam", "patch", "/v1/teams/{name}"),
    verifyAuditChain: operation("verifyAuditChain", "get", "/v1/audit/verify"),
  };
}
