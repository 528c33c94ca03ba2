// The SLO feature: its controllers, providers and entities, registered by the app module and the database.
import { CatalogClient } from './catalog-client';
import { PortEntity } from './port.entity';
import { PortsController } from './ports.controller';
import { ProductsController } from './products.controller';
import { PublicationsService } from './publications.service';
import { SloEntity } from './slo.entity';
import { SlosController } from './slos.controller';
import { SlosService } from './slos.service';
import { SyncService } from './sync.service';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SLO_ENTITIES: Function[] = [PortEntity, SloEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SLO_CONTROLLERS: Function[] = [SlosController, PortsController, ProductsController];
// Nest providers; the clock comes from the app module (apps/sla/src/clock.ts).
export const SLO_PROVIDERS = [SlosService, PublicationsService, CatalogClient, SyncService] as unknown as Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
