import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { CatalogClient } from '../catalog/catalog-client';
import { AccessError, AccessErrorCode } from '../common/access-error';
import { isActive } from '../grants/grants.service';
import { AccessView, type ViewGrant } from './access-view';
import type { DecisionCheckDto, DecisionResultDto } from './decision.dto';

/** How long a port's owner team is kept in memory; ports change owner rarely. Principals, memberships and grants come from the AccessView, current with every change. */
export const PORT_CACHE_TTL_MS = 30_000;

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Answers at request time whether a principal may read an output port: admin, owner team member or active grant. */
@Injectable()
export class DecisionsService {
  private readonly ports = new Map<string, { ownerTeamId: string | null; until: number }>();

  constructor(
    private readonly view: AccessView,
    private readonly access: AccessControl,
    private readonly catalog: CatalogClient,
  ) {}

  /** Checks the actor may ask about every principal named, before any is decided. */
  authorize(actor: Actor, checks: DecisionCheckDto[]): void {
    checks.forEach((check, index) => {
      this.access.require(actor, 'create', subject('Decision', { principalId: check.principalId }), `decisions about principal '${check.principalId}' (check ${index}): only that principal or a platform admin may ask`);
    });
  }

  async decideAll(checks: DecisionCheckDto[], authorization: string | undefined): Promise<DecisionResultDto[]> {
    const results: DecisionResultDto[] = [];
    for (const check of checks) results.push(await this.decide(check, authorization));
    return results;
  }

  async decide(check: DecisionCheckDto, authorization: string | undefined): Promise<DecisionResultDto> {
    const view = await this.view.current();
    const now = new Date();
    const principal = view.principals.get(check.principalId);
    if (!principal) return { decision: 'deny', reasons: [`unknown principal '${check.principalId}'`] };
    if (principal.disabled) return { decision: 'deny', reasons: [`principal '${principal.name}' is disabled`] };
    if (principal.admin) return { decision: 'allow', reasons: [`principal '${principal.name}' is a platform admin`] };

    const teams = (view.memberships.get(principal.id) ?? []).map((m) => m.team);
    const ownerTeamId = await this.ownerTeam(check.resource, authorization);
    if (ownerTeamId === null) return { decision: 'deny', reasons: [`the catalog knows no output port '${check.resource}'`] };
    if (teams.includes(ownerTeamId)) return { decision: 'allow', reasons: [`principal '${principal.name}' is a member of team '${ownerTeamId}', which owns the port`] };

    const grants = (view.grants.get(check.resource) ?? []).filter((g) => g.consumerPrincipalId === principal.id || (g.consumerTeam !== null && teams.includes(g.consumerTeam)));
    const holder = (g: ViewGrant) => (g.consumerTeam ? `team '${g.consumerTeam}'` : `principal '${principal.name}'`);

    const active = grants.find((g) => isActive(g, now));
    if (active) {
      const reasons = [`active grant '${active.id}' held by ${holder(active)} until ${active.expiresAt.toISOString()}`];
      if (check.purpose !== undefined && active.purpose) {
        reasons.push(sameText(check.purpose, active.purpose) ? 'purpose matches the grant' : `purpose differs from the grant's purpose '${active.purpose}' (not enforced)`);
      }
      return { decision: 'allow', grantId: active.id, reasons };
    }
    if (grants.length === 0) return { decision: 'deny', reasons: [`no grant on '${check.resource}' for principal '${principal.name}' or its teams`] };
    return {
      decision: 'deny',
      reasons: grants.map((g) =>
        g.revokedAt ? `grant '${g.id}' held by ${holder(g)} revoked at ${g.revokedAt.toISOString()}` : `grant '${g.id}' held by ${holder(g)} expired at ${g.expiresAt.toISOString()}`,
      ),
    };
  }

  /** The team owning the port, null when the catalog knows no such output port; kept for PORT_CACHE_TTL_MS. */
  private async ownerTeam(urn: string, authorization: string | undefined): Promise<string | null> {
    const cached = this.ports.get(urn);
    if (cached && cached.until > Date.now()) return cached.ownerTeamId;
    let ownerTeamId: string | null;
    try {
      ownerTeamId = (await this.catalog.resolvePort(urn, authorization)).ownerTeamId;
    } catch (error) {
      const unknown = (error instanceof AccessError && error.code === AccessErrorCode.PORT_NOT_FOUND) || (error instanceof PlatformError && error.code === PlatformErrorCode.VALIDATION_FAILED);
      if (!unknown) throw error;
      ownerTeamId = null;
    }
    if (this.ports.size > 10_000) this.ports.clear();
    this.ports.set(urn, { ownerTeamId, until: Date.now() + PORT_CACHE_TTL_MS });
    return ownerTeamId;
  }
}
