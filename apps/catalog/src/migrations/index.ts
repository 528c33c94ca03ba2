import { FilterOrder1795701601121 } from './1795701601121-filter-order';
import { SearchPendingLists1795688188473 } from './1795688188473-search-pending-lists';
import { DocumentationSamples1795685752856 } from './1795685752856-documentation-samples';
import { ProfilesQuality1795685788058 } from './1795685788058-profiles-quality';
import { EventFeed1795676555245 } from './1795676555245-event-feed';
import { IdempotencyKeys1795674468432 } from './1795674468432-idempotency-keys';
import { PolicyFindings1795665653782 } from './1795665653782-policy-findings';
import { SearchVectorStripped1795656000000 } from './1795656000000-search-vector-stripped';
import { SearchVectorApart1795653187132 } from './1795653187132-search-vector-apart';
import { SearchPostings1795650421015 } from './1795650421015-search-postings';
import { LineageStatistics1795648315325 } from './1795648315325-lineage-statistics';
import { IndexVersion1795646280280 } from './1795646280280-index-version';
import { SearchTiers1795645222953 } from './1795645222953-search-tiers';
import { Lineage1795643550966 } from './1795643550966-lineage';
import { SearchColumns1795643336898 } from './1795643336898-search-columns';
import { InitialSchema1795642245564 } from './1795642245564-initial-schema';
// Every migration, in order. Migrations are never edited after they land.
export const MIGRATIONS = [InitialSchema1795642245564, SearchColumns1795643336898, Lineage1795643550966, SearchTiers1795645222953, IndexVersion1795646280280, LineageStatistics1795648315325, SearchPostings1795650421015, SearchVectorApart1795653187132, SearchVectorStripped1795656000000, PolicyFindings1795665653782, IdempotencyKeys1795674468432, EventFeed1795676555245, DocumentationSamples1795685752856, ProfilesQuality1795685788058, SearchPendingLists1795688188473, FilterOrder1795701601121];
