import type { ServiceDatabase } from '@meshwork/platform';
import { EVALUATION_ENTITIES } from './evaluation';
import { MIGRATIONS } from './migrations';
import { NOTIFICATION_ENTITIES } from './notifications';
import { OBSERVATION_ENTITIES } from './observations';
import { PROBE_ENTITIES } from './probes';
import { SLO_ENTITIES } from './slos';

/** The SLA service's own schema: its entities and the migrations that create them. */
export const slaDatabase: ServiceDatabase = {
  schema: 'sla',
  entities: [...SLO_ENTITIES, ...OBSERVATION_ENTITIES, ...EVALUATION_ENTITIES, ...NOTIFICATION_ENTITIES, ...PROBE_ENTITIES],
  migrations: MIGRATIONS,
};
