import { Inject, Injectable } from '@nestjs/common';
import { type EvaluationInput, evaluatePolicies, type PolicyResult } from '@meshwork/policies';
import { parse } from 'yaml';
import { ComplianceService } from '../compliance/compliance.service';
import { ActivePolicies } from '../policies/active-policies';
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
    parsed = parse(value);
  } catch (error) {
    const detail = `not YAML or JSON: ${error instanceof Error ? error.message : String(error)}`;
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
  constructor(
    private readonly active: ActivePolicies,
    private readonly compliance: ComplianceService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async evaluate(body: EvaluateDto): Promise<EvaluationOutcome> {
    const input = evaluationInput(body);
    const subject = body.record ? subjectOf(body, input) : undefined;
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
