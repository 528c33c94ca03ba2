/** What the fault tests of access set up through the APIs: a product approved in one step, consumer teams, their requests. */
// The service calls and the fixture product are shared with the soak benchmark, in tools/bench (not an nx project).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type Answer, call } from '../../bench/support/mesh-processes';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DOMAIN, envelope, expectStatus } from '../../bench/support/mesh-scenario';

// A type (not an interface), so that its answers pass where an Answer of a record is expected.
export type AccessRequestAnswer = { id: string; state: string; grantId: string | null; code?: string };

/**
 * Registers and publishes `product` with a contract whose roles name no second-level approvers: one approval by a
 * platform admin decides its requests (with two steps, the admin who approved the first may not approve the second).
 */
export async function publishOneStep(catalog: string, token: string, product: string): Promise<void> {
  const body = envelope(product);
  const [contract] = body.contracts as Record<string, unknown>[];
  contract.roles = (contract.roles as Record<string, unknown>[]).map((role) => Object.fromEntries(Object.entries(role).filter(([key]) => key !== 'secondLevelApprovers')));
  const registered = await call(catalog, 'PUT', `/v1/products/${DOMAIN}/${product}`, { token, body });
  expectStatus(registered, 201, `register ${product}`);
  const published = await call(catalog, 'POST', `/v1/products/${DOMAIN}/${product}/transitions`, { token, body: { to: 'published' }, headers: { 'if-match': registered.headers.get('etag') ?? '' } });
  expectStatus(published, 200, `publish ${product}`);
}

/** A consumer team. */
export async function createTeam(access: string, token: string, team: string): Promise<void> {
  expectStatus(await call(access, 'POST', '/v1/teams', { token, body: { name: team, displayName: `Consumer team ${team}` } }), 201, `create team ${team}`);
}

/** A pending request of `team` for `portUrn`. */
export async function requestForTeam(access: string, token: string, team: string, portUrn: string): Promise<AccessRequestAnswer> {
  const requested = await call<AccessRequestAnswer>(access, 'POST', '/v1/access-requests', { token, body: { consumer: { team }, portUrn, purpose: 'Churn analysis' } });
  expectStatus(requested, 201, `request access for ${team}`);
  if (requested.body.state !== 'pending') throw new Error(`request of ${team}: expected pending, got ${requested.body.state}`);
  return requested.body;
}

/** A consumer team and a pending request of it for `portUrn`. */
export async function pendingRequestOfTeam(access: string, token: string, team: string, portUrn: string): Promise<AccessRequestAnswer> {
  await createTeam(access, token, team);
  return requestForTeam(access, token, team, portUrn);
}

/** Approves a request (its one step), under `key` when given. */
export function approve(access: string, token: string, requestId: string, key?: string): Promise<Answer<AccessRequestAnswer>> {
  return call<AccessRequestAnswer>(access, 'POST', `/v1/access-requests/${requestId}/approve`, { token, body: {}, headers: key ? { 'idempotency-key': key } : {} });
}
