import type { components as CatalogComponents } from '../generated/catalog';
import type { BundleAnswer, EnforcerOptions, LocalDecision, PrincipalBundle } from './enforcer';

export interface EnforcerHttpOptions {
  /** Base URL of the access service (bundles, audit). */
  accessUrl: string;
  /** Base URL of the catalog (owner teams of ports). */
  catalogUrl: string;
  /** The Authorization header value for each request (`Bearer …`), or undefined for none. */
  authorization: () => string | undefined | Promise<string | undefined>;
  /** A fetch implementation; the global fetch by default. */
  fetch?: typeof fetch;
  /** Longest wait for one answer; 5000 ms by default. */
  timeoutMs?: number;
}

type Resolution = CatalogComponents['schemas']['ResolutionDto'];

/** A call the enforcer's sources made that the service did not answer as expected. */
export class EnforcerSourceError extends Error {
  override readonly name = 'EnforcerSourceError';
  constructor(
    readonly status: number,
    readonly url: string,
    detail: string,
  ) {
    super(`${url} answered ${status}${detail ? `: ${detail}` : ''}`);
  }
}

function maxAgeOf(response: Response): number {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(response.headers.get('cache-control') ?? '');
  return match ? Number(match[1]) : 0;
}

async function detailOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    return typeof body.detail === 'string' ? body.detail : text.slice(0, 300);
  } catch {
    return text.slice(0, 300);
  }
}

/**
 * The enforcer's three sources over HTTP: the bundle (GET /v1/principals/{id}/bundle with If-None-Match), the owner team
 * of a port (the catalog's GET /v1/resolve/{urn}, then its domain) and the audit sink (POST /v1/audit/local-decisions).
 */
export function httpEnforcerSources(principalId: string, http: EnforcerHttpOptions): Pick<EnforcerOptions, 'fetchBundle' | 'resolveOwnerTeam' | 'audit'> {
  const doFetch = http.fetch ?? fetch;
  const access = http.accessUrl.replace(/\/+$/, '');
  const catalog = http.catalogUrl.replace(/\/+$/, '');
  const timeoutMs = http.timeoutMs ?? 5000;

  async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const authorization = await http.authorization();
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (authorization) headers.authorization = authorization;
    return doFetch(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
  }

  async function catalogJson<T>(path: string): Promise<T | null> {
    const url = `${catalog}${path}`;
    const response = await call(url);
    // The access service counts a URN the catalog refuses (400) as no such port, as it does a 404.
    if (response.status === 404 || response.status === 400) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) throw new EnforcerSourceError(response.status, url, await detailOf(response));
    return (await response.json()) as T;
  }

  return {
    async fetchBundle(etag: string | undefined): Promise<BundleAnswer> {
      const url = `${access}/v1/principals/${encodeURIComponent(principalId)}/bundle`;
      const response = await call(url, etag === undefined ? {} : { headers: { 'if-none-match': etag } });
      if (response.status === 304) return { status: 'not-modified', maxAgeSeconds: maxAgeOf(response) };
      if (response.status === 404) {
        await response.body?.cancel();
        return { status: 'not-found' };
      }
      if (!response.ok) throw new EnforcerSourceError(response.status, url, await detailOf(response));
      const bundle = (await response.json()) as PrincipalBundle;
      return { status: 'fresh', bundle, etag: response.headers.get('etag') ?? '', maxAgeSeconds: maxAgeOf(response) };
    },

    async resolveOwnerTeam(urn: string): Promise<string | null> {
      const resolution = await catalogJson<Resolution>(`/v1/resolve/${encodeURIComponent(urn)}`);
      if (resolution === null || resolution.kind !== 'port') return null;
      const domain = await catalogJson<{ ownerTeamId?: string }>(`/v1/domains/${encodeURIComponent(resolution.product.domain)}`);
      if (!domain?.ownerTeamId) throw new EnforcerSourceError(404, `${catalog}/v1/domains/${resolution.product.domain}`, `no owner team for the domain of '${urn}'`);
      return domain.ownerTeamId;
    },

    async audit(decisions: LocalDecision[]): Promise<void> {
      const url = `${access}/v1/audit/local-decisions`;
      const response = await call(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ decisions }) });
      if (!response.ok) throw new EnforcerSourceError(response.status, url, await detailOf(response));
      await response.body?.cancel();
    },
  };
}
