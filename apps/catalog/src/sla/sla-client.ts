import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';

/** KPIs are read while a caller waits. */
const KPI_TIMEOUT_MS = 3_000;

/**
 * Asks the SLA service (MESHWORK_SLA_URL) for the KPIs of a product, with the caller's token. What SLA monitoring
 * learns from the catalog (published products, runs that wrote a port) it reads from the catalog's event feed.
 */
@Injectable()
export class SlaClient implements OnModuleInit {
  private readonly logger = new Logger(SlaClient.name);

  /** Read on every call, so a service pointed elsewhere follows its environment. */
  get baseUrl(): string | undefined {
    const url = process.env.MESHWORK_SLA_URL?.trim();
    return url ? url.replace(/\/+$/, '') : undefined;
  }

  onModuleInit(): void {
    if (!this.baseUrl) this.logger.warn('MESHWORK_SLA_URL is not set: the products’ SLA KPIs cannot be shown');
  }

  /** The SLA service's KPIs of a product or port URN, as it answers them; 404 when it monitors no such URN, a 503 problem when it cannot answer. */
  async kpis(urn: string, authorization: string | undefined): Promise<Record<string, unknown>> {
    const base = this.baseUrl;
    if (!base) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, 'SLA monitoring is not configured for this catalog (MESHWORK_SLA_URL).');
    let response: Response;
    try {
      response = await fetch(`${base}/v1/kpis/${encodeURIComponent(urn)}`, { headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) }, signal: AbortSignal.timeout(KPI_TIMEOUT_MS) });
    } catch (error) {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `SLA monitoring at ${base} cannot be reached (${error instanceof Error ? error.message : String(error)}); try again later.`);
    }
    // SLA monitoring knows published products only: a draft's KPIs do not exist yet, which is no outage.
    if (response.status === 404) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `SLA monitoring has no KPIs of ${urn}: it monitors published products and their ports only.`);
    if (!response.ok) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `SLA monitoring answered ${response.status} for the KPIs of ${urn}; try again later.`);
    return (await response.json()) as Record<string, unknown>;
  }
}
