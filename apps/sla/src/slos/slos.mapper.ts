import { etagOf } from '@meshwork/platform';
import type { SloSpec, SloTarget } from './derive-slos';
import type { SloDto } from './dto/slo.dto';
import type { SloEntity } from './slo.entity';

export function sloEtag(slo: SloEntity): string {
  return etagOf(slo.id, slo.version);
}

/** `urn:meshwork:crm:customers:customers:v1` → `urn:meshwork:crm:customers`. */
export function productUrnOf(portUrn: string): string {
  return portUrn.split(':').slice(0, 4).join(':');
}

export function targetOf(slo: SloEntity): SloTarget {
  return {
    value: slo.targetValue,
    unit: slo.targetUnit,
    ...(slo.targetSeconds !== null ? { seconds: slo.targetSeconds } : {}),
    ...(slo.targetRatio !== null ? { ratio: slo.targetRatio } : {}),
    ...(slo.targetTimeOfDay !== null ? { timeOfDay: slo.targetTimeOfDay } : {}),
    ...(slo.targetMax !== null ? { max: slo.targetMax } : {}),
  };
}

/** The columns a spec sets; the window, the status and the schedule are the SLO's own. */
export function specColumns(spec: SloSpec) {
  return {
    property: spec.property,
    element: spec.element ?? null,
    targetValue: spec.target.value,
    targetUnit: spec.target.unit,
    targetSeconds: spec.target.seconds ?? null,
    targetRatio: spec.target.ratio ?? null,
    targetTimeOfDay: spec.target.timeOfDay ?? null,
    targetMax: spec.target.max ?? null,
    monitored: spec.monitored,
    unmonitoredReason: spec.unmonitoredReason ?? null,
    description: spec.description,
  };
}

export function toSloDto(slo: SloEntity): SloDto {
  return {
    id: slo.id,
    portUrn: slo.portUrn,
    productUrn: productUrnOf(slo.portUrn),
    property: slo.property,
    element: slo.element,
    target: targetOf(slo),
    windowSeconds: slo.windowSeconds,
    monitored: slo.monitored,
    unmonitoredReason: slo.unmonitoredReason,
    description: slo.description,
    source: slo.source,
    status: slo.status,
    statusSince: slo.statusSince.toISOString(),
    nextDueAt: slo.nextDueAt ? slo.nextDueAt.toISOString() : null,
    retiredAt: slo.retiredAt ? slo.retiredAt.toISOString() : null,
    createdAt: slo.createdAt.toISOString(),
    updatedAt: slo.updatedAt.toISOString(),
  };
}
