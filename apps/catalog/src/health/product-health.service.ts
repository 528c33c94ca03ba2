import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProductView } from '../products/products.service';
import { toPortProfileDto } from '../profiles/profiles.mapper';
import { ProfilesService } from '../profiles/profiles.service';
import { PortContexts } from '../quality/port-context';
import { toPortQualityDto } from '../quality/quality.mapper';
import { QualityService } from '../quality/quality.service';
import type { ComplianceScoreDto, CompliancePartDto, ConsumersPartDto, OwnersPartDto, ProductHealthDto, ProfilesPartDto, QualityPartDto, SlaPartDto } from './dto/product-health.dto';

export const DEFAULT_HEALTH_TIMEOUT_MS = 1500;

/** How long each source of the product page is given: CATALOG_HEALTH_TIMEOUT_MS (a whole number of ms, 1500 by default). */
export function healthTimeoutMs(setting: string | undefined = process.env.CATALOG_HEALTH_TIMEOUT_MS): number {
  const ms = Number(setting);
  return setting !== undefined && setting.trim() !== '' && Number.isInteger(ms) && ms > 0 ? ms : DEFAULT_HEALTH_TIMEOUT_MS;
}

function baseUrl(variable: string): string | undefined {
  const url = process.env[variable]?.trim();
  return url ? url.replace(/\/+$/, '') : undefined;
}

function why(error: unknown): string {
  // An aborted fetch rejects with a DOMException, which is not an Error.
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}

/** A remote answer within the bound, with the caller's token; throws a sentence saying what went wrong. */
async function getJson(service: string, url: string, authorization: string | undefined, signal: AbortSignal): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) }, signal });
  } catch (error) {
    throw new Error(`${service} at ${new URL(url).origin} cannot be reached (${why(error)})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${service} answered ${response.status}`);
  }
  try {
    return (await response.json()) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${service} answered a body that is not JSON (${why(error)})`);
  }
}

/** Settles within `ms`: a local read that takes longer is reported missing, as a slow service is. */
function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const unavailable = (error: unknown) => ({ status: 'unavailable' as const, reason: why(error) });

const STATUS_ORDER = ['breached', 'at-risk', 'ok'] as const;

/**
 * The product page's `health`: owners, compliance (governance, MESHWORK_GOVERNANCE_URL), SLA status and KPIs with
 * active consumers (SLA monitoring, MESHWORK_SLA_URL, whose KPIs carry the access service's figures), latest profiles
 * and quality results (local). One request per service, all at once, each bounded by CATALOG_HEALTH_TIMEOUT_MS; a part
 * that cannot be had is `unavailable` with the reason, and the page is answered all the same.
 */
@Injectable()
export class ProductHealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
    private readonly quality: QualityService,
    private readonly ports: PortContexts,
  ) {}

  async health(view: ProductView, authorization: string | undefined): Promise<ProductHealthDto> {
    const timeoutMs = healthTimeoutMs();
    const signal = AbortSignal.timeout(timeoutMs);
    const urns = [...new Set(view.ports.map((p) => p.urn))];
    const [compliance, kpis, profiles, quality] = await Promise.all([
      this.compliance(view, authorization, signal),
      this.kpis(view.product.urn, authorization, signal),
      this.latestProfiles(urns, timeoutMs),
      this.portQuality(urns, timeoutMs),
    ]);
    return { generatedAt: new Date().toISOString(), timeoutMs, owners: owners(view), compliance, sla: kpis.sla, consumers: kpis.consumers, profiles, quality };
  }

  private async compliance(view: ProductView, authorization: string | undefined, signal: AbortSignal): Promise<CompliancePartDto> {
    const base = baseUrl('MESHWORK_GOVERNANCE_URL');
    if (!base) return { status: 'unavailable', reason: 'governance is not configured for this catalog (MESHWORK_GOVERNANCE_URL)', compliance: null };
    const today = new Date().toISOString().slice(0, 10);
    try {
      const report = await getJson('governance', `${base}/v1/compliance?domain=${encodeURIComponent(view.product.domain)}&from=${today}&to=${today}`, authorization, signal);
      const products = Array.isArray(report.products) ? (report.products as (ComplianceScoreDto & { domain: string; name: string })[]) : [];
      const mine = products.find((p) => p.domain === view.product.domain && p.name === view.product.name);
      return {
        status: 'ok',
        reason: null,
        compliance: mine ? { score: mine.score, passed: mine.passed, applicable: mine.applicable, blocking: mine.blocking, warnings: mine.warnings, version: mine.version, evaluatedAt: mine.evaluatedAt } : null,
      };
    } catch (error) {
      return { ...unavailable(error), compliance: null };
    }
  }

  /** SLA status, KPIs and active consumers: one request to SLA monitoring, which reads the consumers from the access service. */
  private async kpis(urn: string, authorization: string | undefined, signal: AbortSignal): Promise<{ sla: SlaPartDto; consumers: ConsumersPartDto }> {
    const base = baseUrl('MESHWORK_SLA_URL');
    if (!base) {
      const reason = 'SLA monitoring is not configured for this catalog (MESHWORK_SLA_URL)';
      return { sla: { status: 'unavailable', reason, slaStatus: null, kpis: null }, consumers: { status: 'unavailable', reason: `${reason}; active consumers are read from its KPIs`, active: null } };
    }
    let kpis: Record<string, unknown>;
    try {
      kpis = await getJson('SLA monitoring', `${base}/v1/kpis/${encodeURIComponent(urn)}`, authorization, signal);
    } catch (error) {
      const { reason } = unavailable(error);
      return { sla: { status: 'unavailable', reason, slaStatus: null, kpis: null }, consumers: { status: 'unavailable', reason: `${reason}; active consumers are read from its KPIs`, active: null } };
    }
    const statuses = (typeof kpis.statuses === 'object' && kpis.statuses !== null ? kpis.statuses : {}) as Record<string, unknown>;
    const slaStatus = STATUS_ORDER.find((s) => Number(statuses[s]) > 0) ?? 'unknown';
    const access = ((kpis.sources as Record<string, unknown> | undefined)?.access ?? {}) as { status?: unknown; detail?: unknown };
    const active = typeof kpis.activeConsumers === 'number' ? kpis.activeConsumers : null;
    const consumers: ConsumersPartDto =
      active !== null
        ? { status: 'ok', reason: null, active }
        : { status: 'unavailable', reason: `SLA monitoring has no consumer count from the access service (${typeof access.status === 'string' ? access.status : 'not reported'}${typeof access.detail === 'string' ? `: ${access.detail}` : ''})`, active: null };
    return { sla: { status: 'ok', reason: null, slaStatus, kpis }, consumers };
  }

  private async latestProfiles(urns: string[], ms: number): Promise<ProfilesPartDto> {
    try {
      const latest = await bounded(this.profiles.latestOf(urns), ms, 'the catalog\'s profiles');
      return { status: 'ok', reason: null, ports: urns.flatMap((u) => (latest.has(u) ? [toPortProfileDto(latest.get(u)!)] : [])) };
    } catch (error) {
      return { ...unavailable(error), ports: [] };
    }
  }

  private async portQuality(urns: string[], ms: number): Promise<QualityPartDto> {
    try {
      const read = async () => {
        const contexts = await this.ports.known(this.dataSource.manager, urns);
        return Promise.all(contexts.map(async (port) => toPortQualityDto(await this.quality.currentIn(this.dataSource.manager, port))));
      };
      return { status: 'ok', reason: null, ports: await bounded(read(), ms, 'the catalog\'s quality results') };
    } catch (error) {
      return { ...unavailable(error), ports: [] };
    }
  }
}

function owners({ product, version }: ProductView): OwnersPartDto {
  const today = new Date().toISOString().slice(0, 10);
  const team = version.normalised.team;
  const members = (team?.members ?? []).filter((m) => !m.dateOut || m.dateOut > today).map((m) => ({ username: m.username, name: m.name ?? null, role: m.role ?? null }));
  return { status: 'ok', reason: null, ownerTeamId: product.ownerTeamId, teamName: team?.name ?? null, members };
}
