import { type DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/config';
import type { EventFeedDefinition } from './event-feed';
import { EventNotifier } from './event-notifier';
import { EventOutbox } from './event-outbox';
import { eventsControllerFor } from './events.controller';

/** A service's outbox (inject `EventOutbox`, call `append(manager, …)` in the change's transaction) and its `GET /v1/events`. */
@Module({})
export class EventsModule {
  static forService(feed: EventFeedDefinition): DynamicModule {
    return {
      module: EventsModule,
      global: true,
      controllers: [eventsControllerFor(feed)],
      providers: [
        {
          provide: EventOutbox,
          useFactory: (dataSource: DataSource, config: PlatformConfig) => new EventOutbox(dataSource, feed, new EventNotifier(config.databaseUrl)),
          inject: [DataSource, PLATFORM_CONFIG],
        },
      ],
      exports: [EventOutbox],
    };
  }
}
