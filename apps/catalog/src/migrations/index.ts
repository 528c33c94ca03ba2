import { SearchColumns1795643336898 } from './1795643336898-search-columns';
import { InitialSchema1795642245564 } from './1795642245564-initial-schema';
// Every migration, in order. Migrations are never edited after they land.
export const MIGRATIONS = [InitialSchema1795642245564, SearchColumns1795643336898];
