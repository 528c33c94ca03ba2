import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../clock';
import { AccessClient, type AccessRequestCounts } from '../notifications/access-client';
import type { KpiAccessRequestsDto, KpiSourceDto } from './dto/budget.dto';

/** How long what the access service said of a port is reused: the KPIs stay cheap to read. */
export const ACCESS_KPI_TTL_MS = 30_000;
/** Entries kept before the expired ones are swept. */
const MAX_ENTRIES = 10_000;

interface PortAccess {
  consumers: string[];
  requests: AccessRequestCounts;
  readAt: Date;
}

type Outcome = { ok: true; value: PortAccess } | { ok: false; detail: string };

/** The access part of the KPIs of some ports; null figures with the reason when the access service cannot say. */
export interface AccessKpis {
  activeConsumers: number | null;
  accessRequests: KpiAccessRequestsDto | null;
  source: KpiSourceDto;
}

/**
 * Consumers holding active grants and access requests per port, asked from the access service and kept
 * ACCESS_KPI_TTL_MS per port and window (an answer that failed too, so that a down access service is not asked on
 * every read). A product counts a consumer holding grants on several of its ports once.
 */
@Injectable()
export class AccessKpisReader {
  private readonly cache = new Map<string, { until: number; outcome: Promise<Outcome> }>();

  constructor(
    private readonly access: AccessClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async of(ports: string[], windowSeconds: number): Promise<AccessKpis> {
    if (!this.access.configured) {
      return { activeConsumers: null, accessRequests: null, source: { status: 'not-configured', detail: 'MESHWORK_SERVICE_TOKEN is not set: the SLA service cannot read grants and access requests from the access service.', readAt: null } };
    }
    const outcomes = await Promise.all(ports.map((port) => this.port(port, windowSeconds)));
    const failed = outcomes.find((o): o is { ok: false; detail: string } => !o.ok);
    if (failed) return { activeConsumers: null, accessRequests: null, source: { status: 'unavailable', detail: `${failed.detail}; try again later.`, readAt: null } };
    const values = outcomes.map((o) => (o as { ok: true; value: PortAccess }).value);
    const sum = (pick: (r: AccessRequestCounts) => number) => values.reduce((total, v) => total + pick(v.requests), 0);
    const oldest = values.reduce<Date | null>((min, v) => (min === null || v.readAt < min ? v.readAt : min), null);
    return {
      activeConsumers: new Set(values.flatMap((v) => v.consumers)).size,
      accessRequests: { pending: sum((r) => r.pending), approvedInWindow: sum((r) => r.approved), rejectedInWindow: sum((r) => r.rejected) },
      source: { status: 'ok', detail: null, readAt: (oldest ?? this.clock.now()).toISOString() },
    };
  }

  private port(portUrn: string, windowSeconds: number): Promise<Outcome> {
    const now = this.clock.now();
    const key = `${portUrn} ${windowSeconds}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > now.getTime()) return hit.outcome;
    if (this.cache.size >= MAX_ENTRIES) this.sweep(now.getTime());
    const outcome = this.read(portUrn, windowSeconds, now).then(
      (value): Outcome => ({ ok: true, value }),
      (error: unknown): Outcome => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }),
    );
    this.cache.set(key, { until: now.getTime() + ACCESS_KPI_TTL_MS, outcome });
    return outcome;
  }

  private async read(portUrn: string, windowSeconds: number, now: Date): Promise<PortAccess> {
    const [consumers, requests] = await Promise.all([this.access.consumersOf(portUrn), this.access.requestCounts(portUrn, new Date(now.getTime() - windowSeconds * 1000))]);
    return { consumers, requests, readAt: now };
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.cache) if (entry.until <= now) this.cache.delete(key);
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
  }
}
