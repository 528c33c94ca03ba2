import type { ServiceDatabase } from '@meshwork/platform';
import { AccessRequestEntity } from './access-requests/access-request.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { AuditHeadEntity } from './audit/audit-head.entity';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { SigningKeyEntity } from './keys/signing-key.entity';
import { GrantEntity } from './grants/grant.entity';
import { MIGRATIONS } from './migrations';
import { PrincipalEntity } from './principals/principal.entity';
import { MembershipEntity } from './teams/membership.entity';
import { TeamEntity } from './teams/team.entity';

/** The access service's own schema: its entities and the migrations that create them. */
export const accessDatabase: ServiceDatabase = {
  schema: 'access',
  entities: [PrincipalEntity, TeamEntity, MembershipEntity, SigningKeyEntity, ApiKeyEntity, AccessRequestEntity, GrantEntity, AuditEventEntity, AuditHeadEntity],
  migrations: MIGRATIONS,
};
