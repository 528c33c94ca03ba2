import type { EventFeedDefinition } from '@meshwork/platform';

const POLICY_FIELDS = {
  policyId: 'policy id',
  version: 'policy version moved',
  from: 'state before',
  to: 'state after',
  graceUntil: 'end of the grace period (grace only), or null',
  severity: 'severity of the policy version',
  previousActiveVersion: 'the version that was in force before and is now retired, or null',
};

/** The facts governance writes with each change (apps/governance), read at GET /v1/events. */
export const GOVERNANCE_FEED: EventFeedDefinition = {
  service: 'governance',
  schema: 'governance',
  types: [
    { fact: 'policy.grace', description: 'A policy version entered its grace period: its blocking failures count as warnings until graceUntil.', data: POLICY_FIELDS },
    { fact: 'policy.enforced', description: 'A policy version is enforced: its blocking failures refuse a publish.', data: POLICY_FIELDS },
    { fact: 'policy.retired', description: 'A policy version was retired: it is no longer evaluated.', data: POLICY_FIELDS },
  ],
};
