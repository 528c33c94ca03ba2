import { EventFeed1795676555245 } from './1795676555245-event-feed';
import { IdempotencyKeys1795674468432 } from './1795674468432-idempotency-keys';
import { Policies1795666017461 } from './1795666017461-policies';
import { GlossaryAndMasterData1795665988394 } from './1795665988394-glossary-and-master-data';
// Every migration, in order. Migrations are never edited after they land.
export const MIGRATIONS = [GlossaryAndMasterData1795665988394, Policies1795666017461, IdempotencyKeys1795674468432, EventFeed1795676555245];
