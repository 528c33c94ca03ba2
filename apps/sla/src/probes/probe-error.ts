import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum ProbeErrorCode {
  PROBE_NOT_FOUND = 'PROBE_NOT_FOUND',
  PROBE_URL_REFUSED = 'PROBE_URL_REFUSED',
  MANAGEMENT_PORT_NOT_FOUND = 'MANAGEMENT_PORT_NOT_FOUND',
}

export function probeProblem(code: ProbeErrorCode): ProblemSpec {
  switch (code) {
    case ProbeErrorCode.PROBE_NOT_FOUND:
      return { status: 404, title: 'Probe not found' };
    case ProbeErrorCode.PROBE_URL_REFUSED:
      return { status: 400, title: 'The probe URL may not be called' };
    case ProbeErrorCode.MANAGEMENT_PORT_NOT_FOUND:
      return { status: 400, title: 'The product has no such management port URL' };
    default:
      return assertUnreachable(code);
  }
}

/** Failures of the probes feature reported on purpose. */
export class ProbeError extends DomainError<ProbeErrorCode> {
  constructor(code: ProbeErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, probeProblem(code), detail, errors);
  }
}
