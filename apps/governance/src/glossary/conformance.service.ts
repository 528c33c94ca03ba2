import { Injectable } from '@nestjs/common';
import { validateContract } from '@meshwork/descriptors';
import { PlatformError, PlatformErrorCode, type ProblemFieldError } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { CodeListEntity } from './code-list.entity';
import { codeListPattern } from './code-list-pattern';
import { checkConformance, type ConformanceFinding, type ConformanceReference } from './conformance';
import { GlossaryTermEntity } from './glossary-term.entity';
import { MasterDataEntityEntity } from './master-data-entity.entity';

/** Most schema issues reported per request: enough to fix a contract, not a flood. */
const MAX_ISSUES = 100;

@Injectable()
export class ConformanceService {
  constructor(private readonly dataSource: DataSource) {}

  /** Contracts that are not valid ODCS answer 400 with a pointer per issue, before any conformance finding. */
  async check(contracts: Record<string, unknown>[]): Promise<ConformanceFinding[]> {
    const issues: ProblemFieldError[] = contracts.flatMap((contract, i) => validateContract(contract).map((issue) => ({ pointer: `/contracts/${i}${issue.pointer}`, detail: issue.message })));
    if (issues.length > 0) {
      const shown = issues.slice(0, MAX_ISSUES);
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `The contracts are not valid ODCS: ${shown.map((e) => `${e.pointer}: ${e.detail}`).join('; ')}`, shown);
    }
    return checkConformance(contracts, await this.reference());
  }

  /** The whole glossary and master data, read in one snapshot. */
  async reference(): Promise<ConformanceReference> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const terms = await manager.find(GlossaryTermEntity);
      const entities = await manager.find(MasterDataEntityEntity);
      const lists = await manager.find(CodeListEntity);
      return {
        terms: terms.map((t) => ({ name: t.name, title: t.title, synonyms: t.synonyms, masterDataEntity: t.masterDataEntity })),
        entities: entities.map((e) => ({ name: e.name, title: e.title, attributes: e.attributes })),
        codeLists: lists.map((l) => ({ name: l.name, pattern: codeListPattern(l.codes.map((c) => c.code)) })),
      };
    });
  }
}
