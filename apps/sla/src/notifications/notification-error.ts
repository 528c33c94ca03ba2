import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum NotificationErrorCode {
  SUBSCRIPTION_NOT_FOUND = 'SUBSCRIPTION_NOT_FOUND',
  WEBHOOK_URL_REFUSED = 'WEBHOOK_URL_REFUSED',
  SUBSCRIPTION_UPDATE_INVALID = 'SUBSCRIPTION_UPDATE_INVALID',
}

export function notificationProblem(code: NotificationErrorCode): ProblemSpec {
  switch (code) {
    case NotificationErrorCode.SUBSCRIPTION_NOT_FOUND:
      return { status: 404, title: 'Subscription not found' };
    case NotificationErrorCode.WEBHOOK_URL_REFUSED:
      return { status: 400, title: 'The webhook URL may not be called' };
    case NotificationErrorCode.SUBSCRIPTION_UPDATE_INVALID:
      return { status: 400, title: 'The change of the subscription is contradictory' };
    default:
      return assertUnreachable(code);
  }
}

/** Failures of the notifications feature reported on purpose. */
export class NotificationError extends DomainError<NotificationErrorCode> {
  constructor(code: NotificationErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, notificationProblem(code), detail, errors);
  }
}
