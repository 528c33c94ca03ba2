export { KEBAB_NAME } from '@meshwork/descriptors';

export const KEBAB_MESSAGE = '$property must be lower-case kebab-case (a-z, 0-9, single dashes), starting with a letter';

/** Global roles a principal may hold; every principal is also, implicitly, a consumer. */
export const GLOBAL_ROLES = ['platform-admin', 'governance-officer', 'auditor'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

export const PRINCIPAL_KINDS = ['user', 'service-account'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

export const TEAM_ROLES = ['domain-owner', 'domain-member'] as const;
export type TeamRoleName = (typeof TEAM_ROLES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
