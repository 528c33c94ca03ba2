import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum PolicyErrorCode {
  POLICY_NOT_FOUND = 'POLICY_NOT_FOUND',
  POLICY_VERSION_NOT_FOUND = 'POLICY_VERSION_NOT_FOUND',
  POLICY_EXISTS = 'POLICY_EXISTS',
  RULE_INVALID = 'RULE_INVALID',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  GRACE_DATE_REQUIRED = 'GRACE_DATE_REQUIRED',
  DOCUMENT_INVALID = 'DOCUMENT_INVALID',
  SUBJECT_REQUIRED = 'SUBJECT_REQUIRED',
}

export function policyProblem(code: PolicyErrorCode): ProblemSpec {
  switch (code) {
    case PolicyErrorCode.POLICY_NOT_FOUND:
      return { status: 404, title: 'Policy not found' };
    case PolicyErrorCode.POLICY_VERSION_NOT_FOUND:
      return { status: 404, title: 'Policy version not found' };
    case PolicyErrorCode.POLICY_EXISTS:
      return { status: 409, title: 'Policy already exists' };
    case PolicyErrorCode.RULE_INVALID:
      return { status: 400, title: 'The rule cannot be used' };
    case PolicyErrorCode.TRANSITION_NOT_ALLOWED:
      return { status: 409, title: 'The policy cannot make this move' };
    case PolicyErrorCode.GRACE_DATE_REQUIRED:
      return { status: 422, title: 'A grace period needs a future end' };
    case PolicyErrorCode.DOCUMENT_INVALID:
      return { status: 400, title: 'The document cannot be read' };
    case PolicyErrorCode.SUBJECT_REQUIRED:
      return { status: 422, title: 'The evaluated product is not named' };
    default:
      return assertUnreachable(code);
  }
}

/** Every failure of the policies, evaluations and compliance features reported on purpose. */
export class PolicyError extends DomainError<PolicyErrorCode> {
  constructor(code: PolicyErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, policyProblem(code), detail, errors);
  }
}

export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === UNIQUE_VIOLATION;
}
