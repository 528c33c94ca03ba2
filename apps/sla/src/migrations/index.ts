import { AccessProjection1795687280806 } from './1795687280806-access-projection';
import { IncidentNotificationsFeed1795685737205 } from './1795685737205-incident-notifications-feed';
import { WebhookEvents1795678237799 } from './1795678237799-webhook-events';
import { EventFeed1795676555245 } from './1795676555245-event-feed';
import { Probes1795675203744 } from './1795675203744-probes';
import { SubscriptionSecrets1795674809568 } from './1795674809568-subscription-secrets';
import { IdempotencyKeys1795674468432 } from './1795674468432-idempotency-keys';
import { RetiredPorts1795674381719 } from './1795674381719-retired-ports';
import { Notifications1795669196245 } from './1795669196245-notifications';
import { Incidents1795669038246 } from './1795669038246-incidents';
import { Observations1795668558506 } from './1795668558506-observations';
import { Slos1795668213122 } from './1795668213122-slos';
// Every migration, in order. Migrations are never edited after they land.
export const MIGRATIONS = [Slos1795668213122, Observations1795668558506, Incidents1795669038246, Notifications1795669196245, RetiredPorts1795674381719, IdempotencyKeys1795674468432, SubscriptionSecrets1795674809568, Probes1795675203744, EventFeed1795676555245, WebhookEvents1795678237799, IncidentNotificationsFeed1795685737205, AccessProjection1795687280806];
