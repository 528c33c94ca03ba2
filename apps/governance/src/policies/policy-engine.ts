import { type CompiledPolicy, compilePolicy, type PolicyDefinition, PolicyCompileError } from '@meshwork/policies';
import { PolicyError, PolicyErrorCode } from './policy-error';

/** Compiles a definition about to be saved; a rule that does not compile or is too costly is the caller's 400. */
export function compileForSave(definition: PolicyDefinition): CompiledPolicy {
  try {
    return compilePolicy(definition);
  } catch (error) {
    if (!(error instanceof PolicyCompileError)) throw error;
    const errors = error.problems.map((p) => ({ location: 'body' as const, pointer: p.pointer, detail: p.detail }));
    throw new PolicyError(PolicyErrorCode.RULE_INVALID, `The rule of policy '${definition.id}' cannot be used: ${error.problems.map((p) => `${p.pointer}: ${p.detail}`).join('; ')}`, errors);
  }
}
