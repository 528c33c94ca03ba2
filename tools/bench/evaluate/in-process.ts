import { compilePolicy, evaluatePolicies, STARTER_POLICIES } from '@meshwork/policies';
import { benchInput } from './product';

export interface InProcessFigures {
  evaluationsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Evaluates the compiled starter policies on one realistic product over and over for `seconds`: one evaluation is
 * all policies on the whole product, as at publish time. Policies are compiled once, outside the measure.
 */
export function benchInProcess(seconds: number): InProcessFigures {
  const policies = STARTER_POLICIES.map(compilePolicy);
  const input = benchInput();
  const now = new Date('2026-01-01T00:00:00Z');
  assertAllPass(evaluatePolicies(policies, input, { now }));
  const durations: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let started = performance.now();
  while (started < deadline) {
    evaluatePolicies(policies, input, { now });
    const ended = performance.now();
    durations.push(ended - started);
    started = ended;
  }
  durations.sort((a, b) => a - b);
  const total = durations.reduce((sum, duration) => sum + duration, 0);
  return { evaluationsPerSecond: Math.round((durations.length / total) * 1000), p50Ms: percentile(durations, 0.5), p99Ms: percentile(durations, 0.99) };
}

/** A product that fails would measure the failure path; the bench product is meant to pass every policy. */
function assertAllPass(results: ReturnType<typeof evaluatePolicies>): void {
  const failing = results.filter((result) => result.outcome !== 'pass');
  if (failing.length > 0) throw new Error(`the bench product does not pass ${failing.map((result) => `${result.policyId} (${result.outcome}: ${result.violations[0]?.message})`).join(', ')}`);
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 1000) / 1000;
}
