import { EventFeed1795676555245 } from './1795676555245-event-feed';
import { IdempotencyKeys1795674468432 } from './1795674468432-idempotency-keys';
import { AuditHead1795664004523 } from './1795664004523-audit-head';
import { AccessChangeFeed1795663307409 } from './1795663307409-access-change-feed';
import { AuditEvents1795658175775 } from './1795658175775-audit-events';
import { AccessRequestsAndGrants1795656647621 } from './1795656647621-access-requests-and-grants';
import { SigningKeysAndApiKeys1795655459619 } from './1795655459619-signing-keys-and-api-keys';
import { InitialSchema1795654731982 } from './1795654731982-initial-schema';
// Every migration, in order. Migrations are never edited after they land.
export const MIGRATIONS = [InitialSchema1795654731982, SigningKeysAndApiKeys1795655459619, AccessRequestsAndGrants1795656647621, AuditEvents1795658175775, AccessChangeFeed1795663307409, AuditHead1795664004523, IdempotencyKeys1795674468432, EventFeed1795676555245];
