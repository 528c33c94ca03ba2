import { Injectable } from '@nestjs/common';
import type { Actor } from '@meshwork/authz';
import { DomainError } from '@meshwork/platform';
import { CatalogClient, CatalogMissing } from './catalog-client';
import type { SyncErrorDto, SyncResultDto } from './dto/publication.dto';
import { addCounts, noCounts, PublicationsService } from './publications.service';

/** Deprecated products still serve their consumers, so their SLOs are kept up to date too. */
const SERVED_STATES = ['published', 'deprecated'] as const;

/** Applies every served product of the catalog, as if each had just been published, and retires the ports of the products it no longer serves. */
@Injectable()
export class SyncService {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly publications: PublicationsService,
  ) {}

  async sync(actor: Actor, authorization: string | undefined): Promise<SyncResultDto> {
    const products = await this.catalog.products(SERVED_STATES, authorization);
    const owners = new Map<string, string>();
    let counts = noCounts();
    let applied = 0;
    const errors: SyncErrorDto[] = [];
    for (const product of products) {
      try {
        const owner = owners.get(product.domain) ?? (await this.catalog.domainOwner(product.domain, authorization));
        owners.set(product.domain, owner);
        const publication = await this.catalog.publication(product, owner, authorization);
        counts = addCounts(counts, await this.publications.apply(actor, { domain: product.domain, name: product.name, version: product.currentVersion, ...publication }));
        applied += 1;
      } catch (error) {
        // One product that cannot be read or applied does not stop the others; an unreachable catalog does.
        if (!(error instanceof CatalogMissing) && !(error instanceof DomainError && error.status < 500)) throw error;
        errors.push({ domain: product.domain, name: product.name, detail: error instanceof DomainError ? error.detail : error.message });
      }
    }
    // A product the catalog no longer serves (retired, or gone) keeps no live objectives.
    const served = new Set(products.map((p) => `${p.domain}/${p.name}`));
    for (const known of await this.publications.liveProducts()) {
      if (!served.has(`${known.domain}/${known.name}`)) counts = addCounts(counts, await this.publications.retireProduct(actor, known.domain, known.name));
    }
    return { products: applied, ...counts, errors };
  }
}
