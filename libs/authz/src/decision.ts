/**
 * The one rule that decides whether a principal may read an output port, shared by the access service
 * (POST /v1/decisions) and the SDK's local enforcer so that both answer alike. Pure and synchronous: the caller
 * gathers the facts (principal, teams, grants, the port's owner team) and the time.
 */

export type DecisionOutcome = 'allow' | 'deny';

/** The principal as far as the rule needs it. */
export interface DecisionPrincipal {
  id: string;
  name: string;
  disabled: boolean;
  /** Holds the `platform-admin` role. */
  admin: boolean;
}

/** A grant on the port asked about, held by a principal or by a team; grants of other holders are ignored. */
export interface DecisionGrant {
  id: string;
  consumerPrincipalId: string | null;
  consumerTeam: string | null;
  purpose: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface PortReadQuestion {
  /** The principal asked about; undefined when nobody has that id. */
  principal: DecisionPrincipal | undefined;
  /** Its id, named in the reason when the principal is unknown. */
  principalId: string;
  /** Names of the teams the principal belongs to. */
  teams: readonly string[];
  /** Grants on the port (active or not); those held by neither the principal nor one of its teams are skipped. */
  grants: readonly DecisionGrant[];
  /** The team owning the port; null when the catalog knows no such output port. */
  ownerTeamId: string | null;
  /** URN of the output port. */
  resource: string;
  /** What the data is for: compared with the grant's purpose in the reasons, never a cause to deny. */
  purpose?: string;
  now: Date;
}

export interface PortReadDecision {
  decision: DecisionOutcome;
  /** The active grant the allow rests on; absent when allowed as admin or owner, or denied. */
  grantId?: string;
  /** Why, in words. */
  reasons: string[];
}

/** Whether a grant allows at `now`: not revoked and not yet expired. */
export function isGrantActive(grant: Pick<DecisionGrant, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  return grant.revokedAt === null && now.getTime() < grant.expiresAt.getTime();
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The preferred of two active grants: the one lasting longest, then the smallest id, whatever order they come in. */
const preferred = (a: DecisionGrant, b: DecisionGrant): boolean => a.expiresAt.getTime() > b.expiresAt.getTime() || (a.expiresAt.getTime() === b.expiresAt.getTime() && a.id < b.id);

/**
 * Allow a platform admin, a member of the team owning the port, or the holder (itself or through a team) of a grant
 * on the port that is neither revoked nor expired at `now`; deny anyone else, an unknown or disabled principal, and
 * everyone but admins on a port the catalog does not know.
 */
export function decidePortRead(q: PortReadQuestion): PortReadDecision {
  const { principal } = q;
  if (!principal) return { decision: 'deny', reasons: [`unknown principal '${q.principalId}'`] };
  if (principal.disabled) return { decision: 'deny', reasons: [`principal '${principal.name}' is disabled`] };
  if (principal.admin) return { decision: 'allow', reasons: [`principal '${principal.name}' is a platform admin`] };
  if (q.ownerTeamId === null) return { decision: 'deny', reasons: [`the catalog knows no output port '${q.resource}'`] };
  if (q.teams.includes(q.ownerTeamId)) return { decision: 'allow', reasons: [`principal '${principal.name}' is a member of team '${q.ownerTeamId}', which owns the port`] };

  let active: DecisionGrant | undefined;
  let held: DecisionGrant[] | undefined;
  for (const g of q.grants) {
    if (g.consumerPrincipalId !== principal.id && (g.consumerTeam === null || !q.teams.includes(g.consumerTeam))) continue;
    (held ??= []).push(g);
    if (isGrantActive(g, q.now) && (active === undefined || preferred(g, active))) active = g;
  }
  const holder = (g: DecisionGrant) => (g.consumerTeam ? `team '${g.consumerTeam}'` : `principal '${principal.name}'`);
  if (active) {
    const reasons = [`active grant '${active.id}' held by ${holder(active)} until ${active.expiresAt.toISOString()}`];
    if (q.purpose !== undefined && active.purpose) {
      reasons.push(sameText(q.purpose, active.purpose) ? 'purpose matches the grant' : `purpose differs from the grant's purpose '${active.purpose}' (not enforced)`);
    }
    return { decision: 'allow', grantId: active.id, reasons };
  }
  if (held === undefined) return { decision: 'deny', reasons: [`no grant on '${q.resource}' for principal '${principal.name}' or its teams`] };
  return {
    decision: 'deny',
    reasons: held.map((g) => (g.revokedAt ? `grant '${g.id}' held by ${holder(g)} revoked at ${g.revokedAt.toISOString()}` : `grant '${g.id}' held by ${holder(g)} expired at ${g.expiresAt.toISOString()}`)),
  };
}
