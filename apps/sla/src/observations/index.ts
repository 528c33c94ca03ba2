import { ObservationsBodyLimit } from './body-limit';
import { DomainOwners } from './domain-owners';
import { OBSERVATION_CLOCK, systemClock } from './observation-clock';
import { ObservationEntity } from './observation.entity';
import { ObservationsController } from './observations.controller';
import { ObservationsService } from './observations.service';
import { PortObservationsEntity } from './port-observations.entity';

// The observations feature: its controllers, providers and entities, registered by the app module and the database.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const OBSERVATION_ENTITIES: Function[] = [ObservationEntity, PortObservationsEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const OBSERVATION_CONTROLLERS: Function[] = [ObservationsController];
// Typed as the app module spreads them; the clock is a factory provider so that tests can replace `now`.
export const OBSERVATION_PROVIDERS = [ObservationsService, DomainOwners, ObservationsBodyLimit, { provide: OBSERVATION_CLOCK, useFactory: systemClock }];
