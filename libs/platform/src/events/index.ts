export * from './event-feed';
export * from './event-cursor';
export * from './event-outbox';
export * from './events.module';
export * from './events.migration';
export * from './feed-consumer';
