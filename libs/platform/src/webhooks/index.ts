export * from './backoff';
export * from './outbound-address';
export * from './outbound-request';
export * from './signing';
export * from './webhook-delivery';
