import createClient, { type Client } from 'openapi-fetch';
import { ApiKeyAuthenticator, providedToken, staticToken, type TokenProvider } from './auth';
import type { paths as AccessPaths } from './generated/access';
import { type AccessApi, accessApi } from './generated/access.operations';
import type { paths as CatalogPaths } from './generated/catalog';
import { type CatalogApi, catalogApi } from './generated/catalog.operations';
import type { paths as GovernancePaths } from './generated/governance';
import { type GovernanceApi, governanceApi } from './generated/governance.operations';
import type { paths as SlaPaths } from './generated/sla';
import { type SlaApi, slaApi } from './generated/sla.operations';
import { operationFactory } from './operation';
import { type Authenticator, type Clock, createTransport, type RetryPolicy, systemClock } from './transport';

/** Where each service listens when nothing else is said: the ports of `npm start`. */
export const DEFAULT_URLS = { catalog: 'http://127.0.0.1:3001', governance: 'http://127.0.0.1:3002', access: 'http://127.0.0.1:3003', sla: 'http://127.0.0.1:3004' } as const;

export type ServiceName = keyof typeof DEFAULT_URLS;

export interface MeshClientOptions {
  /** Base URL of each service; those not given default to DEFAULT_URLS. Give this or `baseUrl`. */
  urls?: Partial<Record<ServiceName, string>>;
  /** A gateway in front of the mesh: the services are at `${baseUrl}/catalog`, `/governance`, `/access` and `/sla`. */
  baseUrl?: string;
  /** A service account's API key, exchanged for a JWT at the access service and refreshed before it expires. */
  apiKey?: string;
  /** A static bearer token. */
  token?: string;
  /** Returns a bearer token; called for every request (it may cache). */
  tokenProvider?: TokenProvider;
  /** A fetch implementation (tests, proxies); the global fetch by default, looked up at each call. */
  fetch?: typeof fetch;
  /** Time allowed for each attempt, until the answer's headers arrive. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retries of a request that is safe to repeat, after a network error, a timeout, 408, 429, 502, 503 or 504. Default 2. */
  retries?: number;
  /** First backoff before a retry (doubling with each one, with jitter), default 250 ms; and the longest wait, default 10 000 ms. */
  backoff?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Sent as User-Agent (where the platform allows it: not in browsers). */
  userAgent?: string;
  /** Time source and waits (tests). */
  clock?: Clock;
  /** Random numbers in [0, 1) for the backoff jitter (tests). */
  random?: () => number;
}

/** One service's API: a method per operationId, and the openapi-fetch client for callers who need the Response. */
export type ServiceClient<Api, Paths extends object> = Api & { readonly raw: Client<Paths> };

export interface MeshServices {
  catalog: ServiceClient<CatalogApi, CatalogPaths>;
  governance: ServiceClient<GovernanceApi, GovernancePaths>;
  access: ServiceClient<AccessApi, AccessPaths>;
  sla: ServiceClient<SlaApi, SlaPaths>;
}

/** The resolved base URL of every service. */
export function serviceUrls(options: Pick<MeshClientOptions, 'urls' | 'baseUrl'>): Record<ServiceName, string> {
  if (options.baseUrl !== undefined && options.urls !== undefined) throw new TypeError('createMeshClient: give either `urls` or `baseUrl`, not both.');
  const trim = (url: string) => url.replace(/\/+$/, '');
  if (options.baseUrl !== undefined) {
    const base = trim(options.baseUrl);
    return { catalog: `${base}/catalog`, governance: `${base}/governance`, access: `${base}/access`, sla: `${base}/sla` };
  }
  const urls = { ...DEFAULT_URLS, ...options.urls };
  return { catalog: trim(urls.catalog), governance: trim(urls.governance), access: trim(urls.access), sla: trim(urls.sla) };
}

function authenticator(options: MeshClientOptions, exchange: ApiKeyAuthenticator | undefined): Authenticator | undefined {
  const given = [options.apiKey, options.token, options.tokenProvider].filter((v) => v !== undefined).length;
  if (given > 1) throw new TypeError('createMeshClient: give one of `apiKey`, `token` or `tokenProvider`.');
  if (options.token !== undefined) return staticToken(options.token);
  if (options.tokenProvider !== undefined) return providedToken(options.tokenProvider);
  return exchange;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`createMeshClient: \`${name}\` must be a non-negative number, got ${value}.`);
  return value;
}

/** Builds the four service clients over one transport; helpers are added by createMeshClient. */
export function createMeshServices(options: MeshClientOptions = {}): MeshServices {
  const urls = serviceUrls(options);
  const clock = options.clock ?? systemClock;
  const retry: RetryPolicy = {
    retries: Math.floor(nonNegative('retries', options.retries, 2)),
    baseDelayMs: nonNegative('backoff.baseDelayMs', options.backoff?.baseDelayMs, 250),
    maxDelayMs: nonNegative('backoff.maxDelayMs', options.backoff?.maxDelayMs, 10_000),
  };
  const base = {
    fetch: options.fetch,
    timeoutMs: nonNegative('timeoutMs', options.timeoutMs, 10_000),
    retry,
    userAgent: options.userAgent,
    clock,
    random: options.random ?? Math.random,
  };
  let exchange: ApiKeyAuthenticator | undefined;
  const apiKey = options.apiKey;
  if (apiKey !== undefined) {
    // The exchange itself goes out without a token.
    const tokens = accessApi(operationFactory(createClient<AccessPaths>({ baseUrl: urls.access, fetch: createTransport(base) })));
    exchange = new ApiKeyAuthenticator(() => tokens.issueToken({ body: { apiKey } }), clock);
  }
  const fetchImpl = createTransport({ ...base, auth: authenticator(options, exchange) });
  const service = <Paths extends object>(url: string) => createClient<Paths>({ baseUrl: url, fetch: fetchImpl });
  const catalog = service<CatalogPaths>(urls.catalog);
  const governance = service<GovernancePaths>(urls.governance);
  const access = service<AccessPaths>(urls.access);
  const sla = service<SlaPaths>(urls.sla);
  return {
    catalog: { ...catalogApi(operationFactory(catalog)), raw: catalog },
    governance: { ...governanceApi(operationFactory(governance)), raw: governance },
    access: { ...accessApi(operationFactory(access)), raw: access },
    sla: { ...slaApi(operationFactory(sla)), raw: sla },
  };
}
