import type { OnDemandPostgres } from '../database/on-demand-postgres';

// Jest loads global setup and teardown as separate modules; globalThis is what they share.
const KEY = Symbol.for('meshwork.testing.embeddedPostgres');
type Holder = { [KEY]?: OnDemandPostgres };

export function keepEmbedded(embedded: OnDemandPostgres): void {
  (globalThis as Holder)[KEY] = embedded;
}

export function takeEmbedded(): OnDemandPostgres | undefined {
  const holder = globalThis as Holder;
  const embedded = holder[KEY];
  delete holder[KEY];
  return embedded;
}
