import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import type { PolicyResult } from '@meshwork/policies';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';

/** A policy finding kept on a product version: a warning, or what blocked a publish. */
export interface PolicyFinding {
  policyId: string;
  policyVersion: number;
  policyName: string;
  /** How the finding counted when it was made (`blocking`, `warning` or `info`). */
  severity: string;
  /** JSON pointer into the product envelope `{ product, contracts }`. */
  pointer: string;
  message: string;
}

/** What is published: the product's place in the catalog and the documents of the version. */
export interface PublishCandidate {
  domain: string;
  name: string;
  version: string;
  product: Record<string, unknown>;
  contracts: Record<string, unknown>[];
}

const TIMEOUT_MS = 10_000;

/**
 * The publish gate: every publish (a product becoming `published`, or a new version of a published product) is
 * evaluated by the governance service. Blocking violations refuse it (422 listing each); warnings are kept on the
 * version. When governance cannot answer, publishing fails closed (503) and nothing changes. Without
 * MESHWORK_GOVERNANCE_URL the catalog publishes without evaluation, and says so at start.
 */
@Injectable()
export class GovernanceGate implements OnModuleInit {
  private readonly logger = new Logger(GovernanceGate.name);

  /** Read on every call, so a service pointed elsewhere follows its environment. */
  get baseUrl(): string | undefined {
    const url = process.env.MESHWORK_GOVERNANCE_URL?.trim();
    return url ? url.replace(/\/+$/, '') : undefined;
  }

  onModuleInit(): void {
    if (!this.baseUrl) this.logger.warn('MESHWORK_GOVERNANCE_URL is not set: data products are published without policy evaluation');
  }

  /** The findings to keep (warnings) when the candidate may be published; throws when it may not, or cannot be told. */
  async check(candidate: PublishCandidate, authorization: string | undefined): Promise<PolicyFinding[] | null> {
    const base = this.baseUrl;
    if (!base) return null;
    const where = `${candidate.domain}/${candidate.name} ${candidate.version}`;
    let response: Response;
    try {
      response = await fetch(`${base}/v1/evaluations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({
          product: candidate.product,
          contracts: candidate.contracts,
          subject: { domain: candidate.domain, name: candidate.name, version: candidate.version },
          record: true,
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PlatformError(
        PlatformErrorCode.UNAVAILABLE,
        `Publishing ${where} needs the governance service's evaluation, and ${base} cannot be reached (${error instanceof Error ? error.message : String(error)}); nothing was changed, try again later.`,
      );
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: unknown };
      const detail = typeof problem.detail === 'string' ? `: ${problem.detail}` : '';
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `Publishing ${where} needs the governance service's evaluation, which answered ${response.status}${detail}; nothing was changed.`);
    }
    const { results } = (await response.json()) as { results: PolicyResult[] };
    const findings = (result: PolicyResult, severity: string): PolicyFinding[] =>
      result.violations.map((v) => ({ policyId: result.policyId, policyVersion: result.version, policyName: result.name, severity, pointer: v.pointer, message: v.message }));
    const blocking = results.filter((r) => r.outcome === 'fail' && r.effectiveSeverity === 'blocking').flatMap((r) => findings(r, 'blocking'));
    if (blocking.length > 0) {
      throw new CatalogError(
        CatalogErrorCode.POLICY_VIOLATION,
        `Publishing ${where} is refused by ${blocking.length} blocking policy violation${blocking.length === 1 ? '' : 's'}: ${blocking
          .slice(0, 5)
          .map((f) => `[${f.policyId}] ${f.message}`)
          .join('; ')}${blocking.length > 5 ? '; …' : ''}.`,
        blocking.map((f) => ({ location: 'body', pointer: f.pointer, detail: `[${f.policyId}] ${f.message}` })),
      );
    }
    // A rule that could not be evaluated never blocks a publish: it is kept as a warning for the policy's authors.
    return results
      .filter((r) => r.outcome === 'fail' || r.outcome === 'error')
      .flatMap((r) => (r.outcome === 'error' ? findings(r, 'warning').map((f) => ({ ...f, message: `the rule could not be evaluated: ${f.message}` })) : findings(r, r.effectiveSeverity)));
  }
}
