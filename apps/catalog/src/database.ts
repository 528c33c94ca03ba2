import type { ServiceDatabase } from '@meshwork/platform';
import { ContractVersionEntity } from './contracts/contract-version.entity';
import { DocumentationEntity } from './docs/documentation.entity';
import { DomainEntity } from './domains/domain.entity';
import { DatasetRunEntity } from './lineage/dataset-run.entity';
import { LineageAliasEntity } from './lineage/lineage-alias.entity';
import { LineageEdgeEntity } from './lineage/lineage-edge.entity';
import { MIGRATIONS } from './migrations';
import { SearchPostingEntity } from './search/search-posting.entity';
import { SearchTermEntity } from './search/search-term.entity';
import { SearchVectorEntity } from './search/search-vector.entity';
import { DataProductEntity } from './products/data-product.entity';
import { OutputPortEntity } from './products/output-port.entity';
import { ProductTransitionEntity } from './products/product-transition.entity';
import { ProductVersionEntity } from './products/product-version.entity';
import { PortSampleEntity } from './samples/port-sample.entity';

/** The catalog's own schema: its entities and the migrations that create them. */
export const catalogDatabase: ServiceDatabase = {
  schema: 'catalog',
  entities: [DomainEntity, DataProductEntity, ProductVersionEntity, OutputPortEntity, ProductTransitionEntity, ContractVersionEntity, LineageEdgeEntity, LineageAliasEntity, DatasetRunEntity, SearchTermEntity, SearchPostingEntity, SearchVectorEntity, DocumentationEntity, PortSampleEntity],
  migrations: MIGRATIONS,
  sessionSettings: {
    // pg_trgm lives in the catalog's schema; typo tolerance: how close a misspelt word must be to an indexed one.
    search_path: 'catalog,public',
    'pg_trgm.similarity_threshold': '0.4',
    // Requests are short and many run at once: worker processes would only add start-up time and take the cores
    // other requests need. Search also relies on ordered, stoppable plans that parallel plans would replace.
    max_parallel_workers_per_gather: '0',
    // Compiling a query to machine code pays off for long analytical queries, not for these: it only adds latency.
    jit: 'off',
  },
};
