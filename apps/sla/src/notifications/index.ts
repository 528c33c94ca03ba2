import { DeliveryEntity } from './delivery.entity';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationSettings } from './notification-settings';
import { SubscriptionEntity } from './subscription.entity';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';
import { SubscriptionSecrets } from './subscription-secrets';
import { WebhookEventEntity } from './webhook-event.entity';
import { WebhookFeeds } from './webhook-feeds';
import { WebhookSender } from './webhook-sender';

// The notifications feature: webhook subscriptions, the feeds read for them and the dispatcher of their events, registered by the app module and the database.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NOTIFICATION_ENTITIES: Function[] = [SubscriptionEntity, DeliveryEntity, WebhookEventEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NOTIFICATION_CONTROLLERS: Function[] = [SubscriptionsController];
// Typed as the app module spreads them; the clock comes from the app module (apps/sla/src/clock.ts).
export const NOTIFICATION_PROVIDERS = [SubscriptionsService, SubscriptionSecrets, NotificationSettings, WebhookSender, NotificationDispatcher, WebhookFeeds];
