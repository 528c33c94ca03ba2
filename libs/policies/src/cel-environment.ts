import { Environment } from '@marcbachmann/cel-js';
import type { PolicyTarget } from './types';

/** Structural limits checked when a rule is parsed: a policy is a predicate, not a program. */
export const CEL_LIMITS = { maxAstNodes: 400, maxDepth: 32, maxListElements: 200, maxMapEntries: 100, maxCallArguments: 16 } as const;

/** The variables a rule may use, per target; nullable ones are `dyn` so that `x == null` type-checks. */
export const CEL_VARIABLES: Readonly<Record<PolicyTarget, Readonly<Record<string, string>>>> = {
  product: { product: 'map', contracts: 'list', previous: 'dyn', changes: 'list' },
  contract: { contract: 'map', product: 'map' },
  'output-port': { port: 'map', product: 'map', contract: 'dyn' },
  'schema-property': { property: 'map', object: 'map', contract: 'map', product: 'map', port: 'dyn' },
};

const environments = new Map<PolicyTarget, Environment>();

/** One environment per target, built once: building one is the costly part of the library. */
export function celEnvironment(target: PolicyTarget): Environment {
  const existing = environments.get(target);
  if (existing) return existing;
  // Without unlistedVariablesAreDyn, a variable the target does not provide fails the type check.
  const environment = new Environment({ unlistedVariablesAreDyn: false, homogeneousAggregateLiterals: false, limits: CEL_LIMITS });
  for (const [name, type] of Object.entries(CEL_VARIABLES[target])) environment.registerVariable(name, type);
  environments.set(target, environment);
  return environment;
}
