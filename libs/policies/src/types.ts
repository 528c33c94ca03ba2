/**
 * Policies as code: the model shared by the governance service, the catalog's publish gate, the SDK and the CLI.
 * A policy's rule is evaluated over an evaluation input (a product document and its contracts, as submitted) once
 * per element of its target kind; every failure names the element by a JSON pointer into that input.
 */

export const SEVERITIES = ['info', 'warning', 'blocking'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a rule is evaluated on, once per element: the product, each contract, each output port, each schema property. */
export const POLICY_TARGETS = ['product', 'contract', 'output-port', 'schema-property'] as const;
export type PolicyTarget = (typeof POLICY_TARGETS)[number];

/** draft → grace → enforced → retired. Only grace and enforced policies are evaluated at publish time. */
export const POLICY_STATES = ['draft', 'grace', 'enforced', 'retired'] as const;
export type PolicyState = (typeof POLICY_STATES)[number];

/**
 * A CEL expression (Common Expression Language) that yields `true` (passes), `false` (fails with the policy's
 * message) or a string (fails with that string as the message); or a JSON Schema (draft 2019-09) the target element
 * must satisfy, each schema error becoming a failure at its own pointer.
 */
export type PolicyRule = { kind: 'cel'; expression: string; message?: string } | { kind: 'json-schema'; schema: Record<string, unknown>; message?: string };

/** A policy as stored and shipped in bundles: one version of it. */
export interface PolicyDefinition {
  /** Stable kebab-case id, e.g. `product-has-owner`. */
  id: string;
  /** 1, 2, 3…: an enforced policy is never edited in place, a new version is made. */
  version: number;
  name: string;
  description: string;
  /** Why the policy exists (a link to the standard or decision record). */
  rationaleUrl?: string;
  severity: Severity;
  target: PolicyTarget;
  /** Domains the policy applies to; `all` for the whole mesh. */
  scope: 'all' | string[];
  rule: PolicyRule;
  state: PolicyState;
  /** In `grace`, blocking failures count as warnings until this instant (ISO 8601); after it, as blocking. */
  graceUntil?: string;
}

/** What is evaluated: a product document (ODPS) and the contracts (ODCS v3) of its ports, as JSON values. */
export interface EvaluationInput {
  product: Record<string, unknown>;
  contracts: Record<string, unknown>[];
  /** The version published before, when there is one: rules may compare (`previous.contracts`, breaking changes). */
  previous?: { product: Record<string, unknown>; contracts: Record<string, unknown>[] };
}

/** One element that fails a rule. */
export interface Violation {
  /** JSON pointer into the EvaluationInput, e.g. `/contracts/0/schema/1/properties/3`. */
  pointer: string;
  message: string;
}

export type PolicyOutcome = 'pass' | 'fail' | 'not-applicable' | 'error';

/** The result of one policy on one input. */
export interface PolicyResult {
  policyId: string;
  version: number;
  name: string;
  /** As declared. */
  severity: Severity;
  /** As it counts now: a blocking policy in grace before its date counts as a warning. */
  effectiveSeverity: Severity;
  state: PolicyState;
  outcome: PolicyOutcome;
  /** Failures, at most 100 per policy; empty unless `outcome` is `fail` or `error`. */
  violations: Violation[];
  /** How many elements of the target kind were evaluated. */
  evaluated: number;
}

/** A problem with a rule found when it is saved: it does not compile, or it is too costly to evaluate. */
export interface RuleProblem {
  /** Pointer into the policy definition, e.g. `/rule/expression`. */
  pointer: string;
  detail: string;
}
