import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum SloErrorCode {
  SLO_NOT_FOUND = 'SLO_NOT_FOUND',
  PORT_NOT_FOUND = 'PORT_NOT_FOUND',
  SLO_FROM_CONTRACT = 'SLO_FROM_CONTRACT',
  TARGET_INVALID = 'TARGET_INVALID',
  PUBLICATION_INVALID = 'PUBLICATION_INVALID',
  PORT_RETIRED = 'PORT_RETIRED',
}

export function sloProblem(code: SloErrorCode): ProblemSpec {
  switch (code) {
    case SloErrorCode.SLO_NOT_FOUND:
      return { status: 404, title: 'SLO not found' };
    case SloErrorCode.PORT_NOT_FOUND:
      return { status: 404, title: 'Output port not known to the SLA service' };
    case SloErrorCode.SLO_FROM_CONTRACT:
      return { status: 409, title: 'The SLO is derived from the port’s contract' };
    case SloErrorCode.TARGET_INVALID:
      return { status: 400, title: 'The target cannot be monitored' };
    case SloErrorCode.PUBLICATION_INVALID:
      return { status: 400, title: 'The published product is inconsistent' };
    case SloErrorCode.PORT_RETIRED:
      return { status: 409, title: 'The output port is retired' };
    default:
      return assertUnreachable(code);
  }
}

/** Every failure of the SLO feature reported on purpose. */
export class SloError extends DomainError<SloErrorCode> {
  constructor(code: SloErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, sloProblem(code), detail, errors);
  }
}
