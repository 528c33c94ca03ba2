import { Inject, Injectable } from '@nestjs/common';
import { compileAcceptedPolicy, evaluatePolicies } from '@meshwork/policies';
import { CatalogClient, CatalogMissing, type CatalogProduct } from './catalog-client';
import type { DryRunErrorDto, DryRunFailureDto, DryRunResultDto } from './dto/dry-run.dto';
import { PoliciesService } from './policies.service';
import { CLOCK, type Clock } from './policy-settings';

const CONCURRENCY = 8;

function byProduct(a: { domain: string; name: string }, b: { domain: string; name: string }): number {
  return a.domain === b.domain ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.domain < b.domain ? -1 : 1;
}

/** Tries one policy version, drafts included, on every product of the catalog, as if it were in force. */
@Injectable()
export class DryRunService {
  constructor(
    private readonly policies: PoliciesService,
    private readonly catalog: CatalogClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(id: string, version: number | undefined, authorization: string | undefined): Promise<DryRunResultDto> {
    const view = await this.policies.get(id, version);
    const definition = view.version.definition;
    // Accepted when saved: the cost trial, whose verdict depends on the machine's load, is not run again.
    const compiled = compileAcceptedPolicy(definition);
    const products = await this.catalog.meshProducts(authorization);
    const failing: DryRunFailureDto[] = [];
    const errors: DryRunErrorDto[] = [];
    let evaluated = 0;
    const now = this.clock.now();
    const one = async (product: CatalogProduct): Promise<void> => {
      let submission;
      try {
        submission = await this.catalog.submission(product, authorization);
      } catch (error) {
        if (!(error instanceof CatalogMissing)) throw error;
        errors.push({ domain: product.domain, name: product.name, detail: error.message });
        return;
      }
      evaluated += 1;
      const [result] = evaluatePolicies([compiled], submission, { now, domain: product.domain, includeStates: [definition.state] });
      if (result && (result.outcome === 'fail' || result.outcome === 'error')) {
        failing.push({ domain: product.domain, name: product.name, version: product.currentVersion, outcome: result.outcome, violations: result.violations });
      }
    };
    for (let i = 0; i < products.length; i += CONCURRENCY) await Promise.all(products.slice(i, i + CONCURRENCY).map(one));
    return { policyId: id, version: definition.version, evaluated, failing: failing.sort(byProduct), errors: errors.sort(byProduct) };
  }
}
