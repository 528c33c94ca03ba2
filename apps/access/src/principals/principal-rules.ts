import type { ProblemFieldError } from '@meshwork/platform';
import type { PrincipalKind } from '../common/names';

/** What a valid principal is beyond each field's own format: only users have an e-mail address. */
export function principalIssues(kind: PrincipalKind, email: string | null): ProblemFieldError[] {
  if (kind === 'service-account' && email !== null) {
    return [{ location: 'body', pointer: '/email', detail: 'a service account has no e-mail address; omit it or send null' }];
  }
  return [];
}
