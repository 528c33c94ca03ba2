import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, EventOutbox, type Page, pageWindow, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { grantFact, requestFact } from '../events/access-feed';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService, type AuditSource } from '../audit/audit.service';
import { approverNames, CatalogClient } from '../catalog/catalog-client';
import { AccessError, AccessErrorCode } from '../common/access-error';
import { isUuid } from '../common/names';
import { GrantEntity } from '../grants/grant.entity';
import { PrincipalEntity } from '../principals/principal.entity';
import { TeamEntity } from '../teams/team.entity';
import { DEFAULT_DURATION_DAYS, type AccessRequestQueryDto, type CreateAccessRequestDto } from './access-request.dto';
import { AccessRequestEntity, OPEN_STATES } from './access-request.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Who approved a request the contract approves by itself, in `decidedBy` and the grant's `approvedBy`. */
export const AUTO_APPROVER = 'auto-approve';

export function isPrivileged(actor: Actor): boolean {
  return actor.roles.some((role) => role === 'platform-admin' || role === 'auditor' || role === 'governance-officer');
}

function requestSubject(request: AccessRequestEntity) {
  return subject('AccessRequest', {
    requesterId: request.requesterId,
    consumerPrincipalId: request.consumerPrincipalId,
    consumerTeam: request.consumerTeam,
    ownerTeamId: request.ownerTeamId,
  });
}

function forbidden(detail: string): PlatformError {
  return new PlatformError(PlatformErrorCode.FORBIDDEN, detail);
}

/** Requests for access to output ports, their approval in one or two steps, and the grant the last step creates. */
@Injectable()
export class AccessRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly catalog: CatalogClient,
    private readonly audit: AuditService,
    private readonly events: EventOutbox,
  ) {}

  async create(actor: Actor, input: CreateAccessRequestDto, authorization: string | undefined, source?: AuditSource): Promise<AccessRequestEntity> {
    const { principalId, team } = input.consumer;
    if ((principalId === undefined) === (team === undefined)) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'The consumer is either a principal or a team: give exactly one of principalId and team.', [
        { pointer: '/consumer', detail: 'give exactly one of principalId and team' },
      ]);
    }
    const admin = actor.roles.includes('platform-admin');
    if (principalId !== undefined) {
      const principal = await this.dataSource.getRepository(PrincipalEntity).findOneBy({ id: principalId });
      if (!principal) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${principalId}'.`, [{ pointer: '/consumer/principalId', detail: 'unknown principal' }]);
      if (!admin && principalId !== actor.id) throw forbidden(`Principal '${actor.id}' may request access only for itself or for a team it belongs to, not for principal '${principalId}'.`);
    } else if (team !== undefined) {
      const found = await this.dataSource.getRepository(TeamEntity).findOneBy({ name: team });
      if (!found) throw new AccessError(AccessErrorCode.TEAM_NOT_FOUND, `No team '${team}'.`, [{ pointer: '/consumer/team', detail: 'unknown team' }]);
      if (!admin && !actor.teamRoles.some((r) => r.team === team)) throw forbidden(`Principal '${actor.id}' may request access for team '${team}' only as one of its members.`);
    }
    const port = await this.catalog.resolvePort(input.portUrn, authorization);
    const fields = input.fields ?? null;
    if (fields) {
      const known = new Set(port.fieldNames);
      const unknown = fields.map((name, index) => ({ name, index })).filter(({ name }) => !known.has(name));
      if (unknown.length > 0) {
        throw new AccessError(
          AccessErrorCode.UNKNOWN_FIELDS,
          `The contract of '${port.urn}' has no field${unknown.length === 1 ? '' : 's'} ${unknown.map((u) => `'${u.name}'`).join(', ')}.`,
          unknown.map(({ name, index }) => ({ pointer: `/fields/${index}`, detail: `no field '${name}' in the contract` })),
        );
      }
    }
    const unique = (names: string[]) => [...new Set(names)];
    return this.dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(AccessRequestEntity);
    const created = await repo.save(
      repo.create({
        state: 'pending',
        requesterId: actor.id,
        consumerPrincipalId: principalId ?? null,
        consumerTeam: team ?? null,
        portUrn: port.urn,
        domain: port.domain,
        product: port.product,
        ownerTeamId: port.ownerTeamId,
        purpose: input.purpose,
        durationDays: input.durationDays ?? DEFAULT_DURATION_DAYS,
        fields,
        firstLevelApprovers: unique(port.roles.flatMap((r) => approverNames(r.firstLevelApprovers))),
        secondLevelApprovers: unique(port.roles.flatMap((r) => approverNames(r.secondLevelApprovers))),
      }),
    );
    await this.audit.append({ actor: actor.id, action: 'access-request.create', resource: created.id, outcome: 'success', details: { portUrn: port.urn, consumer: principalId ?? `team:${team}` }, source }, manager);
    await this.events.append(manager, { type: 'access-request.created', subject: created.id, data: requestFact(created) });
    if (port.autoApprove) await this.grantFor(manager, created, AUTO_APPROVER, undefined, source);
    return repo.findOneByOrFail({ id: created.id });
    });
  }

  async get(actor: Actor, id: string): Promise<AccessRequestEntity> {
    const request = await this.find(id);
    if (!(await this.mayRead(actor, request))) {
      throw forbidden(
        `Principal '${actor.id}' may not read access request '${id}': it is neither its requester, its consumer, an owner of team '${request.ownerTeamId}', one of its approvers, an auditor nor a governance officer.`,
      );
    }
    return request;
  }

  async list(actor: Actor, query: AccessRequestQueryDto): Promise<Page<AccessRequestEntity>> {
    const { limit, offset } = pageWindow(query);
    const qb = this.dataSource.getRepository(AccessRequestEntity).createQueryBuilder('r');
    if (!isPrivileged(actor)) await this.visibleTo(actor, qb);
    if (query.state) qb.andWhere('r.state = :state', { state: query.state });
    if (query.portUrn) qb.andWhere('r.port_urn = :portUrn', { portUrn: query.portUrn });
    if (query.consumer) consumerFilter(qb, 'r', query.consumer);
    if (query.mine) qb.andWhere('r.requester_id = :me', { me: actor.id });
    if (query.decidedAfter) qb.andWhere('r.decided_at >= :decidedAfter', { decidedAfter: new Date(query.decidedAfter) });
    const [items, total] = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  async approve(actor: Actor, id: string, reason: string | undefined, source?: AuditSource): Promise<AccessRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOpen(manager, actor, id, 'approve');
      const level = await this.requireApprover(actor, request, 'approve');
      const now = new Date();
      if (level === 1 && request.secondLevelApprovers.length > 0) {
        request.state = 'awaiting-second-level';
        request.firstApprovedBy = actor.id;
        request.firstApprovedAt = now;
        request.decisionReason = reason ?? null;
        await manager.save(request);
        await this.audit.append({ actor: actor.id, action: 'access-request.approve', resource: id, outcome: 'success', details: { step: 1, state: request.state }, source }, manager);
        return manager.findOneByOrFail(AccessRequestEntity, { id });
      }
      await this.grantFor(manager, request, actor.id, reason, source, level);
      return manager.findOneByOrFail(AccessRequestEntity, { id });
    });
  }

  /** The last approval (or the contract's `autoApprove`): the request becomes a grant, both recorded in the audit log. */
  private async grantFor(manager: EntityManager, request: AccessRequestEntity, approver: string, reason: string | undefined, source: AuditSource | undefined, level?: 1 | 2): Promise<GrantEntity> {
    const now = new Date();
    const grant = await manager.save(
      manager.create(GrantEntity, {
        requestId: request.id,
        consumerPrincipalId: request.consumerPrincipalId,
        consumerTeam: request.consumerTeam,
        portUrn: request.portUrn,
        ownerTeamId: request.ownerTeamId,
        purpose: request.purpose,
        fields: request.fields,
        expiresAt: new Date(now.getTime() + request.durationDays * DAY_MS),
        approvedBy: request.firstApprovedBy ? [request.firstApprovedBy, approver] : [approver],
      }),
    );
    request.state = 'approved';
    request.decidedBy = approver;
    request.decidedAt = now;
    request.decisionReason = reason ?? request.decisionReason ?? (approver === AUTO_APPROVER ? 'The contract of the port approves requests automatically (autoApprove).' : null);
    request.grantId = grant.id;
    await manager.save(request);
    const actor = approver === AUTO_APPROVER ? request.requesterId : approver;
    const details = approver === AUTO_APPROVER ? { automatic: true, state: request.state, grantId: grant.id } : { step: level, state: request.state, grantId: grant.id };
    await this.audit.append({ actor, action: 'access-request.approve', resource: request.id, outcome: 'success', details, source }, manager);
    await this.audit.append(
      { actor, action: 'grant.create', resource: grant.id, outcome: 'success', details: { requestId: request.id, portUrn: grant.portUrn, expiresAt: grant.expiresAt.toISOString() }, source },
      manager,
    );
    await this.events.append(manager, { type: 'access-request.decided', subject: request.id, data: requestFact(request) });
    await this.events.append(manager, { type: 'grant.approved', subject: grant.id, data: { ...grantFact(grant), approvedBy: grant.approvedBy } });
    return grant;
  }

  async reject(actor: Actor, id: string, reason: string, source?: AuditSource): Promise<AccessRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOpen(manager, actor, id, 'reject');
      await this.requireApprover(actor, request, 'reject');
      request.state = 'rejected';
      request.decidedBy = actor.id;
      request.decidedAt = new Date();
      request.decisionReason = reason;
      await manager.save(request);
      await this.audit.append({ actor: actor.id, action: 'access-request.reject', resource: id, outcome: 'success', details: { state: request.state }, source }, manager);
      await this.events.append(manager, { type: 'access-request.decided', subject: id, data: requestFact(request) });
      return manager.findOneByOrFail(AccessRequestEntity, { id });
    });
  }

  async cancel(actor: Actor, id: string, reason: string | undefined, source?: AuditSource): Promise<AccessRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOpen(manager, actor, id, 'cancel');
      if (request.requesterId !== actor.id && !actor.roles.includes('platform-admin')) {
        throw forbidden(`Only the requester ('${request.requesterId}') or a platform admin may cancel access request '${id}'; principal '${actor.id}' is neither.`);
      }
      request.state = 'cancelled';
      request.decidedBy = actor.id;
      request.decidedAt = new Date();
      request.decisionReason = reason ?? null;
      await manager.save(request);
      await this.audit.append({ actor: actor.id, action: 'access-request.cancel', resource: id, outcome: 'success', details: { state: request.state }, source }, manager);
      await this.events.append(manager, { type: 'access-request.decided', subject: id, data: requestFact(request) });
      return manager.findOneByOrFail(AccessRequestEntity, { id });
    });
  }

  private async find(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<AccessRequestEntity> {
    if (!isUuid(id)) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'${id}' is not an access request id (a UUID).`, [{ location: 'path', pointer: '/id', detail: 'id must be a UUID' }]);
    }
    const request = await manager.findOne(AccessRequestEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!request) throw new AccessError(AccessErrorCode.ACCESS_REQUEST_NOT_FOUND, `No access request '${id}'.`);
    return request;
  }

  private async lockOpen(manager: EntityManager, actor: Actor, id: string, verb: string): Promise<AccessRequestEntity> {
    const request = await this.find(id, manager, true);
    if (!OPEN_STATES.includes(request.state)) {
      // Only those who may read the request learn that it is decided.
      if (!(await this.mayRead(actor, request))) throw forbidden(`Principal '${actor.id}' may not ${verb} access request '${id}'.`);
      throw new AccessError(AccessErrorCode.ACCESS_REQUEST_DECIDED, `Access request '${id}' is already ${request.state}; it cannot be ${verb === 'cancel' ? 'cancelled' : `${verb}d`} any more.`);
    }
    return request;
  }

  /** Its requester, consumer, the owners of the port's team, its approvers, and those who read everything. */
  private async mayRead(actor: Actor, request: AccessRequestEntity): Promise<boolean> {
    return this.access.can(actor, 'read', requestSubject(request)) || this.isNamedApprover(actor, [...request.firstLevelApprovers, ...request.secondLevelApprovers]);
  }

  /** Checks the actor may decide the current step; answers that step (1 or 2). */
  private async requireApprover(actor: Actor, request: AccessRequestEntity, verb: 'approve' | 'reject'): Promise<1 | 2> {
    const level = request.state === 'pending' ? 1 : 2;
    const admin = actor.roles.includes('platform-admin');
    if (level === 1) {
      if (admin || this.access.can(actor, 'approve', requestSubject(request)) || (await this.isNamedApprover(actor, request.firstLevelApprovers))) return level;
      const named = request.firstLevelApprovers.length > 0 ? `, or one of the first-level approvers ${request.firstLevelApprovers.map((n) => `'${n}'`).join(', ')}` : '';
      throw forbidden(`Principal '${actor.id}' may not ${verb} access request '${request.id}': it needs to be a domain-owner of team '${request.ownerTeamId}'${named}, or a platform admin.`);
    }
    if (request.firstApprovedBy === actor.id) {
      throw forbidden(`Principal '${actor.id}' approved the first level of access request '${request.id}'; the second level needs another approver.`);
    }
    if (admin || (await this.isNamedApprover(actor, request.secondLevelApprovers))) return level;
    throw forbidden(
      `Principal '${actor.id}' may not ${verb} the second level of access request '${request.id}': it needs to be one of the second-level approvers ${request.secondLevelApprovers.map((n) => `'${n}'`).join(', ')} (a team it belongs to or its own name), or a platform admin.`,
    );
  }

  /** Whether one of the names is a team the actor belongs to, or the actor's own principal name. */
  private async isNamedApprover(actor: Actor, names: string[]): Promise<boolean> {
    if (names.length === 0) return false;
    if (actor.teamRoles.some((r) => names.includes(r.team))) return true;
    const name = await this.principalName(actor);
    return name !== null && names.includes(name);
  }

  private async principalName(actor: Actor): Promise<string | null> {
    if (!isUuid(actor.id)) return null;
    const principal = await this.dataSource.getRepository(PrincipalEntity).findOneBy({ id: actor.id });
    return principal?.name ?? null;
  }

  /** Limits a list to the requests the actor may read. */
  private async visibleTo(actor: Actor, qb: SelectQueryBuilder<AccessRequestEntity>): Promise<void> {
    const memberTeams = actor.teamRoles.map((r) => r.team);
    const ownedTeams = actor.teamRoles.filter((r) => r.role === 'domain-owner').map((r) => r.team);
    const name = await this.principalName(actor);
    const names = name ? [...memberTeams, name] : memberTeams;
    const conditions = ['r.requester_id = :me'];
    if (isUuid(actor.id)) conditions.push('r.consumer_principal_id = CAST(:meId AS uuid)');
    if (memberTeams.length > 0) conditions.push('r.consumer_team IN (:...memberTeams)');
    if (ownedTeams.length > 0) conditions.push('r.owner_team_id IN (:...ownedTeams)');
    if (names.length > 0) conditions.push('r.first_level_approvers && :names::text[]', 'r.second_level_approvers && :names::text[]');
    qb.andWhere(`(${conditions.join(' OR ')})`, { me: actor.id, meId: actor.id, memberTeams, ownedTeams, names });
  }
}

/** `consumer=` is a principal id or a team name. */
export function consumerFilter<T extends object>(qb: SelectQueryBuilder<T>, alias: string, consumer: string): void {
  if (isUuid(consumer)) qb.andWhere(`${alias}.consumer_principal_id = :consumer`, { consumer });
  else qb.andWhere(`${alias}.consumer_team = :consumer`, { consumer });
}
