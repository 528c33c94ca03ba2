import { Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';

export const DEFAULT_CATALOG_URL = 'http://127.0.0.1:3001';
const TIMEOUT_MS = 10_000;
const PAGE = 200;

interface CatalogPort {
  urn: string;
  name: string;
  contractId?: string | null;
}

/** A product as the catalog lists it, as far as SLOs need it. */
export interface CatalogProduct {
  domain: string;
  name: string;
  currentVersion: string;
  status: string;
}

interface ProductPage {
  items?: CatalogProduct[];
  total?: number;
}

interface CatalogVersion {
  version: string;
  outputPorts: CatalogPort[];
  contracts: { id: string; version: string }[];
}

interface VersionPage {
  items?: CatalogVersion[];
}

/** The current version of a product: its output ports, each with its ODCS document (null without a contract). */
export interface CatalogPublication {
  ownerTeamId: string;
  ports: { urn: string; name: string; contract: Record<string, unknown> | null }[];
}

/** A document the catalog answered 404 for: the product changed while it was read. */
export class CatalogMissing extends Error {}

/** Reads the catalog over HTTP, with the caller's own bearer token. */
@Injectable()
export class CatalogClient {
  /** Read on every call, so a service pointed elsewhere follows its environment. */
  get baseUrl(): string {
    return (process.env.MESHWORK_CATALOG_URL || DEFAULT_CATALOG_URL).replace(/\/+$/, '');
  }

  /** Every product in the given states, page by page, sorted as the catalog sorts them (domain, then name). */
  async products(states: readonly string[], authorization: string | undefined): Promise<CatalogProduct[]> {
    const all: CatalogProduct[] = [];
    for (let offset = 0, seen = 0; ; offset += PAGE) {
      const page = await this.get<ProductPage>(`/v1/products?limit=${PAGE}&offset=${offset}`, authorization);
      const items = page.items ?? [];
      seen += items.length;
      all.push(...items.filter((product) => states.includes(product.status)));
      if (items.length < PAGE || seen >= (page.total ?? 0)) return all;
    }
  }

  /** The team owning a domain; CatalogMissing when the catalog knows no such domain. */
  async domainOwner(domain: string, authorization: string | undefined): Promise<string> {
    const body = await this.get<{ ownerTeamId?: string }>(`/v1/domains/${encodeURIComponent(domain)}`, authorization);
    if (!body.ownerTeamId) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered no owner team for domain '${domain}'.`);
    return body.ownerTeamId;
  }

  /** The current version's output ports with the ODCS documents of their contracts. */
  async publication(product: CatalogProduct, ownerTeamId: string, authorization: string | undefined): Promise<CatalogPublication> {
    const version = await this.currentVersion(product, authorization);
    const ports = await Promise.all(
      version.outputPorts.map(async (port) => {
        const contract = port.contractId ? version.contracts.find((c) => c.id === port.contractId) : undefined;
        const document = contract
          ? await this.get<Record<string, unknown>>(
              `/v1/contracts/${encodeURIComponent(product.domain)}/${encodeURIComponent(contract.id)}/versions/${encodeURIComponent(contract.version)}/document`,
              authorization,
            )
          : null;
        return { urn: port.urn, name: port.name, contract: document };
      }),
    );
    return { ownerTeamId, ports };
  }

  private async currentVersion(product: CatalogProduct, authorization: string | undefined): Promise<CatalogVersion> {
    const base = `/v1/products/${encodeURIComponent(product.domain)}/${encodeURIComponent(product.name)}`;
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.get<VersionPage>(`${base}/versions?limit=${PAGE}&offset=${offset}`, authorization);
      const items = page.items ?? [];
      const current = items.find((v) => v.version === product.currentVersion);
      if (current) return current;
      if (items.length < PAGE) throw new CatalogMissing(`the catalog lists no version ${product.currentVersion}`);
    }
  }

  /** The JSON body; 404 is CatalogMissing; anything else the catalog cannot answer is a 503. */
  private async get<T>(path: string, authorization: string | undefined): Promise<T> {
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
