// The evaluation feature: statuses, incidents, error budgets and KPIs, registered by the app module and the database.
import { IncidentEntity } from './incident.entity';
import { IncidentEventEntity } from './incident-event.entity';
import { SloDue } from './slo-due';
import { SloStatusHistoryEntity } from './slo-status-history.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const EVALUATION_ENTITIES: Function[] = [IncidentEntity, IncidentEventEntity, SloStatusHistoryEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const EVALUATION_CONTROLLERS: Function[] = [];
// Typed as the app module spreads them; the clock comes from the app module (apps/sla/src/clock.ts).
export const EVALUATION_PROVIDERS = [SloDue] as unknown as Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
