import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';

/** A published product as the SLA service derives its objectives from it. */
export interface PublishedProduct {
  domain: string;
  name: string;
  version: string;
  ownerTeamId: string;
  ports: { urn: string; name: string; contract: Record<string, unknown> | null }[];
}

/** A run reported through OpenLineage that wrote a dataset of an output port. */
export interface PortRun {
  portUrn: string;
  eventType: 'COMPLETE' | 'FAIL';
  eventTime: string;
  runId: string;
}

/** Pauses before each try: the first at once, then after 1 s, 5 s and 25 s. */
const BACKOFF_MS = [0, 1_000, 5_000, 25_000];
const TIMEOUT_MS = 10_000;
/** KPIs are read while a caller waits. */
const KPI_TIMEOUT_MS = 3_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Tells the SLA service (MESHWORK_SLA_URL) what it monitors: each published product (its ports and contracts, from
 * which it derives the objectives) and each run that wrote a port. Sent after the catalog's own transaction, with the
 * caller's token, in the background and tried again with backoff: the SLA service being down never fails a publish.
 * What could not be delivered is logged; `POST /v1/slos/sync` of the SLA service reads the catalog again.
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
    if (!this.baseUrl) this.logger.warn('MESHWORK_SLA_URL is not set: published products and their runs are not sent to SLA monitoring');
  }

  /** The SLA service's KPIs of a product or port URN, as it answers them; a 503 problem when it cannot. */
  async kpis(urn: string, authorization: string | undefined): Promise<Record<string, unknown>> {
    const base = this.baseUrl;
    if (!base) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, 'SLA monitoring is not configured for this catalog (MESHWORK_SLA_URL).');
    let response: Response;
    try {
      response = await fetch(`${base}/v1/kpis/${encodeURIComponent(urn)}`, { headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) }, signal: AbortSignal.timeout(KPI_TIMEOUT_MS) });
    } catch (error) {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `SLA monitoring at ${base} cannot be reached (${error instanceof Error ? error.message : String(error)}); try again later.`);
    }
    if (!response.ok) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `SLA monitoring answered ${response.status} for the KPIs of ${urn}; try again later.`);
    return (await response.json()) as Record<string, unknown>;
  }

  published(product: PublishedProduct, authorization: string | undefined): Promise<boolean> {
    return this.deliver(`product ${product.domain}/${product.name} ${product.version}`, '/v1/products/published', product, authorization);
  }

  async runs(runs: PortRun[], authorization: string | undefined): Promise<void> {
    await Promise.all(runs.map((run) => this.deliver(`${run.eventType} run ${run.runId} of ${run.portUrn}`, '/v1/observations/openlineage', run, authorization)));
  }

  /** True once the SLA service took it; false when it is not configured or every try failed (logged). */
  private async deliver(what: string, path: string, body: unknown, authorization: string | undefined): Promise<boolean> {
    const base = this.baseUrl;
    if (!base) return false;
    let last = '';
    for (const pause of BACKOFF_MS) {
      if (pause > 0) await sleep(pause);
      try {
        const response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (response.ok) return true;
        last = `${response.status} ${(await response.text()).slice(0, 300)}`;
        // A refusal will not change by trying again.
        if (response.status >= 400 && response.status < 500 && response.status !== 429) break;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
    }
    this.logger.warn(`The SLA service at ${base} did not take ${what}: ${last}`);
    return false;
  }
}
