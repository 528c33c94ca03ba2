import { Inject, Injectable } from '@nestjs/common';
import { CatalogMissing, CatalogReader } from '@meshwork/platform';
import { type Clock, CLOCK } from '../clock';

/** A domain changes owner rarely; half a minute of staleness spares the catalog a request per batch. */
export const OWNER_TTL_MS = 30_000;

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
  private readonly catalog = new CatalogReader();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

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
    try {
      return await this.catalog.domainOwner(domain, authorization);
    } catch (error) {
      throw error instanceof CatalogMissing ? new UnknownDomain(domain) : error;
    }
  }
}
