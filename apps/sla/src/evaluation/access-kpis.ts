import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../clock';
import { AccessProjection } from '../events/access-projection';
import { NotificationSettings } from '../notifications/notification-settings';
import type { KpiAccessRequestsDto, KpiSourceDto } from './dto/budget.dto';

/** The access part of the KPIs of some ports; null figures with the reason while the access feed has not been read. */
export interface AccessKpis {
  activeConsumers: number | null;
  accessRequests: KpiAccessRequestsDto | null;
  source: KpiSourceDto;
}

/**
 * Consumers holding grants and access requests per port, from the projection of the access service's feed
 * (sla.access_grants, sla.access_requests): the KPIs never call the access service, and say how fresh the projection is.
 * A product counts a consumer holding grants on several of its ports once.
 */
@Injectable()
export class AccessKpisReader {
  constructor(
    private readonly projection: AccessProjection,
    private readonly settings: NotificationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async of(ports: string[], windowSeconds: number): Promise<AccessKpis> {
    const fresh = await this.projection.freshness();
    if (!fresh) {
      const source: KpiSourceDto = this.settings.credentials.configured
        ? { status: 'unavailable', detail: 'The access service’s event feed has not been read yet (MESHWORK_ACCESS_URL): its figures come once it is.', readAt: null, lastEventAt: null, lagSeconds: null }
        : { status: 'not-configured', detail: 'Neither MESHWORK_SERVICE_API_KEY nor MESHWORK_SERVICE_TOKEN is set: the SLA service cannot read the access service’s event feed of grants and access requests.', readAt: null, lastEventAt: null, lagSeconds: null };
      return { activeConsumers: null, accessRequests: null, source };
    }
    const now = this.clock.now();
    const [activeConsumers, requests] = await Promise.all([this.projection.activeConsumers(ports, now), this.projection.requestCounts(ports, new Date(now.getTime() - windowSeconds * 1000))]);
    return {
      activeConsumers,
      accessRequests: { pending: requests.pending, approvedInWindow: requests.approved, rejectedInWindow: requests.rejected, meanDecisionSeconds: requests.meanDecisionSeconds },
      source: {
        status: 'ok',
        detail: null,
        readAt: fresh.readAt.toISOString(),
        lastEventAt: fresh.lastEventAt?.toISOString() ?? null,
        lagSeconds: Math.max(0, Math.round((now.getTime() - fresh.readAt.getTime()) / 1000)),
      },
    };
  }
}
