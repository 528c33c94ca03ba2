import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { type Actor, decidePortRead } from '@meshwork/authz';
import { AccessControl, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { CatalogClient } from '../catalog/catalog-client';
import { AccessError, AccessErrorCode } from '../common/access-error';
import { AccessView } from './access-view';
import type { DecisionCheckDto, DecisionResultDto } from './decision.dto';

/** How long a port's owner team is kept in memory; ports change owner rarely. Principals, memberships and grants come from the AccessView, current with every change. */
export const PORT_CACHE_TTL_MS = 30_000;

/** Answers at request time whether a principal may read an output port, by the rule shared with the SDK (decidePortRead). */
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
    const principal = view.principals.get(check.principalId);
    // The catalog is asked only when the answer depends on the port: not for unknown, disabled or admin principals.
    const needsPort = principal !== undefined && !principal.disabled && !principal.admin;
    const ownerTeamId = needsPort ? await this.ownerTeam(check.resource, authorization) : null;
    return decidePortRead({
      principal,
      principalId: check.principalId,
      teams: principal ? (view.memberships.get(principal.id) ?? []).map((m) => m.team) : [],
      grants: view.grants.get(check.resource) ?? [],
      ownerTeamId,
      resource: check.resource,
      ...(check.purpose === undefined ? {} : { purpose: check.purpose }),
      now: new Date(),
    });
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
