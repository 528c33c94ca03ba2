import { Injectable } from '@nestjs/common';
import { checkIfMatch, etagOf, type Page, PlatformError, PlatformErrorCode, pageWindow } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { AuditService, type AuditContext } from '../audit/audit.service';
import { AccessError, AccessErrorCode, isUniqueViolation } from '../common/access-error';
import { isUuid } from '../common/names';
import type { CreatePrincipalDto, ListPrincipalsQueryDto, UpdatePrincipalDto } from './dto/principal.dto';
import { PrincipalEntity } from './principal.entity';
import { principalIssues } from './principal-rules';

export function principalEtag(principal: PrincipalEntity): string {
  return etagOf(principal.id, principal.revision);
}

/** A malformed id in a path answers 400 with a pointer, not a database error. */
export function requireUuid(id: string, parameter = 'id'): void {
  if (!isUuid(id)) {
    throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'${id}' is not a principal id (a UUID).`, [{ location: 'path', pointer: `/${parameter}`, detail: `${parameter} must be a UUID` }]);
  }
}

@Injectable()
export class PrincipalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreatePrincipalDto, by: AuditContext): Promise<PrincipalEntity> {
    const email = input.email ?? null;
    const issues = principalIssues(input.kind, email);
    if (issues.length > 0) throw new AccessError(AccessErrorCode.INVALID_PRINCIPAL, `Principal '${input.name}' is not valid.`, issues);
    try {
      return await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PrincipalEntity);
      const result = await repo.insert({
        kind: input.kind,
        name: input.name,
        displayName: input.displayName,
        email,
        globalRoles: input.globalRoles ?? [],
        disabled: input.disabled ?? false,
        revision: 1,
      });
      const id = (result.identifiers[0] as { id: string }).id;
      await this.audit.append({ ...by, action: 'principal.create', resource: id, outcome: 'success', details: { name: input.name, kind: input.kind, globalRoles: input.globalRoles ?? [] } }, manager);
      return repo.findOneByOrFail({ id });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AccessError(AccessErrorCode.PRINCIPAL_EXISTS, `A principal named '${input.name}' already exists.`);
      throw error;
    }
  }

  async list(query: ListPrincipalsQueryDto): Promise<Page<PrincipalEntity>> {
    const { limit, offset } = pageWindow(query);
    const qb = this.dataSource.getRepository(PrincipalEntity).createQueryBuilder('p');
    if (query.kind !== undefined) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.role !== undefined) qb.andWhere(':role = ANY(p.global_roles)', { role: query.role });
    // The prefix holds only a-z, 0-9 and dashes (validated), so it cannot carry LIKE wildcards.
    if (query.q !== undefined) qb.andWhere('p.name LIKE :prefix', { prefix: `${query.q}%` });
    const [items, total] = await qb.orderBy('p.name', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  async get(id: string): Promise<PrincipalEntity> {
    requireUuid(id);
    const principal = await this.dataSource.getRepository(PrincipalEntity).findOneBy({ id });
    if (!principal) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${id}'.`);
    return principal;
  }

  async update(id: string, input: UpdatePrincipalDto, ifMatch: string | undefined, by: AuditContext): Promise<PrincipalEntity> {
    requireUuid(id);
    return this.dataSource.transaction(async (manager) => {
      const principal = await manager.findOne(PrincipalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!principal) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${id}'.`);
      checkIfMatch(ifMatch, principalEtag(principal));
      if (input.displayName != null) principal.displayName = input.displayName;
      if (input.email !== undefined) principal.email = input.email;
      if (input.globalRoles != null) principal.globalRoles = input.globalRoles;
      if (input.disabled != null) principal.disabled = input.disabled;
      const issues = principalIssues(principal.kind, principal.email);
      if (issues.length > 0) throw new AccessError(AccessErrorCode.INVALID_PRINCIPAL, `Principal '${principal.name}' is not valid.`, issues);
      const saved = await manager.save(principal);
      await this.audit.append({ ...by, action: 'principal.update', resource: id, outcome: 'success', details: { changed: Object.keys(input).sort(), globalRoles: principal.globalRoles, disabled: principal.disabled } }, manager);
      return saved;
    });
  }

  /** Deleting a principal also ends its team memberships. */
  async delete(id: string, by: AuditContext): Promise<void> {
    requireUuid(id);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(PrincipalEntity, { id });
      if (!result.affected) throw new AccessError(AccessErrorCode.PRINCIPAL_NOT_FOUND, `No principal '${id}'.`);
      await this.audit.append({ ...by, action: 'principal.delete', resource: id, outcome: 'success' }, manager);
    });
  }
}
