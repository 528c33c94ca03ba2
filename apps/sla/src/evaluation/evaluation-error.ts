import { assertUnreachable, DomainError, type ProblemSpec } from '@meshwork/platform';

export enum EvaluationErrorCode {
  INCIDENT_NOT_FOUND = 'INCIDENT_NOT_FOUND',
  URN_NOT_FOUND = 'URN_NOT_FOUND',
}

export function evaluationProblem(code: EvaluationErrorCode): ProblemSpec {
  switch (code) {
    case EvaluationErrorCode.INCIDENT_NOT_FOUND:
      return { status: 404, title: 'Incident not found' };
    case EvaluationErrorCode.URN_NOT_FOUND:
      return { status: 404, title: 'No output port or product known to the SLA service' };
    default:
      return assertUnreachable(code);
  }
}

/** Every failure of the evaluation feature reported on purpose. */
export class EvaluationError extends DomainError<EvaluationErrorCode> {
  constructor(code: EvaluationErrorCode, detail: string) {
    super(code, evaluationProblem(code), detail);
  }
}
