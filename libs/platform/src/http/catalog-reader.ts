import { PlatformError, PlatformErrorCode } from '../errors/domain-error';

/** Where the catalog is when MESHWORK_CATALOG_URL does not say. */
export const DEFAULT_CATALOG_URL = 'http://127.0.0.1:3001';
const TIMEOUT_MS = 10_000;
const PAGE = 200;

/** A product as the catalog lists it. */
export interface CatalogProduct {
  domain: string;
  name: string;
  currentVersion: string;
  status: string;
}

/** A version of a product as the catalog lists it: its output ports and the contracts submitted with it. */
export interface CatalogVersion {
  version: string;
  outputPorts: { urn: string; name: string; contractId?: string | null }[];
  contracts: { id: string; version: string }[];
}

interface Page<T> {
  items?: T[];
  total?: number;
}

/** What the catalog answered 404 for: a domain it does not know, or a product that changed while it was read. */
export class CatalogMissing extends Error {}

/**
 * Reads the catalog over HTTP, with the caller's own bearer token, as the other services do (never its tables).
 * 404 is CatalogMissing; a catalog that cannot be reached or answer is a 503 problem.
 */
export class CatalogReader {
  /** Read on every call, so a service pointed elsewhere follows its environment. */
  get baseUrl(): string {
    return (process.env.MESHWORK_CATALOG_URL || DEFAULT_CATALOG_URL).replace(/\/+$/, '');
  }

  /** Every product in one of the given states, page by page, sorted as the catalog sorts them (domain, then name). */
  async products(states: readonly string[], authorization: string | undefined): Promise<CatalogProduct[]> {
    const all: CatalogProduct[] = [];
    for (let offset = 0, seen = 0; ; offset += PAGE) {
      const page = await this.get<Page<CatalogProduct>>(`/v1/products?limit=${PAGE}&offset=${offset}`, authorization);
      const items = page.items ?? [];
      seen += items.length;
      all.push(...items.filter((product) => states.includes(product.status)));
      if (items.length < PAGE || seen >= (page.total ?? 0)) return all;
    }
  }

  /** The product's current version: its ports and contracts. */
  async currentVersion(product: CatalogProduct, authorization: string | undefined): Promise<CatalogVersion> {
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.get<Page<CatalogVersion>>(`${productPath(product)}/versions?limit=${PAGE}&offset=${offset}`, authorization);
      const items = page.items ?? [];
      const current = items.find((v) => v.version === product.currentVersion);
      if (current) return current;
      if (items.length < PAGE) throw new CatalogMissing(`the catalog lists no version ${product.currentVersion} of ${product.domain}/${product.name}`);
    }
  }

  /** The ODPS document of a version of the product. */
  productDocument(product: CatalogProduct, version: string, authorization: string | undefined): Promise<Record<string, unknown>> {
    return this.get(`${productPath(product)}/document?version=${encodeURIComponent(version)}`, authorization);
  }

  /** The ODCS document of a contract version of a domain. */
  contractDocument(domain: string, contract: { id: string; version: string }, authorization: string | undefined): Promise<Record<string, unknown>> {
    return this.get(`/v1/contracts/${encodeURIComponent(domain)}/${encodeURIComponent(contract.id)}/versions/${encodeURIComponent(contract.version)}/document`, authorization);
  }

  /** The team owning a domain; CatalogMissing when the catalog knows no such domain. */
  async domainOwner(domain: string, authorization: string | undefined): Promise<string> {
    const body = await this.get<{ ownerTeamId?: string }>(`/v1/domains/${encodeURIComponent(domain)}`, authorization);
    if (!body.ownerTeamId) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered no owner team for domain '${domain}'.`);
    return body.ownerTeamId;
  }

  /** The JSON body; 404 is CatalogMissing; anything else the catalog cannot answer is a 503. */
  protected async get<T>(path: string, authorization: string | undefined): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog at ${this.baseUrl} cannot be reached (${error instanceof Error ? error.message : String(error)}); try again later.`);
    }
    if (response.status === 404) throw new CatalogMissing(`the catalog answered 404 to GET ${path}`);
    if (!response.ok) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered ${response.status} to GET ${path}; try again later.`);
    try {
      return (await response.json()) as T;
    } catch {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered GET ${path} with a body that is not JSON.`);
    }
  }
}

function productPath(product: CatalogProduct): string {
  return `/v1/products/${encodeURIComponent(product.domain)}/${encodeURIComponent(product.name)}`;
}
