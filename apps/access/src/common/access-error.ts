import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum AccessErrorCode {
  PRINCIPAL_NOT_FOUND = 'PRINCIPAL_NOT_FOUND',
  PRINCIPAL_EXISTS = 'PRINCIPAL_EXISTS',
  INVALID_PRINCIPAL = 'INVALID_PRINCIPAL',
  TEAM_NOT_FOUND = 'TEAM_NOT_FOUND',
  TEAM_EXISTS = 'TEAM_EXISTS',
  TEAM_HAS_MEMBERS = 'TEAM_HAS_MEMBERS',
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  NOT_A_SERVICE_ACCOUNT = 'NOT_A_SERVICE_ACCOUNT',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  PORT_NOT_FOUND = 'PORT_NOT_FOUND',
  UNKNOWN_FIELDS = 'UNKNOWN_FIELDS',
  ACCESS_REQUEST_NOT_FOUND = 'ACCESS_REQUEST_NOT_FOUND',
  ACCESS_REQUEST_DECIDED = 'ACCESS_REQUEST_DECIDED',
  GRANT_NOT_FOUND = 'GRANT_NOT_FOUND',
  GRANT_REVOKED = 'GRANT_REVOKED',
}

export function accessProblem(code: AccessErrorCode): ProblemSpec {
  switch (code) {
    case AccessErrorCode.PRINCIPAL_NOT_FOUND:
      return { status: 404, title: 'Principal not found' };
    case AccessErrorCode.PRINCIPAL_EXISTS:
      return { status: 409, title: 'Principal already exists' };
    case AccessErrorCode.INVALID_PRINCIPAL:
      return { status: 422, title: 'The principal is not valid' };
    case AccessErrorCode.TEAM_NOT_FOUND:
      return { status: 404, title: 'Team not found' };
    case AccessErrorCode.TEAM_EXISTS:
      return { status: 409, title: 'Team already exists' };
    case AccessErrorCode.TEAM_HAS_MEMBERS:
      return { status: 409, title: 'The team still has members' };
    case AccessErrorCode.MEMBERSHIP_NOT_FOUND:
      return { status: 404, title: 'Membership not found' };
    case AccessErrorCode.NOT_A_SERVICE_ACCOUNT:
      return { status: 422, title: 'Only service accounts have API keys' };
    case AccessErrorCode.API_KEY_NOT_FOUND:
      return { status: 404, title: 'API key not found' };
    case AccessErrorCode.PORT_NOT_FOUND:
      return { status: 404, title: 'Output port not found' };
    case AccessErrorCode.UNKNOWN_FIELDS:
      return { status: 422, title: 'The contract has no such fields' };
    case AccessErrorCode.ACCESS_REQUEST_NOT_FOUND:
      return { status: 404, title: 'Access request not found' };
    case AccessErrorCode.ACCESS_REQUEST_DECIDED:
      return { status: 409, title: 'The access request is already decided' };
    case AccessErrorCode.GRANT_NOT_FOUND:
      return { status: 404, title: 'Grant not found' };
    case AccessErrorCode.GRANT_REVOKED:
      return { status: 409, title: 'The grant is already revoked' };
    default:
      return assertUnreachable(code);
  }
}

/** Every failure the access service reports on purpose. */
export class AccessError extends DomainError<AccessErrorCode> {
  constructor(code: AccessErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, accessProblem(code), detail, errors);
  }
}

export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === UNIQUE_VIOLATION;
}
