import createClient, { type Middleware, wrapAsPathBasedClient } from 'openapi-fetch';
import type { paths as AccessPaths } from './generated/access';
import { accessOperations } from './generated/access.operations';
import type { paths as CatalogPaths } from './generated/catalog';
import { catalogOperations } from './generated/catalog.operations';
import type { paths as GovernancePaths } from './generated/governance';
import type { paths as SlaPaths } from './generated/sla';
import { slaOperations } from './generated/sla.operations';
import { governanceOperations } from './generated/governance.operations';

export type TokenSource = string | (() => string | Promise<string>);

export interface MeshworkOptions {
  /** Base URL of the catalog service. */
  catalogUrl?: string;
  /** Base URL of the governance service (policies, evaluations, compliance, glossary). */
  governanceUrl?: string;
  /** Base URL of the access service (principals, teams, memberships). */
  accessUrl?: string;
  /** Base URL of the SLA service (SLOs, observations, incidents, KPIs). */
  slaUrl?: string;
  /** Bearer token, or a function that returns a fresh one for each request. */
  token?: TokenSource;
  /** A fetch implementation (tests, proxies); the global fetch by default. */
  fetch?: typeof fetch;
}

export const DEFAULT_URLS = { catalog: 'http://127.0.0.1:3001', governance: 'http://127.0.0.1:3002', access: 'http://127.0.0.1:3003', sla: 'http://127.0.0.1:3004' } as const;

function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'string' ? token : await token();
      request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  };
}

function serviceClient<Paths extends object>(baseUrl: string, options: MeshworkOptions) {
  const client = createClient<Paths>({ baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  if (options.token !== undefined) client.use(bearer(options.token));
  return wrapAsPathBasedClient(client);
}

/**
 * The mesh as domain code sees it: one typed method per operation, e.g.
 * `await mesh.catalog.registerProduct({ params: { path: { domain: 'crm', name: 'customers' } }, body })`.
 */
export function createMeshwork(options: MeshworkOptions = {}) {
  return {
    catalog: catalogOperations(serviceClient<CatalogPaths>(options.catalogUrl ?? DEFAULT_URLS.catalog, options)),
    governance: governanceOperations(serviceClient<GovernancePaths>(options.governanceUrl ?? DEFAULT_URLS.governance, options)),
    access: accessOperations(serviceClient<AccessPaths>(options.accessUrl ?? DEFAULT_URLS.access, options)),
    sla: slaOperations(serviceClient<SlaPaths>(options.slaUrl ?? DEFAULT_URLS.sla, options)),
  };
}

export type Meshwork = ReturnType<typeof createMeshwork>;
