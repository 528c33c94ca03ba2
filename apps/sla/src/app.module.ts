import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { EventsModule, type PlatformConfig, PlatformModule } from '@meshwork/platform';
import { CLOCK, systemClock } from './clock';
import { slaDatabase } from './database';
import { EVALUATION_CONTROLLERS, EVALUATION_PROVIDERS } from './evaluation';
import { AccessFeedConsumer } from './events/access-feed.consumer';
import { AccessProjection } from './events/access-projection';
import { CatalogFeedConsumer } from './events/catalog-feed.consumer';
import { SLA_FEED } from './events/sla-feed';
import { NOTIFICATION_CONTROLLERS, NOTIFICATION_PROVIDERS } from './notifications';
import { OBSERVATION_CONTROLLERS, OBSERVATION_PROVIDERS } from './observations';
import { PROBE_CONTROLLERS, PROBE_PROVIDERS } from './probes';
import { SLO_CONTROLLERS, SLO_PROVIDERS } from './slos';

@Module({})
export class AppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ config, database: slaDatabase }), EventsModule.forService(SLA_FEED)],
      controllers: [...SLO_CONTROLLERS, ...OBSERVATION_CONTROLLERS, ...EVALUATION_CONTROLLERS, ...NOTIFICATION_CONTROLLERS, ...PROBE_CONTROLLERS] as Type[],
      providers: [{ provide: CLOCK, useFactory: systemClock }, ...(SLO_PROVIDERS as Type[]), ...(OBSERVATION_PROVIDERS as Type[]), ...(EVALUATION_PROVIDERS as Type[]), ...(NOTIFICATION_PROVIDERS as Type[]), ...(PROBE_PROVIDERS as Type[]), CatalogFeedConsumer, AccessProjection, AccessFeedConsumer],
    };
  }
}
