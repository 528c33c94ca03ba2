import type { CompiledPolicy } from './compile-policy';
import { TargetElements } from './target-elements';
import type { EvaluationInput, PolicyDefinition, PolicyOutcome, PolicyResult, PolicyState, Severity, Violation } from './types';

/** Failures kept per policy: enough to fix a product, bounded for a response body. */
export const MAX_VIOLATIONS = 100;

/** The states evaluated at publish time. */
export const EVALUATED_STATES: readonly PolicyState[] = ['grace', 'enforced'];

export interface EvaluateOptions {
  /** The instant grace periods are measured against; the current time when absent. */
  now?: Date;
  /** The product's domain when the document does not say it (`product.domain` otherwise). */
  domain?: string;
  /** Which states to evaluate: grace and enforced unless told (a dry run of a draft passes ['draft']). */
  includeStates?: readonly PolicyState[];
}

/**
 * Evaluates each policy once per element of its target, in the order given: one result per policy in an included
 * state. Pure and synchronous; a rule that fails to evaluate yields outcome `error`, never an exception.
 */
export function evaluatePolicies(policies: readonly CompiledPolicy[], input: EvaluationInput, options: EvaluateOptions = {}): PolicyResult[] {
  const now = options.now ?? new Date();
  const states = options.includeStates ?? EVALUATED_STATES;
  const domain = options.domain ?? (typeof input.product['domain'] === 'string' ? input.product['domain'] : undefined);
  const elements = new TargetElements(input);
  return policies.filter((policy) => states.includes(policy.definition.state)).map((policy) => evaluateOne(policy, elements, domain, now));
}

function evaluateOne(policy: CompiledPolicy, elements: TargetElements, domain: string | undefined, now: Date): PolicyResult {
  const { definition } = policy;
  const base = resultBase(definition, now);
  if (!inScope(definition.scope, domain)) return { ...base, outcome: 'not-applicable', violations: [], evaluated: 0 };
  const targets = elements.of(definition.target);
  if (targets.length === 0) return { ...base, outcome: 'not-applicable', violations: [], evaluated: 0 };
  const violations: Violation[] = [];
  let outcome: PolicyOutcome = 'pass';
  for (const element of targets) {
    const verdict = policy.evaluate(element);
    if (verdict.outcome === 'pass') continue;
    if (verdict.outcome === 'error') {
      outcome = 'error';
      violations.push({ pointer: element.pointer, message: verdict.message });
    } else {
      if (outcome === 'pass') outcome = 'fail';
      violations.push(...verdict.violations);
    }
  }
  return { ...base, outcome, violations: violations.slice(0, MAX_VIOLATIONS), evaluated: targets.length };
}

function resultBase(definition: PolicyDefinition, now: Date): Omit<PolicyResult, 'outcome' | 'violations' | 'evaluated'> {
  return {
    policyId: definition.id,
    version: definition.version,
    name: definition.name,
    severity: definition.severity,
    effectiveSeverity: effectiveSeverity(definition, now),
    state: definition.state,
  };
}

/** A blocking policy in grace counts as a warning until its graceUntil instant; otherwise as declared. */
export function effectiveSeverity(definition: Pick<PolicyDefinition, 'severity' | 'state' | 'graceUntil'>, now: Date): Severity {
  if (definition.severity !== 'blocking' || definition.state !== 'grace' || definition.graceUntil === undefined) return definition.severity;
  return Date.parse(definition.graceUntil) > now.getTime() ? 'warning' : 'blocking';
}

function inScope(scope: PolicyDefinition['scope'], domain: string | undefined): boolean {
  if (scope === 'all') return true;
  return domain !== undefined && scope.includes(domain);
}
