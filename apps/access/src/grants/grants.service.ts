import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, checkIfMatch, etagOf, EventOutbox, type Page, pageWindow, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { grantFact } from '../events/access-feed';
import { DataSource } from 'typeorm';
import type { GrantQueryDto } from '../access-requests/access-request.dto';
import { consumerFilter, isPrivileged } from '../access-requests/access-requests.service';
import { AuditService, type AuditSource } from '../audit/audit.service';
import { AccessError, AccessErrorCode } from '../common/access-error';
import { isUuid } from '../common/names';
import { GrantEntity } from './grant.entity';

function grantSubject(grant: GrantEntity) {
  return subject('Grant', { consumerPrincipalId: grant.consumerPrincipalId, consumerTeam: grant.consumerTeam, ownerTeamId: grant.ownerTeamId });
}

/** A grant is in force while it is not revoked and its expiry is still ahead; nothing has to run to expire it. */
export function isActive(grant: Pick<GrantEntity, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): boolean {
  return grant.revokedAt === null && now.getTime() < grant.expiresAt.getTime();
}

@Injectable()
export class GrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly audit: AuditService,
    private readonly events: EventOutbox,
  ) {}

  async list(actor: Actor, query: GrantQueryDto): Promise<Page<GrantEntity>> {
    const { limit, offset } = pageWindow(query);
    const qb = this.dataSource.getRepository(GrantEntity).createQueryBuilder('g');
    if (!isPrivileged(actor)) {
      const memberTeams = actor.teamRoles.map((r) => r.team);
      const ownedTeams = actor.teamRoles.filter((r) => r.role === 'domain-owner').map((r) => r.team);
      const conditions = ['false'];
      if (isUuid(actor.id)) conditions.push('g.consumer_principal_id = :me');
      if (memberTeams.length > 0) conditions.push('g.consumer_team IN (:...memberTeams)');
      if (ownedTeams.length > 0) conditions.push('g.owner_team_id IN (:...ownedTeams)');
      qb.andWhere(`(${conditions.join(' OR ')})`, { me: actor.id, memberTeams, ownedTeams });
    }
    if (query.portUrn) qb.andWhere('g.port_urn = :portUrn', { portUrn: query.portUrn });
    if (query.consumer) consumerFilter(qb, 'g', query.consumer);
    if (query.active === true) qb.andWhere('g.revoked_at IS NULL AND g.expires_at > now()');
    if (query.active === false) qb.andWhere('(g.revoked_at IS NOT NULL OR g.expires_at <= now())');
    const [items, total] = await qb.orderBy('g.created_at', 'DESC').addOrderBy('g.id', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  async get(actor: Actor, id: string): Promise<GrantEntity> {
    const grant = await this.find(id);
    this.access.require(actor, 'read', grantSubject(grant), `grant '${id}': it is neither its consumer, an owner of team '${grant.ownerTeamId}', an auditor nor a governance officer`);
    return grant;
  }

  /** Revokes an active grant; with `ifMatch`, only while the grant still carries that ETag (412 otherwise). */
  async revoke(actor: Actor, id: string, reason: string, source?: AuditSource, ifMatch?: string): Promise<GrantEntity> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOne(GrantEntity, { where: { id: this.checkId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new AccessError(AccessErrorCode.GRANT_NOT_FOUND, `No grant '${id}'.`);
      this.access.require(actor, 'revoke', grantSubject(grant), `grant '${id}': only a domain-owner of team '${grant.ownerTeamId}' or a platform admin may`);
      checkIfMatch(ifMatch, grantEtag(grant));
      if (grant.revokedAt) throw new AccessError(AccessErrorCode.GRANT_REVOKED, `Grant '${id}' was revoked at ${grant.revokedAt.toISOString()} by '${grant.revokedBy ?? 'unknown'}'.`);
      grant.revokedAt = new Date();
      grant.revokedBy = actor.id;
      grant.revokeReason = reason;
      const saved = await manager.save(grant);
      await this.audit.append({ actor: actor.id, action: 'grant.revoke', resource: id, outcome: 'success', details: { portUrn: grant.portUrn }, source }, manager);
      await this.events.append(manager, { type: 'grant.revoked', subject: saved.id, data: { ...grantFact(saved), revokedBy: actor.id, revokedAt: saved.revokedAt?.toISOString() ?? null } });
      return saved;
    });
  }

  private checkId(id: string): string {
    if (!isUuid(id)) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'${id}' is not a grant id (a UUID).`, [{ location: 'path', pointer: '/id', detail: 'id must be a UUID' }]);
    }
    return id;
  }

  private async find(id: string): Promise<GrantEntity> {
    const grant = await this.dataSource.getRepository(GrantEntity).findOneBy({ id: this.checkId(id) });
    if (!grant) throw new AccessError(AccessErrorCode.GRANT_NOT_FOUND, `No grant '${id}'.`);
    return grant;
  }
}

/** The ETag of a grant: it changes once, when the grant is revoked (an approval creates it, nothing else edits it). */
export function grantEtag(grant: Pick<GrantEntity, 'id' | 'revokedAt'>): string {
  return etagOf(grant.id, grant.revokedAt ? 2 : 1);
}
