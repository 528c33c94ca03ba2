export * from './rate-limit.decorator';
export * from './rate-limit.settings';
export * from './rate-limiter';
export * from './token-buckets';
export { documentRateLimits } from './rate-limit.openapi';
