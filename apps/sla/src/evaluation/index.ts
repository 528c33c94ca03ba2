// The evaluation feature: statuses, incidents, error budgets and KPIs, registered by the app module and the database.
import { AccessKpisReader } from './access-kpis';
import { EvaluatorService } from './evaluator.service';
import { IncidentEntity } from './incident.entity';
import { IncidentsController, KpisController, SloBudgetsController } from './incidents.controller';
import { IncidentsService } from './incidents.service';
import { SloDue } from './slo-due';
import { SloStatusHistoryEntity } from './slo-status-history.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const EVALUATION_ENTITIES: Function[] = [IncidentEntity, SloStatusHistoryEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const EVALUATION_CONTROLLERS: Function[] = [IncidentsController, SloBudgetsController, KpisController];
// Typed as the app module spreads them; the clock comes from the app module (apps/sla/src/clock.ts).
export const EVALUATION_PROVIDERS = [SloDue, EvaluatorService, AccessKpisReader, IncidentsService] as unknown as Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
