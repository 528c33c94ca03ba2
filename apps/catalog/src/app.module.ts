import { type DynamicModule, Module } from '@nestjs/common';
import { EventsModule, type PlatformConfig, PlatformModule } from '@meshwork/platform';
import { ChangesService } from './changes/changes.service';
import { ContractsController } from './contracts/contracts.controller';
import { ContractsService } from './contracts/contracts.service';
import { catalogDatabase } from './database';
import { CATALOG_FEED } from './events/catalog-feed';
import { DocumentationController } from './docs/documentation.controller';
import { DocumentationService } from './docs/documentation.service';
import { DomainsController } from './domains/domains.controller';
import { DomainsService } from './domains/domains.service';
import { ProductsController } from './products/products.controller';
import { GovernanceGate } from './governance/governance-gate';
import { SlaClient } from './sla/sla-client';
import { ProductsService } from './products/products.service';
import { QualityModule } from './quality/quality.module';
import { ResolveController } from './resolve/resolve.controller';
import { AccessClient } from './samples/access-client';
import { SamplesController } from './samples/samples.controller';
import { SamplesService } from './samples/samples.service';
import { ResolveService } from './resolve/resolve.service';
import { ImportsController } from './imports/imports.controller';
import { LineageController } from './lineage/lineage.controller';
import { LineageIndexer } from './lineage/lineage-indexer';
import { LineageService } from './lineage/lineage.service';
import { OpenLineageService } from './lineage/openlineage.service';
import { SearchController } from './search/search.controller';
import { SearchIndexer } from './search/search-indexer';
import { SearchService } from './search/search.service';
import { WordFrequencies } from './search/word-frequencies';

@Module({})
export class AppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ config, database: catalogDatabase }), EventsModule.forService(CATALOG_FEED), QualityModule],
      controllers: [DomainsController, ProductsController, ContractsController, ResolveController, SearchController, LineageController, ImportsController, DocumentationController, SamplesController],
      providers: [DomainsService, ProductsService, ContractsService, ResolveService, SearchIndexer, SearchService, WordFrequencies, LineageIndexer, LineageService, OpenLineageService, ChangesService, GovernanceGate, SlaClient, DocumentationService, SamplesService, AccessClient],
    };
  }
}
