import { CodeListEntity } from './code-list.entity';
import { CodeListsController } from './code-lists.controller';
import { CodeListsService } from './code-lists.service';
import { ConformanceController } from './conformance.controller';
import { ConformanceService } from './conformance.service';
import { GlossaryTermEntity } from './glossary-term.entity';
import { GlossaryTermsController } from './glossary-terms.controller';
import { GlossaryTermsService } from './glossary-terms.service';
import { MasterDataEntitiesController } from './master-data-entities.controller';
import { MasterDataEntitiesService } from './master-data-entities.service';
import { MasterDataEntityEntity } from './master-data-entity.entity';

export { checkConformance, type ConformanceFinding, type ConformanceReference, type ConformanceRule } from './conformance';
export { ConformanceService } from './conformance.service';

// The glossary and master-data feature: its controllers, providers and entities, registered by the app module and the database.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GLOSSARY_ENTITIES: Function[] = [GlossaryTermEntity, MasterDataEntityEntity, CodeListEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GLOSSARY_CONTROLLERS: Function[] = [GlossaryTermsController, MasterDataEntitiesController, CodeListsController, ConformanceController];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GLOSSARY_PROVIDERS: Function[] = [GlossaryTermsService, MasterDataEntitiesService, CodeListsService, ConformanceService];
