import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Role } from '@meshwork/authz';
import { generateKeyPair, SignJWT } from 'jose';
import { actorGroups, type CatalogProcess, matrixCells, matrixLabel, restoreEnv, startCatalogProcess } from '@meshwork/testing';
import { type AccessHarness, AUDIENCE, createPrincipal, createTeam, ISSUER, json, jsonBody, type Problem, type Schemas, startAccess } from './support';

/**
 * Who may call what: every access operation against every kind of caller, with real JWTs verified against a JWKS and
 * a real catalog process that owns the ports. Objects belong to team A (the owner team of domain A and its port)
 * unless a row says otherwise. Rows that change state prepare fresh objects for each call (updateTeam only rewrites
 * team A's description), so rows and actors run in any order.
 */

const TEAM_A = 'team-a';
const TEAM_B = 'team-b';
const DOMAIN_A = 'domain-a';
const DOMAIN_B = 'domain-b';
const PRODUCT = 'orders';
const portOf = (domain: string) => `urn:meshwork:${domain}:${PRODUCT}:${PRODUCT}:v1`;
const PORT_A = portOf(DOMAIN_A);
/** The test identity provider's key id; a forged token reuses it with another key. */
const IDP_KID = 'access-test-1';

type TeamRef = 'A' | 'B';

interface ActorSpec {
  /** Name of the principal the actor's token speaks for (its `sub` is that principal's id). */
  principal: string;
  roles: Role[];
  teams: { team: TeamRef; role: 'domain-owner' | 'domain-member' }[];
}

const ACTORS = {
  anonymous: null,
  'platform-admin': { principal: 'pat-admin', roles: ['platform-admin'], teams: [] },
  auditor: { principal: 'otto-auditor', roles: ['auditor'], teams: [] },
  'governance-officer': { principal: 'gina-governance', roles: ['governance-officer'], teams: [] },
  consumer: { principal: 'carl-consumer', roles: [], teams: [] },
  'owner-a': { principal: 'olga-owner-a', roles: [], teams: [{ team: 'A', role: 'domain-owner' }] },
  'member-a': { principal: 'max-member-a', roles: [], teams: [{ team: 'A', role: 'domain-member' }] },
  'owner-b': { principal: 'oscar-owner-b', roles: [], teams: [{ team: 'B', role: 'domain-owner' }] },
} satisfies Record<string, ActorSpec | null>;

type ActorName = keyof typeof ACTORS;
type Caller = Exclude<ActorName, 'anonymous'>;
/** Public routes: anyone, with or without a token. */
/** Every caller with a valid token. */
const { names: ACTOR_NAMES, everyone: EVERYONE, authenticated: AUTHENTICATED } = actorGroups(ACTORS);
const ADMIN: readonly ActorName[] = ['platform-admin'];
const TEAM_A_OWNERS: readonly ActorName[] = ['platform-admin', 'owner-a'];
const READ_ALL: readonly ActorName[] = ['platform-admin', 'auditor', 'governance-officer'];

/** A consumer outside every team, who makes the requests and holds the grants that belong to someone else. */
const RITA = 'rita-requester';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What one call sends: the concrete path, the request, and which team plays team A for team-scoped actors. */
interface Call {
  path: string;
  init?: RequestInit;
  teamA?: string;
}

interface Endpoint {
  operationId: string;
  /** Which object or variant the row is about, when an operation has several rows. */
  variant?: string;
  method: Method;
  /** The path as the OpenAPI document spells it. */
  template: string;
  /** x-meshwork-permission of the operation; undefined for public routes. */
  permission?: string;
  /** Who is let through; every other caller with a token gets 403, a caller without one 401. */
  allowed: readonly ActorName[];
  /** The exact status an allowed call answers. */
  status: number;
  /** The refusal of a caller the route lets in but the object does not, after "Principal '<id>' may not ". */
  refusal?: (actorId: string) => RegExp;
  /** Builds the call; may create fresh objects first (with the dev token, a platform admin). */
  prepare: (actor: ActorName) => Promise<Call> | Call;
}

/** The product of a domain, with one output port whose contract has no named approvers: its owner team approves. */
function productEnvelope(domain: string) {
  const contractId = `${domain}-${PRODUCT}`;
  return {
    product: {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: `${domain}-${PRODUCT}`,
      name: `Orders of ${domain}`,
      version: '1.0.0',
      status: 'active',
      domain,
      outputPorts: [{ name: PRODUCT, version: '1.0.0', contractId }],
    },
    contracts: [
      {
        apiVersion: 'v3.1.0',
        kind: 'DataContract',
        id: contractId,
        version: '1.0.0',
        status: 'active',
        schema: [{ name: 'orders', physicalName: 'orders', properties: [{ name: 'id', logicalType: 'string' }] }],
      },
    ],
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UUID = '[0-9a-f-]{36}';

describe('access authorization matrix (real JWTs, real PostgreSQL, real catalog)', () => {
  let h: AccessHarness;
  let catalog: CatalogProcess;
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;
  /** Principals by name: one per actor, and rita. */
  const people: Record<string, Schemas['PrincipalDto']> = {};
  const tokens = new Map<string, string>();
  /** A service account with one API key, for the token exchange and the key listing. */
  let service: Schemas['PrincipalDto'];
  let apiKeySecret: string;
  /** An access request and a grant of rita's on team A's port. */
  let ritasRequest: Schemas['AccessRequestDto'];
  let ritasGrantId: string;
  let seq = 0;
  const unique = (prefix: string) => `${prefix}-${++seq}`;

  const spec = (actor: Caller): ActorSpec => ACTORS[actor];
  const idOf = (actor: Caller) => people[spec(actor).principal].id;
  /** The principal an actor stands for; rita stands in for the caller without a token. */
  const principalOf = (actor: ActorName) => (actor === 'anonymous' ? people[RITA] : people[spec(actor).principal]);

  /** A JWT of the test identity provider for the actor, with `teamA` as its team A. */
  async function tokenOf(actor: Caller, teamA = TEAM_A): Promise<string> {
    const key = `${actor}|${teamA}`;
    const known = tokens.get(key);
    if (known) return known;
    const { roles, teams } = spec(actor);
    const token = await h.tokenFor({ id: idOf(actor), roles, teamRoles: teams.map((t) => ({ team: t.team === 'A' ? teamA : TEAM_B, role: t.role })) });
    tokens.set(key, token);
    return token;
  }

  const ritaToken = () => h.tokenFor({ id: people[RITA].id, roles: [], teamRoles: [] });

  async function expectOk(res: Response, status: number, what: string): Promise<void> {
    if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${await res.text()}`);
  }

  async function freshPrincipal(kind: 'user' | 'service-account' = 'user'): Promise<Schemas['PrincipalDto']> {
    return createPrincipal(h, { name: unique('someone'), kind });
  }

  async function freshMemberOfTeamA(): Promise<Schemas['PrincipalDto']> {
    const principal = await freshPrincipal();
    await expectOk(await h.call(`/v1/teams/${TEAM_A}/members/${principal.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) }), 201, 'adding a member');
    return principal;
  }

  /** A pending request on team A's port, made by the principal the token speaks for, for itself. */
  async function pendingRequest(token: string, principalId: string): Promise<Schemas['AccessRequestDto']> {
    const res = await h.call('/v1/access-requests', { method: 'POST', ...jsonBody({ consumer: { principalId }, portUrn: PORT_A, purpose: 'Order analytics' }, { authorization: `Bearer ${token}` }) });
    await expectOk(res, 201, 'creating an access request');
    return json(res);
  }

  const ritasPendingRequest = async () => pendingRequest(await ritaToken(), people[RITA].id);
  const ownPendingRequest = async (actor: ActorName) => (actor === 'anonymous' ? ritasPendingRequest() : pendingRequest(await tokenOf(actor), idOf(actor)));

  /** An active grant on team A's port: the request approved with the dev token. */
  async function grantOf(request: Schemas['AccessRequestDto']): Promise<string> {
    const res = await h.call(`/v1/access-requests/${request.id}/approve`, { method: 'POST', ...jsonBody({}) });
    await expectOk(res, 200, 'approving an access request');
    const approved = await json<Schemas['AccessRequestDto']>(res);
    if (!approved.grantId) throw new Error(`approving ${request.id} created no grant`);
    return approved.grantId;
  }

  const post = (path: string, body: unknown = {}): Call => ({ path, init: { method: 'POST', ...jsonBody(body) } });
  const decision = (principalId: string) => ({ principalId, action: 'read', resource: PORT_A });
  const localDecision = (principalId: string) => ({ ...decision(principalId), decision: 'deny', decidedAt: new Date().toISOString(), bundleEtag: '"matrix"' });

  const ENDPOINTS: Endpoint[] = [
    // Health and the published key set: open to anyone.
    { operationId: 'getLiveness', method: 'GET', template: '/health/live', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/health/live' }) },
    { operationId: 'getReadiness', method: 'GET', template: '/health/ready', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/health/ready' }) },
    { operationId: 'getJwks', method: 'GET', template: '/.well-known/jwks.json', allowed: EVERYONE, status: 200, prepare: () => ({ path: '/.well-known/jwks.json' }) },
    // The API key is the credential: the exchange needs no token.
    { operationId: 'issueToken', method: 'POST', template: '/v1/auth/token', allowed: EVERYONE, status: 200, prepare: () => post('/v1/auth/token', { apiKey: apiKeySecret }) },

    // Principals: everyone reads the directory; only platform admins change it.
    { operationId: 'listPrincipals', method: 'GET', template: '/v1/principals', permission: 'read:Principal', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/principals' }) },
    { operationId: 'getPrincipal', method: 'GET', template: '/v1/principals/{id}', permission: 'read:Principal', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/principals/${people[RITA].id}` }) },
    {
      operationId: 'createPrincipal',
      method: 'POST',
      template: '/v1/principals',
      permission: 'create:Principal',
      allowed: ADMIN,
      status: 201,
      prepare: () => post('/v1/principals', { kind: 'user', name: unique('made'), displayName: 'Made' }),
    },
    {
      operationId: 'updatePrincipal',
      method: 'PATCH',
      template: '/v1/principals/{id}',
      permission: 'update:Principal',
      allowed: ADMIN,
      status: 200,
      prepare: async () => ({ path: `/v1/principals/${(await freshPrincipal()).id}`, init: { method: 'PATCH', ...jsonBody({ globalRoles: ['platform-admin'] }) } }),
    },
    {
      operationId: 'deletePrincipal',
      method: 'DELETE',
      template: '/v1/principals/{id}',
      permission: 'delete:Principal',
      allowed: ADMIN,
      status: 204,
      prepare: async () => ({ path: `/v1/principals/${(await freshPrincipal()).id}`, init: { method: 'DELETE' } }),
    },
    {
      operationId: 'listPrincipalMemberships',
      method: 'GET',
      template: '/v1/principals/{id}/memberships',
      permission: 'read:Team',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: () => ({ path: `/v1/principals/${people[ACTORS['owner-a'].principal].id}/memberships` }),
    },
    // A principal's bundle holds its grants: for itself and those who read everything.
    {
      operationId: 'getPrincipalBundle',
      variant: 'of another principal',
      method: 'GET',
      template: '/v1/principals/{id}/bundle',
      permission: 'read:Principal',
      allowed: READ_ALL,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not read the bundle of principal '${people[RITA].id}': `),
      prepare: () => ({ path: `/v1/principals/${people[RITA].id}/bundle` }),
    },
    {
      operationId: 'getPrincipalBundle',
      variant: 'its own',
      method: 'GET',
      template: '/v1/principals/{id}/bundle',
      permission: 'read:Principal',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: (actor) => ({ path: `/v1/principals/${principalOf(actor).id}/bundle` }),
    },

    // API keys and signing keys: platform admins only.
    { operationId: 'listApiKeys', method: 'GET', template: '/v1/principals/{id}/api-keys', permission: 'manage:all', allowed: ADMIN, status: 200, prepare: () => ({ path: `/v1/principals/${service.id}/api-keys` }) },
    {
      operationId: 'createApiKey',
      method: 'POST',
      template: '/v1/principals/{id}/api-keys',
      permission: 'manage:all',
      allowed: ADMIN,
      status: 201,
      prepare: async () => post(`/v1/principals/${(await freshPrincipal('service-account')).id}/api-keys`, { name: 'pipeline' }),
    },
    {
      operationId: 'revokeApiKey',
      method: 'DELETE',
      template: '/v1/principals/{id}/api-keys/{keyId}',
      permission: 'manage:all',
      allowed: ADMIN,
      status: 204,
      prepare: async () => {
        const res = await h.call(`/v1/principals/${service.id}/api-keys`, { method: 'POST', ...jsonBody({ name: unique('key') }) });
        await expectOk(res, 201, 'creating an API key');
        return { path: `/v1/principals/${service.id}/api-keys/${(await json<Schemas['CreatedApiKeyDto']>(res)).id}`, init: { method: 'DELETE' } };
      },
    },
    { operationId: 'rotateSigningKey', method: 'POST', template: '/v1/keys/rotate', permission: 'manage:all', allowed: ADMIN, status: 201, prepare: () => post('/v1/keys/rotate') },

    // Teams: everyone reads; platform admins create and delete; the owners of a team run its description and members.
    { operationId: 'listTeams', method: 'GET', template: '/v1/teams', permission: 'read:Team', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/teams' }) },
    { operationId: 'listEvents', method: 'GET', template: '/v1/events', permission: 'read:Event', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/events?limit=1' }) },
    { operationId: 'getTeam', method: 'GET', template: '/v1/teams/{name}', permission: 'read:Team', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/teams/${TEAM_A}` }) },
    { operationId: 'listTeamMembers', method: 'GET', template: '/v1/teams/{name}/members', permission: 'read:Team', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: `/v1/teams/${TEAM_A}/members` }) },
    {
      operationId: 'createTeam',
      method: 'POST',
      template: '/v1/teams',
      permission: 'create:Team',
      allowed: ADMIN,
      status: 201,
      prepare: () => post('/v1/teams', { name: unique('made-team'), displayName: 'Made' }),
    },
    {
      operationId: 'updateTeam',
      method: 'PATCH',
      template: '/v1/teams/{name}',
      permission: 'update:Team',
      allowed: TEAM_A_OWNERS,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not update team '${TEAM_A}'\\.$`),
      prepare: (actor) => ({ path: `/v1/teams/${TEAM_A}`, init: { method: 'PATCH', ...jsonBody({ description: `Touched by ${actor}.` }) } }),
    },
    {
      operationId: 'deleteTeam',
      method: 'DELETE',
      template: '/v1/teams/{name}',
      permission: 'delete:Team',
      allowed: ADMIN,
      status: 204,
      // A fresh empty team, which the team-A actors own and belong to for this call.
      prepare: async () => {
        const team = unique('doomed');
        await createTeam(h, team);
        return { path: `/v1/teams/${team}`, init: { method: 'DELETE' }, teamA: team };
      },
    },
    {
      operationId: 'putTeamMember',
      method: 'PUT',
      template: '/v1/teams/{name}/members/{principalId}',
      permission: 'update:Team',
      allowed: TEAM_A_OWNERS,
      status: 201,
      refusal: (id) => new RegExp(`^Principal '${id}' may not update the members of team '${TEAM_A}'\\.$`),
      prepare: async () => ({ path: `/v1/teams/${TEAM_A}/members/${(await freshPrincipal()).id}`, init: { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) } }),
    },
    {
      operationId: 'removeTeamMember',
      method: 'DELETE',
      template: '/v1/teams/{name}/members/{principalId}',
      permission: 'update:Team',
      allowed: TEAM_A_OWNERS,
      status: 204,
      refusal: (id) => new RegExp(`^Principal '${id}' may not update the members of team '${TEAM_A}'\\.$`),
      prepare: async () => ({ path: `/v1/teams/${TEAM_A}/members/${(await freshMemberOfTeamA()).id}`, init: { method: 'DELETE' } }),
    },

    // Access requests: anyone asks for itself or its teams; team A's owners decide on its port; the requester cancels.
    { operationId: 'listAccessRequests', method: 'GET', template: '/v1/access-requests', permission: 'read:AccessRequest', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/access-requests' }) },
    {
      operationId: 'createAccessRequest',
      variant: 'for itself',
      method: 'POST',
      template: '/v1/access-requests',
      permission: 'create:AccessRequest',
      allowed: AUTHENTICATED,
      status: 201,
      prepare: (actor) => post('/v1/access-requests', { consumer: { principalId: principalOf(actor).id }, portUrn: PORT_A, purpose: 'Order analytics' }),
    },
    {
      operationId: 'createAccessRequest',
      variant: 'for team A',
      method: 'POST',
      template: '/v1/access-requests',
      permission: 'create:AccessRequest',
      allowed: ['platform-admin', 'owner-a', 'member-a'],
      status: 201,
      refusal: (id) => new RegExp(`^Principal '${id}' may request access for team '${TEAM_A}' only as one of its members\\.$`),
      prepare: () => post('/v1/access-requests', { consumer: { team: TEAM_A }, portUrn: portOf(DOMAIN_B), purpose: 'Order analytics' }),
    },
    {
      operationId: 'createAccessRequest',
      variant: 'for another principal',
      method: 'POST',
      template: '/v1/access-requests',
      permission: 'create:AccessRequest',
      allowed: ADMIN,
      status: 201,
      refusal: (id) => new RegExp(`^Principal '${id}' may request access only for itself or for a team it belongs to, not for principal '${people[RITA].id}'\\.$`),
      prepare: () => post('/v1/access-requests', { consumer: { principalId: people[RITA].id }, portUrn: PORT_A, purpose: 'Order analytics' }),
    },
    {
      operationId: 'getAccessRequest',
      variant: "of another principal, on team A's port",
      method: 'GET',
      template: '/v1/access-requests/{id}',
      permission: 'read:AccessRequest',
      allowed: [...READ_ALL, 'owner-a'],
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not read access request '${ritasRequest.id}': `),
      prepare: () => ({ path: `/v1/access-requests/${ritasRequest.id}` }),
    },
    {
      operationId: 'getAccessRequest',
      variant: 'its own',
      method: 'GET',
      template: '/v1/access-requests/{id}',
      permission: 'read:AccessRequest',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: async (actor) => ({ path: `/v1/access-requests/${(await ownPendingRequest(actor)).id}` }),
    },
    {
      operationId: 'approveAccessRequest',
      method: 'POST',
      template: '/v1/access-requests/{id}/approve',
      permission: 'read:AccessRequest',
      allowed: TEAM_A_OWNERS,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not approve access request '${UUID}': it needs to be a domain-owner of team '${TEAM_A}', or a platform admin\\.$`),
      prepare: async () => post(`/v1/access-requests/${(await ritasPendingRequest()).id}/approve`, { reason: 'Fits the purpose' }),
    },
    {
      operationId: 'rejectAccessRequest',
      method: 'POST',
      template: '/v1/access-requests/{id}/reject',
      permission: 'read:AccessRequest',
      allowed: TEAM_A_OWNERS,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not reject access request '${UUID}': it needs to be a domain-owner of team '${TEAM_A}', or a platform admin\\.$`),
      prepare: async () => post(`/v1/access-requests/${(await ritasPendingRequest()).id}/reject`, { reason: 'Not needed' }),
    },
    {
      operationId: 'cancelAccessRequest',
      variant: "another principal's",
      method: 'POST',
      template: '/v1/access-requests/{id}/cancel',
      permission: 'create:AccessRequest',
      allowed: ADMIN,
      status: 200,
      refusal: (id) => new RegExp(`^Only the requester \\('${people[RITA].id}'\\) or a platform admin may cancel access request '${UUID}'; principal '${id}' is neither\\.$`),
      prepare: async () => post(`/v1/access-requests/${(await ritasPendingRequest()).id}/cancel`),
    },
    {
      operationId: 'cancelAccessRequest',
      variant: 'its own',
      method: 'POST',
      template: '/v1/access-requests/{id}/cancel',
      permission: 'create:AccessRequest',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: async (actor) => post(`/v1/access-requests/${(await ownPendingRequest(actor)).id}/cancel`),
    },

    // Grants: their consumers and the owners of the port's team read them; only the owners take them back.
    { operationId: 'listGrants', method: 'GET', template: '/v1/grants', permission: 'read:Grant', allowed: AUTHENTICATED, status: 200, prepare: () => ({ path: '/v1/grants' }) },
    {
      operationId: 'getGrant',
      variant: "of another principal, on team A's port",
      method: 'GET',
      template: '/v1/grants/{id}',
      permission: 'read:Grant',
      allowed: [...READ_ALL, 'owner-a'],
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not read grant '${ritasGrantId}': `),
      prepare: () => ({ path: `/v1/grants/${ritasGrantId}` }),
    },
    {
      operationId: 'getGrant',
      variant: 'its own',
      method: 'GET',
      template: '/v1/grants/{id}',
      permission: 'read:Grant',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: async (actor) => ({ path: `/v1/grants/${await grantOf(await ownPendingRequest(actor))}` }),
    },
    {
      operationId: 'revokeGrant',
      method: 'POST',
      template: '/v1/grants/{id}/revoke',
      permission: 'revoke:Grant',
      allowed: TEAM_A_OWNERS,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not revoke grant '${UUID}': only a domain-owner of team '${TEAM_A}' or a platform admin may\\.$`),
      prepare: async () => post(`/v1/grants/${await grantOf(await ritasPendingRequest())}/revoke`, { reason: 'Project ended' }),
    },

    // Decisions: a principal asks about itself; platform admins about anyone.
    {
      operationId: 'decide',
      variant: 'about itself',
      method: 'POST',
      template: '/v1/decisions',
      permission: 'create:Decision',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: (actor) => post('/v1/decisions', decision(principalOf(actor).id)),
    },
    {
      operationId: 'decide',
      variant: 'about another principal',
      method: 'POST',
      template: '/v1/decisions',
      permission: 'create:Decision',
      allowed: ADMIN,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not create decisions about principal '${people[RITA].id}' \\(check 0\\): `),
      prepare: () => post('/v1/decisions', decision(people[RITA].id)),
    },
    {
      operationId: 'decideBatch',
      variant: 'about itself',
      method: 'POST',
      template: '/v1/decisions/batch',
      permission: 'create:Decision',
      allowed: AUTHENTICATED,
      status: 200,
      prepare: (actor) => post('/v1/decisions/batch', { checks: [decision(principalOf(actor).id)] }),
    },
    {
      operationId: 'decideBatch',
      variant: 'about itself and another principal',
      method: 'POST',
      template: '/v1/decisions/batch',
      permission: 'create:Decision',
      allowed: ADMIN,
      status: 200,
      refusal: (id) => new RegExp(`^Principal '${id}' may not create decisions about principal '${people[RITA].id}' \\(check 1\\): `),
      prepare: (actor) => post('/v1/decisions/batch', { checks: [decision(principalOf(actor).id), decision(people[RITA].id)] }),
    },

    // The audit log: platform admins, auditors and governance officers read it; nobody writes it through the API.
    // Decisions made locally by the SDK: a principal reports its own; platform admins anyone's.
    {
      operationId: 'recordLocalDecisions',
      variant: 'its own',
      method: 'POST',
      template: '/v1/audit/local-decisions',
      permission: 'create:Decision',
      allowed: AUTHENTICATED,
      status: 202,
      prepare: (actor) => post('/v1/audit/local-decisions', { decisions: [localDecision(principalOf(actor).id)] }),
    },
    {
      operationId: 'recordLocalDecisions',
      variant: 'about another principal',
      method: 'POST',
      template: '/v1/audit/local-decisions',
      permission: 'create:Decision',
      allowed: ADMIN,
      status: 202,
      refusal: (id) => new RegExp(`^Principal '${id}' may not report decisions about principal '${people[RITA].id}' \\(/decisions/0/principalId\\): only that principal or a platform admin may\\.$`),
      prepare: () => post('/v1/audit/local-decisions', { decisions: [localDecision(people[RITA].id)] }),
    },
    { operationId: 'listAuditEvents', method: 'GET', template: '/v1/audit/events', permission: 'read:AuditEvent', allowed: READ_ALL, status: 200, prepare: () => ({ path: '/v1/audit/events' }) },
    { operationId: 'exportAuditEvents', method: 'GET', template: '/v1/audit/events/export', permission: 'read:AuditEvent', allowed: READ_ALL, status: 200, prepare: () => ({ path: '/v1/audit/events/export' }) },
    { operationId: 'verifyAuditChain', method: 'GET', template: '/v1/audit/verify', permission: 'read:AuditEvent', allowed: READ_ALL, status: 200, prepare: () => ({ path: '/v1/audit/verify' }) },
  ];

  const OPENAPI_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

  interface OpenApiDocument {
    paths: Record<string, Record<string, { operationId?: string; 'x-meshwork-permission'?: string }>>;
  }

  function operationsOf(document: OpenApiDocument): string[] {
    return Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => OPENAPI_METHODS.includes(method))
        .map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId ?? '?'} ${op['x-meshwork-permission'] ?? 'public'}`),
    );
  }

  const listed = [...new Set(ENDPOINTS.map((e) => `${e.method} ${e.template} ${e.operationId} ${e.permission ?? 'public'}`))].sort();

  async function expectProblem(res: Response, status: number): Promise<Problem> {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<Problem>(res);
    expect(problem.status).toBe(status);
    return problem;
  }

  /** Calls the endpoint as the actor (no token for `anonymous`), or with the given Authorization header. */
  async function send(endpoint: Endpoint, actor: ActorName, authorization?: string): Promise<Response> {
    const call = await endpoint.prepare(actor);
    const init = call.init ?? {};
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    if (authorization !== undefined) headers.authorization = authorization;
    else if (actor !== 'anonymous') headers.authorization = `Bearer ${await tokenOf(actor, call.teamA)}`;
    return fetch(`${h.baseUrl}${call.path}`, { ...init, method: endpoint.method, headers });
  }

  beforeAll(async () => {
    h = await startAccess();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    // The catalog, with the dev token: domain A of team A and domain B of team B, each with one output port.
    for (const [domain, team] of [
      [DOMAIN_A, TEAM_A],
      [DOMAIN_B, TEAM_B],
    ]) {
      const created = await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: domain, title: domain.toUpperCase(), ownerTeamId: team }) });
      await expectOk(created, 201, `creating domain ${domain}`);
      await expectOk(await catalog.call(`/v1/products/${domain}/${PRODUCT}`, { method: 'PUT', ...jsonBody(productEnvelope(domain)) }), 201, `registering ${domain}/${PRODUCT}`);
    }
    // The directory, with the dev token: a principal per actor, its memberships as its token states them, and rita.
    await createTeam(h, TEAM_A);
    await createTeam(h, TEAM_B);
    for (const actor of AUTHENTICATED as Caller[]) {
      const { principal, roles, teams } = spec(actor);
      people[principal] = await createPrincipal(h, { name: principal, globalRoles: roles });
      for (const membership of teams) {
        const team = membership.team === 'A' ? TEAM_A : TEAM_B;
        await expectOk(await h.call(`/v1/teams/${team}/members/${people[principal].id}`, { method: 'PUT', ...jsonBody({ role: membership.role }) }), 201, `adding ${principal} to ${team}`);
      }
    }
    people[RITA] = await createPrincipal(h, { name: RITA });
    service = await createPrincipal(h, { name: 'matrix-pipeline', kind: 'service-account' });
    const key = await h.call(`/v1/principals/${service.id}/api-keys`, { method: 'POST', ...jsonBody({ name: 'matrix' }) });
    await expectOk(key, 201, 'creating the API key');
    apiKeySecret = (await json<Schemas['CreatedApiKeyDto']>(key)).secret;
    ritasRequest = await ritasPendingRequest();
    ritasGrantId = await grantOf(await ritasPendingRequest());
  }, 120_000);

  afterAll(async () => {
    restoreEnv({ MESHWORK_CATALOG_URL: previousCatalogUrl });
    await h?.close();
    await catalog?.stop();
  });

  describe('the table lists every operation', () => {
    it('of the committed OpenAPI document, with its permission', () => {
      const document = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'libs', 'sdk', 'openapi', 'access.json'), 'utf8')) as OpenApiDocument;
      expect(operationsOf(document).sort()).toEqual(listed);
    });

    it('of the document the running service serves, with its permission', async () => {
      const res = await h.call('/docs/openapi.json');
      expect(res.status).toBe(200);
      expect(operationsOf(await json<OpenApiDocument>(res)).sort()).toEqual(listed);
    });
  });

  const cells = matrixCells(ENDPOINTS, ACTOR_NAMES);

  it.each(cells)('%s as %s', async (_operation, actor, endpoint) => {
    const res = await send(endpoint, actor);
    if (endpoint.allowed.includes(actor)) {
      await expectOk(res, endpoint.status, `${endpoint.method} ${endpoint.template} as ${actor}`);
      return;
    }
    if (actor === 'anonymous') {
      expect((await expectProblem(res, 401)).code).toBe('UNAUTHENTICATED');
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="meshwork"');
      return;
    }
    const problem = await expectProblem(res, 403);
    expect(problem.code).toBe('FORBIDDEN');
    const id = idOf(actor);
    const [action, subject] = (endpoint.permission ?? '').split(':');
    // Refused at the route (the permission on any object) or at the object (as the row words it).
    const atRoute = new RegExp(`^Principal '${escape(id)}' may not ${action} ${subject}\\.$`);
    const atObject = endpoint.refusal?.(escape(id));
    if (!atRoute.test(problem.detail) && !atObject?.test(problem.detail)) {
      throw new Error(`${matrixLabel(endpoint)} as ${actor}: refused with an unexpected detail: ${problem.detail}`);
    }
  });

  const guarded = ENDPOINTS.filter((e) => e.permission !== undefined);

  it.each(guarded.map((e) => [matrixLabel(e), e] as const))('%s with a platform-admin token signed by a foreign key answers 401', async (_operation, endpoint) => {
    const { privateKey } = await generateKeyPair('EdDSA');
    const admin: Actor = { id: people[ACTORS['platform-admin'].principal].id, roles: ['platform-admin'], teamRoles: [] };
    const forged = await new SignJWT({ roles: admin.roles, teams: [] })
      .setProtectedHeader({ alg: 'EdDSA', kid: IDP_KID })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(admin.id)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const res = await send(endpoint, 'platform-admin', `Bearer ${forged}`);
    expect((await expectProblem(res, 401)).code).toBe('UNAUTHENTICATED');
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="meshwork"');
  });

  describe('beyond the status codes', () => {
    const as = async (actor: Caller, path: string, init: RequestInit = {}) =>
      h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${await tokenOf(actor)}` } });

    it("an owner of team A approves a request on its port, and the grant opens it to the consumer", async () => {
      const request = await ritasPendingRequest();
      const res = await as('owner-a', `/v1/access-requests/${request.id}/approve`, { method: 'POST', ...jsonBody({}) });
      await expectOk(res, 200, 'approving');
      const approved = await json<Schemas['AccessRequestDto']>(res);
      expect(approved).toMatchObject({ state: 'approved', decidedBy: idOf('owner-a') });
      const grant = await json<Schemas['GrantDto']>(await h.call(`/v1/grants/${approved.grantId}`));
      expect(grant).toMatchObject({ consumer: { principalId: people[RITA].id }, portUrn: PORT_A, active: true });
    });

    it("the owner of team B can neither approve nor revoke on team A's port, and nothing changes", async () => {
      const request = await ritasPendingRequest();
      await expectProblem(await as('owner-b', `/v1/access-requests/${request.id}/approve`, { method: 'POST', ...jsonBody({}) }), 403);
      expect(await json<Schemas['AccessRequestDto']>(await h.call(`/v1/access-requests/${request.id}`))).toMatchObject({ state: 'pending', grantId: null });
      const grantId = await grantOf(await ritasPendingRequest());
      await expectProblem(await as('owner-b', `/v1/grants/${grantId}/revoke`, { method: 'POST', ...jsonBody({ reason: 'mine now' }) }), 403);
      expect(await json<Schemas['GrantDto']>(await h.call(`/v1/grants/${grantId}`))).toMatchObject({ active: true, revokedAt: null });
    });

    it('the owner of team B runs its own team and approves on its own port', async () => {
      await expectOk(await as('owner-b', `/v1/teams/${TEAM_B}`, { method: 'PATCH', ...jsonBody({ description: 'Owned by team B.' }) }), 200, 'updating team B');
      const res = await h.call('/v1/access-requests', { method: 'POST', ...jsonBody({ consumer: { principalId: people[RITA].id }, portUrn: portOf(DOMAIN_B), purpose: 'Order analytics' }, { authorization: `Bearer ${await ritaToken()}` }) });
      await expectOk(res, 201, 'requesting a port of team B');
      const request = await json<Schemas['AccessRequestDto']>(res);
      expect(request.ownerTeamId).toBe(TEAM_B);
      await expectOk(await as('owner-b', `/v1/access-requests/${request.id}/approve`, { method: 'POST', ...jsonBody({}) }), 200, 'approving on team B');
    });

    it('a caller who may not read a decided request is refused, and does not learn its state', async () => {
      const request = await ritasPendingRequest();
      await grantOf(request);
      for (const actor of ['consumer', 'member-a', 'owner-b'] as const) {
        for (const verb of ['approve', 'reject', 'cancel']) {
          const res = await as(actor, `/v1/access-requests/${request.id}/${verb}`, { method: 'POST', ...jsonBody({ reason: 'late' }) });
          const problem = await expectProblem(res, 403);
          expect([actor, verb, problem.detail]).toEqual([actor, verb, expect.not.stringContaining('approved')]);
        }
      }
      // Those who may read it are told why nothing happens.
      const late = await as('owner-a', `/v1/access-requests/${request.id}/approve`, { method: 'POST', ...jsonBody({}) });
      expect((await expectProblem(late, 409)).code).toBe('ACCESS_REQUEST_DECIDED');
    });

    it('a refused membership change leaves the team as it was', async () => {
      const outsider = await freshPrincipal();
      await expectProblem(await as('owner-b', `/v1/teams/${TEAM_A}/members/${outsider.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) }), 403);
      const members = await json<Schemas['TeamMemberPageDto']>(await h.call(`/v1/teams/${TEAM_A}/members?limit=200`));
      expect(members.items.map((m) => m.principalId)).not.toContain(outsider.id);
    });

    it('a member of team A sees the requests made in its name, not the other principals\' requests on its port', async () => {
      const res = await as('member-a', '/v1/access-requests', { method: 'POST', ...jsonBody({ consumer: { team: TEAM_A }, portUrn: portOf(DOMAIN_B), purpose: 'Order analytics' }) });
      await expectOk(res, 201, 'requesting for team A');
      const own = await json<Schemas['AccessRequestDto']>(res);
      const page = await json<Schemas['AccessRequestPageDto']>(await as('member-a', '/v1/access-requests?limit=200'));
      const ids = page.items.map((r) => r.id);
      expect(ids).toContain(own.id);
      expect(ids).not.toContain(ritasRequest.id);
    });
  });
});
