import { Injectable } from '@nestjs/common';
import { checkIfMatch, etagOf, type Page, type PageQueryDto, pageWindow, type ProblemFieldError } from '@meshwork/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CodeListEntity } from './code-list.entity';
import type { CanonicalAttributeDto, CreateMasterDataEntityDto, PutMasterDataEntityDto } from './dto/master-data-entity.dto';
import { GlossaryError, GlossaryErrorCode, isUniqueViolation } from './glossary-error';
import { GlossaryTermEntity } from './glossary-term.entity';
import { toCanonicalAttribute } from './glossary.mapper';
import { MasterDataEntityEntity } from './master-data-entity.entity';

export function masterDataEntityEtag(entity: MasterDataEntityEntity): string {
  return etagOf(entity.name, entity.revision);
}

@Injectable()
export class MasterDataEntitiesService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: CreateMasterDataEntityDto): Promise<MasterDataEntityEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await requireReferences(manager, input.attributes);
        const repo = manager.getRepository(MasterDataEntityEntity);
        await repo.insert({
          name: input.name,
          title: input.title,
          description: input.description ?? null,
          ownerTeamId: input.ownerTeamId,
          attributes: input.attributes.map(toCanonicalAttribute),
          revision: 1,
        });
        return repo.findOneByOrFail({ name: input.name });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new GlossaryError(GlossaryErrorCode.ENTITY_EXISTS, `Master-data entity '${input.name}' already exists.`);
      throw error;
    }
  }

  async list(query: PageQueryDto): Promise<Page<MasterDataEntityEntity>> {
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.dataSource.getRepository(MasterDataEntityEntity).findAndCount({ order: { name: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  async get(name: string): Promise<MasterDataEntityEntity> {
    const entity = await this.dataSource.getRepository(MasterDataEntityEntity).findOneBy({ name });
    if (!entity) throw notFound(name);
    return entity;
  }

  async replace(name: string, input: PutMasterDataEntityDto, ifMatch: string | undefined): Promise<MasterDataEntityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(MasterDataEntityEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound(name);
      checkIfMatch(ifMatch, masterDataEntityEtag(entity));
      await requireReferences(manager, input.attributes);
      entity.title = input.title;
      entity.description = input.description ?? null;
      entity.ownerTeamId = input.ownerTeamId;
      entity.attributes = input.attributes.map(toCanonicalAttribute);
      return manager.save(entity);
    });
  }

  /** An entity that glossary terms name cannot go: the terms would point nowhere. */
  async delete(name: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(MasterDataEntityEntity, { where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound(name);
      const terms = await manager.find(GlossaryTermEntity, { where: { masterDataEntity: name }, order: { name: 'ASC' } });
      if (terms.length > 0) {
        throw new GlossaryError(
          GlossaryErrorCode.ENTITY_IN_USE,
          `Master-data entity '${name}' is named by glossary term${terms.length === 1 ? '' : 's'} ${terms.map((t) => `'${t.name}'`).join(', ')}; change them first.`,
        );
      }
      await manager.delete(MasterDataEntityEntity, { name });
    });
  }
}

function notFound(name: string): GlossaryError {
  return new GlossaryError(GlossaryErrorCode.ENTITY_NOT_FOUND, `No master-data entity '${name}'.`);
}

/** Every code list and glossary term the attributes name must exist; shared locks keep them until the commit. */
async function requireReferences(manager: EntityManager, attributes: CanonicalAttributeDto[]): Promise<void> {
  const listNames = [...new Set(attributes.flatMap((a) => (a.codeList === undefined ? [] : [a.codeList])))];
  const termNames = [...new Set(attributes.flatMap((a) => (a.glossaryTerm === undefined ? [] : [a.glossaryTerm])))];
  const lists = listNames.length === 0 ? [] : await manager.find(CodeListEntity, { select: { name: true }, where: { name: In(listNames) }, lock: { mode: 'pessimistic_read' } });
  const terms = termNames.length === 0 ? [] : await manager.find(GlossaryTermEntity, { select: { name: true }, where: { name: In(termNames) }, lock: { mode: 'pessimistic_read' } });
  const knownLists = new Set(lists.map((l) => l.name));
  const knownTerms = new Set(terms.map((t) => t.name));
  const errors: ProblemFieldError[] = attributes.flatMap((a, i) => [
    ...(a.codeList !== undefined && !knownLists.has(a.codeList) ? [{ pointer: `/attributes/${i}/codeList`, detail: `code list '${a.codeList}' does not exist` }] : []),
    ...(a.glossaryTerm !== undefined && !knownTerms.has(a.glossaryTerm) ? [{ pointer: `/attributes/${i}/glossaryTerm`, detail: `glossary term '${a.glossaryTerm}' does not exist` }] : []),
  ]);
  if (errors.length > 0) {
    throw new GlossaryError(GlossaryErrorCode.UNKNOWN_REFERENCE, `The attributes refer to ${errors.length === 1 ? 'a code list or glossary term that does' : 'code lists or glossary terms that do'} not exist: ${errors.map((e) => e.detail).join('; ')}.`, errors);
  }
}
