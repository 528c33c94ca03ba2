import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, checkIfMatch, etagOf, type Page, type PageQueryDto, pageWindow } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { DomainEntity } from './domain.entity';
import type { CreateDomainDto, UpdateDomainDto } from './dto/domain.dto';

const UNIQUE_VIOLATION = '23505';

export function domainEtag(domain: DomainEntity): string {
  return etagOf(domain.name, domain.revision);
}

@Injectable()
export class DomainsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
  ) {}

  async create(actor: Actor, input: CreateDomainDto): Promise<DomainEntity> {
    this.access.require(actor, 'create', subject('Domain', { name: input.name, ownerTeamId: input.ownerTeamId }), `domain '${input.name}'`);
    const repo = this.dataSource.getRepository(DomainEntity);
    try {
      await repo.insert({ name: input.name, title: input.title, description: input.description ?? null, ownerTeamId: input.ownerTeamId, revision: 1 });
      return await repo.findOneByOrFail({ name: input.name });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new CatalogError(CatalogErrorCode.DOMAIN_EXISTS, `Domain '${input.name}' already exists.`);
      }
      throw error;
    }
  }

  async list(query: PageQueryDto): Promise<Page<DomainEntity>> {
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.dataSource.getRepository(DomainEntity).findAndCount({ order: { name: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  async get(name: string, manager: EntityManager = this.dataSource.manager): Promise<DomainEntity> {
    const domain = await manager.findOne(DomainEntity, { where: { name } });
    if (!domain) throw new CatalogError(CatalogErrorCode.DOMAIN_NOT_FOUND, `No domain '${name}'. Create it first with POST /v1/domains.`);
    return domain;
  }

  async update(actor: Actor, name: string, input: UpdateDomainDto, ifMatch: string | undefined): Promise<DomainEntity> {
    return this.dataSource.transaction(async (manager) => {
      const domain = await manager.findOne(DomainEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!domain) throw new CatalogError(CatalogErrorCode.DOMAIN_NOT_FOUND, `No domain '${name}'.`);
      this.access.require(actor, 'update', subject('Domain', { name: domain.name, ownerTeamId: domain.ownerTeamId }), `domain '${name}'`);
      if (input.ownerTeamId !== undefined && input.ownerTeamId !== domain.ownerTeamId) {
        // Handing a domain over: the caller must be able to run it under its new owner too, so an owner cannot push
        // its domain (and the products' obligations) onto a team it does not belong to as an owner.
        this.access.require(actor, 'update', subject('Domain', { name: domain.name, ownerTeamId: input.ownerTeamId }), `domain '${name}' as team '${input.ownerTeamId}': a domain is handed over by a platform admin, or by an owner of both teams`);
      }
      checkIfMatch(ifMatch, domainEtag(domain));
      if (input.title !== undefined) domain.title = input.title;
      if (input.description !== undefined) domain.description = input.description;
      if (input.ownerTeamId !== undefined) domain.ownerTeamId = input.ownerTeamId;
      const saved = await manager.save(domain);
      // Products carry their owner for search filters and facets; it follows the domain in the same transaction.
      await manager.query('UPDATE catalog.data_products SET owner_team_id = $1 WHERE domain = $2 AND owner_team_id <> $1', [saved.ownerTeamId, saved.name]);
      return saved;
    });
  }
}
