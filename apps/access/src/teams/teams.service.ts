import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, checkIfMatch, etagOf, type Page, type PageQueryDto, pageWindow } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditContext, AuditService, type AuditSource } from '../audit/audit.service';
import { AccessError, AccessErrorCode, isUniqueViolation } from '../common/access-error';
import type { TeamRoleName } from '../common/names';
import { PrincipalEntity } from '../principals/principal.entity';
import { requireUuid } from '../principals/principals.service';
import type { CreateTeamDto, UpdateTeamDto } from './dto/team.dto';
import { MembershipEntity } from './membership.entity';
import { TeamEntity } from './team.entity';

export function teamEtag(team: TeamEntity): string {
  return etagOf(team.name, team.revision);
}

@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateTeamDto, by: AuditContext): Promise<TeamEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(TeamEntity);
        await repo.insert({ name: input.name, displayName: input.displayName, description: input.description ?? null, revision: 1 });
        await this.audit.append({ ...by, action: 'team.create', resource: `team:${input.name}`, outcome: 'success', details: { displayName: input.displayName } }, manager);
        return repo.findOneByOrFail({ name: input.name });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AccessError(AccessErrorCode.TEAM_EXISTS, `Team '${input.name}' already exists.`);
      throw error;
    }
  }

  async list(query: PageQueryDto): Promise<Page<TeamEntity>> {
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.dataSource.getRepository(TeamEntity).findAndCount({ order: { name: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  async get(name: string, manager: EntityManager = this.dataSource.manager): Promise<TeamEntity> {
    const team = await manager.findOne(TeamEntity, { where: { name } });
    if (!team) throw new AccessError(AccessErrorCode.TEAM_NOT_FOUND, `No team '${name}'. Create it first with POST /v1/teams.`);
    return team;
  }

  async update(actor: Actor, name: string, input: UpdateTeamDto, ifMatch: string | undefined, source?: AuditSource): Promise<TeamEntity> {
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.findOne(TeamEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!team) throw new AccessError(AccessErrorCode.TEAM_NOT_FOUND, `No team '${name}'.`);
      this.access.require(actor, 'update', subject('Team', { name: team.name }), `team '${name}'`);
      checkIfMatch(ifMatch, teamEtag(team));
      if (input.displayName != null) team.displayName = input.displayName;
      if (input.description !== undefined) team.description = input.description;
      const saved = await manager.save(team);
      await this.audit.append({ actor: actor.id, action: 'team.update', resource: `team:${name}`, outcome: 'success', details: { changed: Object.keys(input).sort() }, source }, manager);
      return saved;
    });
  }

  async delete(name: string, by: AuditContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const team = await manager.findOne(TeamEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!team) throw new AccessError(AccessErrorCode.TEAM_NOT_FOUND, `No team '${name}'.`);
      const members = await manager.count(MembershipEntity, { where: { teamName: name } });
      if (members > 0) {
        throw new AccessError(
          AccessErrorCode.TEAM_HAS_MEMBERS,
          `Team '${name}' still has ${members} member${members === 1 ? '' : 's'}; remove them first (DELETE /v1/teams/${name}/members/{principalId}).`,
        );
      }
      await manager.delete(TeamEntity, { name });
      await this.audit.append({ ...by, action: 'team.delete', resource: `team:${name}`, outcome: 'success' }, manager);
    });
  }

  async members(name: string, query: PageQueryDto): Promise<Page<MembershipEntity>> {
    await this.get(name);
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.principal', 'p')
      .where('m.team_name = :name', { name })
      .orderBy('p.name', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total, limit, offset };
  }

  async membershipsOf(principalId: string, query: PageQueryDto): Promise<Page<MembershipEntity>> {
    requireUuid(principalId);
    const principal = await this.dataSource.getRepository(PrincipalEntity).findOneBy({ id: principalId });
    if (!principal) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${principalId}'.`);
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.principal', 'p')
      .where('m.principal_id = :principalId', { principalId })
      .orderBy('m.team_name', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total, limit, offset };
  }

  /** Adds the principal to the team, or changes its role there. */
  async putMember(actor: Actor, name: string, principalId: string, role: TeamRoleName, source?: AuditSource): Promise<{ membership: MembershipEntity; created: boolean }> {
    requireUuid(principalId, 'principalId');
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.findOne(TeamEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!team) throw new AccessError(AccessErrorCode.TEAM_NOT_FOUND, `No team '${name}'.`);
      this.access.require(actor, 'update', subject('Team', { name }), `the members of team '${name}'`);
      // Shared lock: the principal cannot be deleted before the membership is written.
      const principal = await manager.findOne(PrincipalEntity, { where: { id: principalId }, lock: { mode: 'pessimistic_read' } });
      if (!principal) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${principalId}'.`);
      const existing = await manager.findOne(MembershipEntity, { where: { teamName: name, principalId } });
      if (existing) {
        if (existing.role !== role) {
          existing.role = role;
          await manager.save(existing);
        }
      } else {
        await manager.insert(MembershipEntity, { teamName: name, principalId, role });
      }
      const membership = await manager.findOneOrFail(MembershipEntity, { where: { teamName: name, principalId }, relations: { principal: true } });
      await this.audit.append({ actor: actor.id, action: 'team.member.set', resource: `team:${name}`, outcome: 'success', details: { principalId, role, created: !existing }, source }, manager);
      return { membership, created: !existing };
    });
  }

  async removeMember(actor: Actor, name: string, principalId: string, source?: AuditSource): Promise<void> {
    requireUuid(principalId, 'principalId');
    await this.dataSource.transaction(async (manager) => {
      const team = await manager.findOne(TeamEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!team) throw new AccessError(AccessErrorCode.TEAM_NOT_FOUND, `No team '${name}'.`);
      this.access.require(actor, 'update', subject('Team', { name }), `the members of team '${name}'`);
      const result = await manager.delete(MembershipEntity, { teamName: name, principalId });
      if (!result.affected) throw new AccessError(AccessErrorCode.MEMBERSHIP_NOT_FOUND, `Principal '${principalId}' is not a member of team '${name}'.`);
      await this.audit.append({ actor: actor.id, action: 'team.member.remove', resource: `team:${name}`, outcome: 'success', details: { principalId }, source }, manager);
    });
  }
}
