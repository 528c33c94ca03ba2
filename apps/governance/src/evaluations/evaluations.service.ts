import { Inject, Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { DescriptorError, parseDocument } from '@meshwork/descriptors';
import { AccessControl, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { type EvaluationInput, evaluatePolicies, type PolicyResult } from '@meshwork/policies';
import { ComplianceService } from '../compliance/compliance.service';
import { ActivePolicies } from '../policies/active-policies';
import { CatalogClient, CatalogMissing } from '../policies/catalog-client';
import { PolicyError, PolicyErrorCode } from '../policies/policy-error';
import { CLOCK, type Clock } from '../policies/policy-settings';
import type { DocumentInput, EvaluateDto, EvaluationSubjectDto } from './dto/evaluation.dto';

export interface EvaluationOutcome {
  results: PolicyResult[];
  blocking: number;
  warnings: number;
  passed: boolean;
  bundleVersion: string;
  evaluatedAt: string;
  recorded: boolean;
}

function document(value: DocumentInput, pointer: string): Record<string, unknown> {
  if (typeof value !== 'string') return value;
  let parsed: unknown;
  try {
    // The descriptors parser: YAML 1.2 core schema, aliases and nesting capped (no "billion laughs").
    parsed = parseDocument(value, 'yaml');
  } catch (error) {
    if (!(error instanceof DescriptorError)) throw error;
    const detail = `not YAML or JSON: ${error.message}`;
    throw new PolicyError(PolicyErrorCode.DOCUMENT_INVALID, `The document at ${pointer} cannot be read: ${detail}`, [{ pointer, detail }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PolicyError(PolicyErrorCode.DOCUMENT_INVALID, `The document at ${pointer} is not a mapping.`, [{ pointer, detail: 'must be a YAML mapping or JSON object' }]);
  }
  return parsed as Record<string, unknown>;
}

export function evaluationInput(body: Pick<EvaluateDto, 'product' | 'contracts' | 'previous'>): EvaluationInput {
  const input: EvaluationInput = {
    product: document(body.product, '/product'),
    contracts: (body.contracts ?? []).map((c, i) => document(c, `/contracts/${i}`)),
  };
  if (body.previous) {
    input.previous = {
      product: document(body.previous.product, '/previous/product'),
      contracts: (body.previous.contracts ?? []).map((c, i) => document(c, `/previous/contracts/${i}`)),
    };
  }
  return input;
}

/** Failing results counted by how they count now. */
export function summarize(results: PolicyResult[]): { blocking: number; warnings: number; passed: boolean } {
  const failing = results.filter((r) => r.outcome === 'fail' || r.outcome === 'error');
  const blocking = failing.filter((r) => r.effectiveSeverity === 'blocking').length;
  const warnings = failing.filter((r) => r.effectiveSeverity === 'warning').length;
  return { blocking, warnings, passed: blocking === 0 };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The product the record is about: the subject sent, or the product document's own domain, name and version. */
function subjectOf(body: EvaluateDto, input: EvaluationInput): EvaluationSubjectDto {
  if (body.subject) return body.subject;
  const domain = text(input.product.domain);
  const name = text(input.product.name);
  const version = text(input.product.version);
  if (domain && name && version) return { domain, name, version };
  throw new PolicyError(PolicyErrorCode.SUBJECT_REQUIRED, 'record: true needs the product named: send subject { domain, name, version } (the catalog path and version).', [
    { pointer: '/subject', detail: 'required when the product document has no domain, name and version' },
  ]);
}

@Injectable()
export class EvaluationsService {
  /**
   * A compliance sample speaks for a product: only who may publish it (a member of the team owning its domain, as the
   * catalog says, or a platform admin) may record one, so that nobody else can move a domain's scores.
   */
  private async requireRecorder(actor: Actor, domain: string, authorization: string | undefined): Promise<void> {
    if (this.access.can(actor, 'manage', 'all')) return;
    let ownerTeamId: string;
    try {
      ownerTeamId = await this.catalog.domainOwner(domain, authorization);
    } catch (error) {
      if (!(error instanceof CatalogMissing)) throw error;
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `record: true names domain '${domain}', which the catalog does not know.`, [{ pointer: '/subject/domain', detail: 'unknown domain' }]);
    }
    this.access.require(actor, 'update', asSubject('DataProduct', { domain, ownerTeamId }), `record compliance samples for domain '${domain}': only members of its owner team '${ownerTeamId}' or a platform admin may`);
  }

  constructor(
    private readonly active: ActivePolicies,
    private readonly compliance: ComplianceService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessControl,
    private readonly catalog: CatalogClient,
  ) {}

  async evaluate(body: EvaluateDto, actor: Actor, authorization: string | undefined): Promise<EvaluationOutcome> {
    const input = evaluationInput(body);
    const subject = body.record ? subjectOf(body, input) : undefined;
    if (subject) await this.requireRecorder(actor, subject.domain, authorization);
    const now = this.clock.now();
    const set = await this.active.compiled();
    const domain = body.subject?.domain;
    const results = evaluatePolicies(set.compiled, input, { now, ...(domain ? { domain } : {}) });
    const summary = summarize(results);
    // Compliance is about what is published: a version its blocking violations keep out is not a sample of the product.
    const recorded = subject !== undefined && summary.passed;
    if (recorded) await this.compliance.record(subject, results, summary, now);
    return { results, ...summary, bundleVersion: set.version, evaluatedAt: now.toISOString(), recorded };
  }
}
