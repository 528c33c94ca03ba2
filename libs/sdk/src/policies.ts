import { compileAcceptedPolicy, type CompiledPolicy, type EvaluationInput, evaluatePolicies, type PolicyDefinition, type PolicyResult } from '@meshwork/policies';
import type { MeshServices } from './client';
import { httpError } from './problem';
import { sentRequestOf } from './transport';

/** The governance bundle as the service sends it: every grace and enforced policy version. */
export interface PolicyBundle {
  version: string;
  generatedAt: string;
  policies: PolicyDefinition[];
}

export interface LocalEvaluation {
  results: PolicyResult[];
  blocking: number;
  warnings: number;
  /** False when any policy that counts as blocking now fails: the catalog would refuse to publish. */
  passed: boolean;
  /** The bundle the results come from. */
  bundleVersion: string;
}

/**
 * Evaluates descriptors against the mesh's policies inside the domain's own code or CI, with the same engine and the
 * same results as the governance service: the bundle is fetched once, then again only when it may have changed
 * (`If-None-Match`, at most every `refreshSeconds`, default 60).
 */
export class PolicyEvaluator {
  private bundle: { body: PolicyBundle; compiled: CompiledPolicy[] } | undefined;
  private fetchedAt = 0;

  constructor(
    private readonly governance: MeshServices['governance'],
    private readonly options: { refreshSeconds?: number } = {},
  ) {}

  async evaluate(input: EvaluationInput, options: { now?: Date; domain?: string } = {}): Promise<LocalEvaluation> {
    const { body, compiled } = await this.current();
    const results = evaluatePolicies(compiled, input, options);
    const failing = (severity: string) => results.filter((r) => r.outcome === 'fail' && r.effectiveSeverity === severity).length;
    const blocking = failing('blocking');
    return { results, blocking, warnings: failing('warning'), passed: blocking === 0, bundleVersion: body.version };
  }

  private async current(): Promise<{ body: PolicyBundle; compiled: CompiledPolicy[] }> {
    const maxAge = (this.options.refreshSeconds ?? 60) * 1000;
    if (this.bundle && Date.now() - this.fetchedAt < maxAge) return this.bundle;
    const headers = this.bundle ? { 'if-none-match': `"${this.bundle.body.version}"` } : undefined;
    const { data, error, response } = await this.governance.raw.GET('/v1/bundle', { headers });
    this.fetchedAt = Date.now();
    if (response.status === 304 && this.bundle) return this.bundle;
    if (!response.ok || data === undefined) {
      throw httpError(sentRequestOf(response) ?? { method: 'GET', url: response.url, attempts: 1 }, response.status, error, 'getPolicyBundle');
    }
    const body = data as unknown as PolicyBundle;
    // The service accepted these policies when they were saved: they are loaded without the save-time cost trial.
    this.bundle = { body, compiled: body.policies.map((policy) => compileAcceptedPolicy(policy)) };
    return this.bundle;
  }
}
