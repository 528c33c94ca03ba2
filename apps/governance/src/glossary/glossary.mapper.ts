import type { CodeListEntity } from './code-list.entity';
import { codeListPattern } from './code-list-pattern';
import type { CodeListDto, CodeListSummaryDto } from './dto/code-list.dto';
import type { GlossaryTermDto } from './dto/glossary-term.dto';
import type { CanonicalAttributeDto, MasterDataEntityDto } from './dto/master-data-entity.dto';
import type { GlossaryTermEntity } from './glossary-term.entity';
import type { CanonicalAttribute, MasterDataEntityEntity } from './master-data-entity.entity';

export function toGlossaryTermDto(term: GlossaryTermEntity): GlossaryTermDto {
  return {
    name: term.name,
    title: term.title,
    definition: term.definition,
    ownerTeamId: term.ownerTeamId,
    synonyms: [...term.synonyms],
    status: term.status,
    masterDataEntity: term.masterDataEntity,
    createdAt: term.createdAt.toISOString(),
    updatedAt: term.updatedAt.toISOString(),
  };
}

/** Stored attributes keep only the members that are set, so a definition reads back as it was sent. */
export function toCanonicalAttribute(input: CanonicalAttributeDto): CanonicalAttribute {
  return {
    name: input.name,
    title: input.title,
    logicalType: input.logicalType,
    ...(input.format === undefined ? {} : { format: input.format }),
    ...(input.pattern === undefined ? {} : { pattern: input.pattern }),
    required: input.required,
    ...(input.codeList === undefined ? {} : { codeList: input.codeList }),
    ...(input.glossaryTerm === undefined ? {} : { glossaryTerm: input.glossaryTerm }),
  };
}

export function toMasterDataEntityDto(entity: MasterDataEntityEntity): MasterDataEntityDto {
  return {
    name: entity.name,
    title: entity.title,
    description: entity.description,
    ownerTeamId: entity.ownerTeamId,
    attributes: entity.attributes.map(toCanonicalAttribute),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toCodeListSummaryDto(list: CodeListEntity): CodeListSummaryDto {
  return {
    name: list.name,
    title: list.title,
    description: list.description,
    standard: list.standard,
    shipped: list.shipped,
    codeCount: list.codes.length,
    pattern: codeListPattern(list.codes.map((c) => c.code)),
    createdAt: list.createdAt.toISOString(),
    updatedAt: list.updatedAt.toISOString(),
  };
}

export function toCodeListDto(list: CodeListEntity): CodeListDto {
  return { ...toCodeListSummaryDto(list), codes: list.codes.map((c) => ({ code: c.code, label: c.label })) };
}
