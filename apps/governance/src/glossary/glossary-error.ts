import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum GlossaryErrorCode {
  TERM_NOT_FOUND = 'TERM_NOT_FOUND',
  TERM_EXISTS = 'TERM_EXISTS',
  TERM_IN_USE = 'TERM_IN_USE',
  ENTITY_NOT_FOUND = 'ENTITY_NOT_FOUND',
  ENTITY_EXISTS = 'ENTITY_EXISTS',
  ENTITY_IN_USE = 'ENTITY_IN_USE',
  CODE_LIST_NOT_FOUND = 'CODE_LIST_NOT_FOUND',
  CODE_LIST_EXISTS = 'CODE_LIST_EXISTS',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
}

export function glossaryProblem(code: GlossaryErrorCode): ProblemSpec {
  switch (code) {
    case GlossaryErrorCode.TERM_NOT_FOUND:
      return { status: 404, title: 'Glossary term not found' };
    case GlossaryErrorCode.TERM_EXISTS:
      return { status: 409, title: 'Glossary term already exists' };
    case GlossaryErrorCode.TERM_IN_USE:
      return { status: 409, title: 'The glossary term is still used' };
    case GlossaryErrorCode.ENTITY_NOT_FOUND:
      return { status: 404, title: 'Master-data entity not found' };
    case GlossaryErrorCode.ENTITY_EXISTS:
      return { status: 409, title: 'Master-data entity already exists' };
    case GlossaryErrorCode.ENTITY_IN_USE:
      return { status: 409, title: 'The master-data entity is still used' };
    case GlossaryErrorCode.CODE_LIST_NOT_FOUND:
      return { status: 404, title: 'Code list not found' };
    case GlossaryErrorCode.CODE_LIST_EXISTS:
      return { status: 409, title: 'Code list already exists' };
    case GlossaryErrorCode.UNKNOWN_REFERENCE:
      return { status: 422, title: 'The definition refers to something that does not exist' };
    default:
      return assertUnreachable(code);
  }
}

/** Every failure of the glossary and master-data feature reported on purpose. */
export class GlossaryError extends DomainError<GlossaryErrorCode> {
  constructor(code: GlossaryErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, glossaryProblem(code), detail, errors);
  }
}

const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === UNIQUE_VIOLATION;
}
