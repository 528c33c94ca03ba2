export * from './types';
export { compileAcceptedPolicy, compilePolicy, MAX_COMPREHENSION_NESTING, TRIAL_BUDGET_MS, type CompiledPolicy, type ElementVerdict } from './compile-policy';
export { evaluatePolicies, effectiveSeverity, EVALUATED_STATES, MAX_VIOLATIONS, type EvaluateOptions } from './evaluate-policies';
export { PolicyCompileError } from './policy-compile-error';
export { CEL_LIMITS, CEL_VARIABLES } from './cel-environment';
export type { ContractChangeFact } from './contract-changes';
export type { TargetElement } from './target-elements';
export { STARTER_POLICIES } from './starter-policies';
