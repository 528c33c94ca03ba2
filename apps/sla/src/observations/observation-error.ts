import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum ObservationErrorCode {
  UNKNOWN_DOMAIN = 'UNKNOWN_DOMAIN',
}

export function observationProblem(code: ObservationErrorCode): ProblemSpec {
  switch (code) {
    case ObservationErrorCode.UNKNOWN_DOMAIN:
      return { status: 422, title: 'The port’s domain is unknown' };
    default:
      return assertUnreachable(code);
  }
}

/** Failures of the observations feature reported on purpose. */
export class ObservationError extends DomainError<ObservationErrorCode> {
  constructor(code: ObservationErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, observationProblem(code), detail, errors);
  }
}
