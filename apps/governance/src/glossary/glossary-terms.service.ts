import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, checkIfMatch, etagOf, type Page, pageWindow } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateGlossaryTermDto, ListGlossaryTermsQueryDto, UpdateGlossaryTermDto } from './dto/glossary-term.dto';
import { GlossaryError, GlossaryErrorCode, isUniqueViolation } from './glossary-error';
import { GlossaryTermEntity } from './glossary-term.entity';
import { MasterDataEntityEntity } from './master-data-entity.entity';
import { likePrefix } from './names';

export function glossaryTermEtag(term: GlossaryTermEntity): string {
  return etagOf(term.name, term.revision);
}

@Injectable()
export class GlossaryTermsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
  ) {}

  async create(input: CreateGlossaryTermDto): Promise<GlossaryTermEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await requireEntity(manager, input.masterDataEntity ?? null);
        const repo = manager.getRepository(GlossaryTermEntity);
        await repo.insert({
          name: input.name,
          title: input.title,
          definition: input.definition,
          ownerTeamId: input.ownerTeamId,
          synonyms: input.synonyms ?? [],
          status: input.status ?? 'draft',
          masterDataEntity: input.masterDataEntity ?? null,
          revision: 1,
        });
        return repo.findOneByOrFail({ name: input.name });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new GlossaryError(GlossaryErrorCode.TERM_EXISTS, `Glossary term '${input.name}' already exists.`);
      throw error;
    }
  }

  async list(query: ListGlossaryTermsQueryDto): Promise<Page<GlossaryTermEntity>> {
    const { limit, offset } = pageWindow(query);
    const qb = this.dataSource.getRepository(GlossaryTermEntity).createQueryBuilder('t');
    if (query.status !== undefined) qb.andWhere('t.status = :status', { status: query.status });
    if (query.ownerTeamId !== undefined) qb.andWhere('t.owner_team_id = :owner', { owner: query.ownerTeamId });
    if (query.q !== undefined) {
      qb.andWhere('(lower(t.name) LIKE :prefix OR lower(t.title) LIKE :prefix OR EXISTS (SELECT 1 FROM unnest(t.synonyms) AS s(word) WHERE lower(s.word) LIKE :prefix))', {
        prefix: likePrefix(query.q),
      });
    }
    const [items, total] = await qb.orderBy('t.name', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  async get(name: string): Promise<GlossaryTermEntity> {
    const term = await this.dataSource.getRepository(GlossaryTermEntity).findOneBy({ name });
    if (!term) throw notFound(name);
    return term;
  }

  /** Governance officers, and the domain owners of the team that owns the term (of both teams, when it changes hands). */
  async update(actor: Actor, name: string, input: UpdateGlossaryTermDto, ifMatch: string | undefined): Promise<GlossaryTermEntity> {
    return this.dataSource.transaction(async (manager) => {
      const term = await manager.findOne(GlossaryTermEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!term) throw notFound(name);
      this.access.require(actor, 'update', subject('GlossaryTerm', { ownerTeamId: term.ownerTeamId }), `glossary term '${name}'`);
      if (input.ownerTeamId != null && input.ownerTeamId !== term.ownerTeamId) {
        this.access.require(actor, 'update', subject('GlossaryTerm', { ownerTeamId: input.ownerTeamId }), `glossary terms of team '${input.ownerTeamId}'`);
      }
      checkIfMatch(ifMatch, glossaryTermEtag(term));
      if (input.masterDataEntity !== undefined) await requireEntity(manager, input.masterDataEntity);
      if (input.title != null) term.title = input.title;
      if (input.definition != null) term.definition = input.definition;
      if (input.ownerTeamId != null) term.ownerTeamId = input.ownerTeamId;
      if (input.synonyms != null) term.synonyms = input.synonyms;
      if (input.status != null) term.status = input.status;
      if (input.masterDataEntity !== undefined) term.masterDataEntity = input.masterDataEntity;
      return manager.save(term);
    });
  }

  /** A term that a canonical attribute stands for cannot go: the attribute would point nowhere. */
  async delete(name: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const term = await manager.findOne(GlossaryTermEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!term) throw notFound(name);
      const users = await manager
        .getRepository(MasterDataEntityEntity)
        .createQueryBuilder('e')
        .where('e.attributes @> CAST(:needle AS jsonb)', { needle: JSON.stringify([{ glossaryTerm: name }]) })
        .orderBy('e.name', 'ASC')
        .getMany();
      if (users.length > 0) {
        throw new GlossaryError(
          GlossaryErrorCode.TERM_IN_USE,
          `Glossary term '${name}' is what attributes of master-data entit${users.length === 1 ? 'y' : 'ies'} ${users.map((e) => `'${e.name}'`).join(', ')} stand for; change them first.`,
        );
      }
      await manager.delete(GlossaryTermEntity, { name });
    });
  }
}

function notFound(name: string): GlossaryError {
  return new GlossaryError(GlossaryErrorCode.TERM_NOT_FOUND, `No glossary term '${name}'.`);
}

/** The master-data entity a term names must exist; a shared lock keeps it from being deleted meanwhile. */
async function requireEntity(manager: EntityManager, name: string | null): Promise<void> {
  if (name === null) return;
  const entity = await manager.findOne(MasterDataEntityEntity, { where: { name }, lock: { mode: 'pessimistic_read' } });
  if (!entity) {
    throw new GlossaryError(GlossaryErrorCode.UNKNOWN_REFERENCE, `No master-data entity '${name}'; define it first with POST /v1/master-data/entities.`, [
      { pointer: '/masterDataEntity', detail: `master-data entity '${name}' does not exist` },
    ]);
  }
}
