import { Injectable } from '@nestjs/common';
import { etagOf, type Page, type PageQueryDto, pageWindow } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { CodeListEntity } from './code-list.entity';
import { compareCodes } from './code-list-pattern';
import type { CreateCodeListDto } from './dto/code-list.dto';
import { GlossaryError, GlossaryErrorCode, isUniqueViolation } from './glossary-error';

export function codeListEtag(list: CodeListEntity): string {
  return etagOf(list.name, list.revision);
}

@Injectable()
export class CodeListsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: CreateCodeListDto): Promise<CodeListEntity> {
    const repo = this.dataSource.getRepository(CodeListEntity);
    try {
      await repo.insert({
        name: input.name,
        title: input.title,
        description: input.description ?? null,
        standard: input.standard ?? null,
        shipped: false,
        codes: [...input.codes].sort((a, b) => compareCodes(a.code, b.code)).map((c) => ({ code: c.code, label: c.label })),
        revision: 1,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new GlossaryError(GlossaryErrorCode.CODE_LIST_EXISTS, `Code list '${input.name}' already exists.`);
      throw error;
    }
    return repo.findOneByOrFail({ name: input.name });
  }

  async list(query: PageQueryDto): Promise<Page<CodeListEntity>> {
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.dataSource.getRepository(CodeListEntity).findAndCount({ order: { name: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  async get(name: string): Promise<CodeListEntity> {
    const list = await this.dataSource.getRepository(CodeListEntity).findOneBy({ name });
    if (!list) throw new GlossaryError(GlossaryErrorCode.CODE_LIST_NOT_FOUND, `No code list '${name}'. GET /v1/master-data/code-lists lists them.`);
    return list;
  }
}
