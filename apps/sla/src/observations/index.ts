import { ObservationsBodyLimit } from './body-limit';
import { DomainOwners } from './domain-owners';
import { ObservationEntity } from './observation.entity';
import { ObservationsController } from './observations.controller';
import { ObservationsService } from './observations.service';
import { PortObservationsEntity } from './port-observations.entity';

// The observations feature: its controllers, providers and entities, registered by the app module and the database.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const OBSERVATION_ENTITIES: Function[] = [ObservationEntity, PortObservationsEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const OBSERVATION_CONTROLLERS: Function[] = [ObservationsController];
// Typed as the app module spreads them; the clock comes from the app module (apps/sla/src/clock.ts).
export const OBSERVATION_PROVIDERS = [ObservationsService, DomainOwners, ObservationsBodyLimit];
