import { etagOf } from '@meshwork/platform';
import type { ProbeDto, ProbeResultDto } from './dto/probe.dto';
import type { ProbeEntity } from './probe.entity';
import type { ProbeResultEntity } from './probe-result.entity';

export function probeEtag(probe: ProbeEntity): string {
  return etagOf(probe.id, probe.version);
}

export function toProbeDto(probe: ProbeEntity): ProbeDto {
  return {
    id: probe.id,
    portUrn: probe.portUrn,
    managementPort: probe.managementPort,
    url: probe.url,
    method: probe.method,
    intervalSeconds: probe.intervalSeconds,
    timeoutMs: probe.timeoutMs,
    expectedStatus: { min: probe.expectedStatusMin, max: probe.expectedStatusMax },
    enabled: probe.enabled,
    nextDueAt: probe.enabled ? probe.nextDueAt.toISOString() : null,
    lastResult:
      probe.lastRunAt === null
        ? null
        : { at: probe.lastRunAt.toISOString(), success: probe.lastSuccess === true, statusCode: probe.lastStatusCode, latencyMs: probe.lastLatencyMs, error: probe.lastError },
    createdBy: probe.createdBy,
    createdAt: probe.createdAt.toISOString(),
    updatedAt: probe.updatedAt.toISOString(),
  };
}

export function toProbeResultDto(result: ProbeResultEntity): ProbeResultDto {
  return {
    id: String(result.id),
    probeId: result.probeId,
    trigger: result.trigger,
    scheduledFor: result.scheduledFor ? result.scheduledFor.toISOString() : null,
    at: result.at.toISOString(),
    url: result.url,
    success: result.success,
    statusCode: result.statusCode,
    latencyMs: result.latencyMs,
    error: result.error,
    observationId: result.observationId,
  };
}
