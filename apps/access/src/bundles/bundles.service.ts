import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { type Actor, packAbility } from '@meshwork/authz';
import { AccessControl, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { createHash } from 'node:crypto';
import { AccessError, AccessErrorCode } from '../common/access-error';
import { isUuid } from '../common/names';
import { AccessView } from '../decisions/access-view';
import { isActive } from '../grants/grants.service';
import type { PrincipalBundleDto } from './bundle.dto';

/** Longest time a bundle may be relied on. */
export const BUNDLE_TTL_SECONDS = 300;

export interface Bundle {
  body: PrincipalBundleDto;
  etag: string;
  maxAgeSeconds: number;
}

/** A principal's packed platform rules and grants in force, read from the decision view. */
@Injectable()
export class BundlesService {
  constructor(
    private readonly view: AccessView,
    private readonly access: AccessControl,
  ) {}

  async bundle(actor: Actor, id: string): Promise<Bundle> {
    if (!isUuid(id)) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'${id}' is not a principal id (a UUID).`, [{ location: 'path', pointer: '/id', detail: 'id must be a UUID' }]);
    // The grants of a principal are its own business: itself, platform admins, auditors and governance officers.
    this.access.require(actor, 'read', subject('Grant', { consumerPrincipalId: id, consumerTeam: null, ownerTeamId: '' }), `the bundle of principal '${id}': only that principal, a platform admin, an auditor or a governance officer may`);
    const view = await this.view.current();
    const principal = view.principals.get(id);
    if (!principal) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${id}'.`);
    const now = new Date();
    const memberships = principal.disabled ? [] : (view.memberships.get(id) ?? []);
    const teams = new Set(memberships.map((m) => m.team));
    const grants = principal.disabled
      ? []
      : [`principal:${id}`, ...[...teams].map((team) => `team:${team}`)]
          .flatMap((holder) => view.grantsByHolder.get(holder) ?? [])
          .filter((g) => isActive(g, now))
          .sort((a, b) => (a.portUrn < b.portUrn ? -1 : a.portUrn > b.portUrn ? 1 : a.id < b.id ? -1 : 1));
    const roles = principal.disabled ? [] : principal.globalRoles;
    const rules = principal.disabled ? [] : (packAbility({ id, roles, teamRoles: memberships }) as unknown[][]);
    const content = {
      principalId: id,
      principalName: principal.name,
      disabled: principal.disabled,
      roles,
      memberships: memberships.map((m) => ({ team: m.team, role: m.role })),
      rules,
      grants: grants.map((g) => ({
        id: g.id,
        portUrn: g.portUrn,
        ownerTeamId: g.ownerTeamId,
        heldBy: g.consumerTeam !== null ? `team:${g.consumerTeam}` : `principal:${id}`,
        purpose: g.purpose,
        fields: g.fields,
        expiresAt: g.expiresAt.toISOString(),
      })),
    };
    const etag = `"${createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 32)}"`;
    const until = Math.min(now.getTime() + BUNDLE_TTL_SECONDS * 1000, ...grants.map((g) => g.expiresAt.getTime()));
    return {
      body: { ...content, issuedAt: now.toISOString(), expiresAt: new Date(until).toISOString() },
      etag,
      maxAgeSeconds: Math.max(0, Math.floor((until - now.getTime()) / 1000)),
    };
  }
}
