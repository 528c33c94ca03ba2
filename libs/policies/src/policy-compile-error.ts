import type { RuleProblem } from './types';

/** A policy definition that cannot be saved: every problem names the offending part of the definition. */
export class PolicyCompileError extends Error {
  constructor(
    readonly policyId: string,
    readonly problems: RuleProblem[],
  ) {
    super(`policy ${policyId || '(without id)'} does not compile: ${problems.map((problem) => `${problem.pointer}: ${problem.detail}`).join('; ')}`);
    this.name = 'PolicyCompileError';
  }
}
