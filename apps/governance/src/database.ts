import type { ServiceDatabase } from '@meshwork/platform';
import { GLOSSARY_ENTITIES } from './glossary';
import { MIGRATIONS } from './migrations';
import { POLICY_ENTITIES } from './policies';

/** The governance service's own schema: its entities and the migrations that create them. */
export const governanceDatabase: ServiceDatabase = {
  schema: 'governance',
  entities: [...POLICY_ENTITIES, ...GLOSSARY_ENTITIES],
  migrations: MIGRATIONS,
};
