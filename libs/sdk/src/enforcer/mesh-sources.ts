import type { MeshServices } from '../client';
import { httpError } from '../problem';
import { sentRequestOf } from '../transport';
import type { BundleAnswer, EnforcerOptions } from './enforcer';

function maxAgeOf(response: Response): number {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(response.headers.get('cache-control') ?? '');
  return match ? Number(match[1]) : 0;
}

function failure(response: Response, error: unknown, operation: string): Error {
  return httpError(sentRequestOf(response) ?? { method: 'GET', url: response.url, attempts: 1 }, response.status, error, operation);
}

/**
 * The enforcer's sources over a mesh client's transport (its token or API key, retries and timeouts): the bundle with
 * If-None-Match, the owner team of a port from the catalog, and the audit of local decisions. Failures are MeshErrors.
 */
export function meshEnforcerSources(services: Pick<MeshServices, 'access' | 'catalog'>, principalId: string): Pick<EnforcerOptions, 'fetchBundle' | 'resolveOwnerTeam' | 'audit'> {
  return {
    async fetchBundle(etag): Promise<BundleAnswer> {
      const { data, error, response } = await services.access.raw.GET('/v1/principals/{id}/bundle', {
        params: { path: { id: principalId }, ...(etag === undefined ? {} : { header: { 'If-None-Match': etag } }) },
      });
      if (response.status === 304) return { status: 'not-modified', maxAgeSeconds: maxAgeOf(response) };
      if (response.status === 404) return { status: 'not-found' };
      if (!response.ok || data === undefined) throw failure(response, error, 'getPrincipalBundle');
      return { status: 'fresh', bundle: data, etag: response.headers.get('etag') ?? '', maxAgeSeconds: maxAgeOf(response) };
    },

    async resolveOwnerTeam(urn): Promise<string | null> {
      const resolved = await services.catalog.raw.GET('/v1/resolve/{urn}', { params: { path: { urn } } });
      // A URN the catalog refuses (400) or does not know (404) is no output port, as the access service counts it.
      if (resolved.response.status === 404 || resolved.response.status === 400) return null;
      if (!resolved.response.ok || resolved.data === undefined) throw failure(resolved.response, resolved.error, 'resolveUrn');
      if (resolved.data.kind !== 'port') return null;
      const domain = await services.catalog.raw.GET('/v1/domains/{domain}', { params: { path: { domain: resolved.data.product.domain } } });
      if (!domain.response.ok || domain.data === undefined) throw failure(domain.response, domain.error, 'getDomain');
      return domain.data.ownerTeamId;
    },

    async audit(decisions): Promise<void> {
      const { error, response } = await services.access.raw.POST('/v1/audit/local-decisions', { body: { decisions } });
      if (!response.ok) throw failure(response, error, 'recordLocalDecisions');
    },
  };
}
