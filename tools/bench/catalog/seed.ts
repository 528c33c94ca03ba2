import { setTimeout as sleep } from 'node:timers/promises';
import type { CatalogComponents } from '@meshwork/sdk';
import { type CatalogClient, UnexpectedAnswer } from './catalog-client';
import { assertValidEnvelope, productEnvelope } from './documents';
import type { MeshPlan, PlannedProduct } from './mesh-plan';

type RegisterResult = CatalogComponents['schemas']['RegisterProductResultDto'];
type ProductPage = CatalogComponents['schemas']['ProductPageDto'];
type Status = RegisterResult['status'];

export interface SeedReport {
  products: number;
  seconds: number;
  perSecond: number;
  /** 5xx answers that were retried; a healthy catalog gives none. */
  serverErrors: number;
  firstServerError?: string;
}

/** Registration is idempotent, so a product whose registration hit a server error is sent again, this often. */
const RETRIES = 3;

/** Generated documents are checked against the ODPS/ODCS schemas for this many products before they are sent. */
const VALIDATED_UP_FRONT = 25;

const STEPS: Record<PlannedProduct['lifecycle'], Status[]> = { draft: [], published: ['published'], deprecated: ['published', 'deprecated'] };

export async function countProducts(client: CatalogClient): Promise<number> {
  const page = await client.expect<ProductPage>('GET', '/v1/products?limit=1', undefined);
  return page.body?.total ?? 0;
}

async function createDomains(client: CatalogClient, plan: MeshPlan): Promise<void> {
  const domains = new Map(plan.products.map((p) => [p.domain.name, p.domain]));
  for (const domain of domains.values()) {
    const body = { name: domain.name, title: domain.title, ownerTeamId: `${domain.name}-data-team`, description: `Data products of ${domain.title}.` };
    await client.expect('POST', '/v1/domains', body, [409]);
  }
}

/** The lifecycle moves still needed from `current` (a re-run picks up where an earlier one stopped). */
function remainingSteps(product: PlannedProduct, current: Status): Status[] {
  const steps = STEPS[product.lifecycle];
  const done = steps.indexOf(current);
  return done >= 0 ? steps.slice(done + 1) : current === 'draft' ? steps : [];
}

async function seedProduct(client: CatalogClient, plan: MeshPlan, product: PlannedProduct): Promise<void> {
  const envelope = productEnvelope(plan, product);
  if (product.index < VALIDATED_UP_FRONT) assertValidEnvelope(envelope);
  const path = `/v1/products/${product.domain.name}/${product.name}`;
  const registered = await client.expect<RegisterResult>('PUT', path, envelope);
  for (const to of remainingSteps(product, registered.body?.status ?? 'draft')) {
    await client.expect('POST', `${path}/transitions`, { to, reason: 'seeded by the catalog benchmark' });
  }
}

/** Server errors met while seeding: retried so that the run goes on, and reported so that they are not missed. */
class ServerErrors {
  count = 0;
  first?: string;

  record(error: UnexpectedAnswer): void {
    this.count++;
    this.first ??= error.message;
  }
}

async function withRetries(work: () => Promise<void>, errors: ServerErrors): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof UnexpectedAnswer) || error.status < 500 || attempt > RETRIES) throw error;
      errors.record(error);
      await sleep(50 * attempt);
    }
  }
}

class Progress {
  private readonly started = Date.now();
  private done = 0;
  private nextReport: number;

  constructor(
    private readonly total: number,
    private readonly log: (line: string) => void,
  ) {
    this.nextReport = Math.ceil(total / 10);
  }

  tick(): void {
    this.done++;
    if (this.done < this.nextReport && this.done !== this.total) return;
    this.nextReport += Math.ceil(this.total / 10);
    const seconds = (Date.now() - this.started) / 1000;
    this.log(`  ${String(Math.round((this.done / this.total) * 100)).padStart(3)}%  ${this.done} products  ${seconds.toFixed(1)} s  ${(this.done / seconds).toFixed(0)} products/s`);
  }

  report(errors: ServerErrors): SeedReport {
    const seconds = (Date.now() - this.started) / 1000;
    return { products: this.done, seconds, perSecond: this.done / seconds, serverErrors: errors.count, firstServerError: errors.first };
  }
}

/**
 * Registers every planned product (then publishes or deprecates it) with `concurrency` requests in flight.
 * Products only reference earlier ones, and the catalog does not require an input's contract to exist yet,
 * so the order within the window does not matter.
 */
export async function seedMesh(client: CatalogClient, plan: MeshPlan, concurrency: number, log: (line: string) => void): Promise<SeedReport> {
  await createDomains(client, plan);
  const progress = new Progress(plan.products.length, log);
  const errors = new ServerErrors();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.products.length) {
      const product = plan.products[next++];
      try {
        await withRetries(() => seedProduct(client, plan, product), errors);
      } catch (error) {
        next = plan.products.length; // stop the other workers too
        throw error;
      }
      progress.tick();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return progress.report(errors);
}
