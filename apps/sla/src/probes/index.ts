// The probes feature: HTTP probes of management URLs counted for availability, registered by the app module and the database.
import { ProbeEntity } from './probe.entity';
import { ProbeResultEntity } from './probe-result.entity';
import { ProbeRunner } from './probe-runner';
import { ProbeSettings } from './probe-settings';
import { ProberService } from './prober.service';
import { ProbesController } from './probes.controller';
import { ProbesService } from './probes.service';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PROBE_ENTITIES: Function[] = [ProbeEntity, ProbeResultEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PROBE_CONTROLLERS: Function[] = [ProbesController];
// Typed as the app module spreads them; the clock comes from the app module (apps/sla/src/clock.ts).
export const PROBE_PROVIDERS = [ProbeSettings, ProbeRunner, ProberService, ProbesService] as unknown as Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
