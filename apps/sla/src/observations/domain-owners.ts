import { Inject, Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { type Clock, CLOCK } from '../clock';

export const DEFAULT_CATALOG_URL = 'http://127.0.0.1:3001';
/** A domain changes owner rarely; half a minute of staleness spares the catalog a request per batch. */
export const OWNER_TTL_MS = 30_000;
const TIMEOUT_MS = 10_000;

/** The domain is not in the catalog. */
export class UnknownDomain extends Error {}

interface Cached {
  owner: Promise<string>;
  expires: number;
}

/** Who owns a domain, as the catalog says, read over HTTP with the caller's token and kept 30 s per domain. */
@Injectable()
export class DomainOwners {
  private readonly cache = new Map<string, Cached>();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Read on every call, so a service pointed elsewhere follows its environment. */
  get baseUrl(): string {
    return (process.env.MESHWORK_CATALOG_URL || DEFAULT_CATALOG_URL).replace(/\/+$/, '');
  }

  /** The owner team; UnknownDomain when the catalog knows no such domain, a 503 when it cannot answer. */
  ownerOf(domain: string, authorization: string | undefined): Promise<string> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(domain);
    if (cached && cached.expires > now) return cached.owner;
    const owner = this.fetchOwner(domain, authorization);
    this.cache.set(domain, { owner, expires: now + OWNER_TTL_MS });
    // Only answers are kept: an unknown domain may be created the next minute, an outage may end.
    void owner.catch(() => this.cache.delete(domain));
    return owner;
  }

  private async fetchOwner(domain: string, authorization: string | undefined): Promise<string> {
    const path = `/v1/domains/${encodeURIComponent(domain)}`;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog at ${this.baseUrl} cannot be reached (${error instanceof Error ? error.message : String(error)}); try again later.`);
    }
    if (response.status === 404) throw new UnknownDomain(domain);
    if (!response.ok) throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered ${response.status} to GET ${path}; try again later.`);
    const body = (await response.json().catch(() => ({}))) as { ownerTeamId?: unknown };
    if (typeof body.ownerTeamId !== 'string' || body.ownerTeamId === '') throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `The catalog answered no owner team for domain '${domain}'.`);
    return body.ownerTeamId;
  }
}
