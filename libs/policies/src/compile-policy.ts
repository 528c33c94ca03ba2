import type { Environment } from '@marcbachmann/cel-js';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { celEnvironment, CEL_VARIABLES } from './cel-environment';
import { PolicyCompileError } from './policy-compile-error';
import { stressInput } from './stress-input';
import { errorText, TargetElements, type TargetElement } from './target-elements';
import { POLICY_STATES, POLICY_TARGETS, SEVERITIES, type PolicyDefinition, type PolicyRule, type RuleProblem } from './types';

/** The verdict of a rule on one element. */
export type ElementVerdict = { outcome: 'pass' } | { outcome: 'fail'; violations: { pointer: string; message: string }[] } | { outcome: 'error'; message: string };

/** A policy whose rule compiled, ready to evaluate; build it with compilePolicy. */
export interface CompiledPolicy {
  readonly definition: PolicyDefinition;
  /** Evaluates the rule on one element; never throws. */
  readonly evaluate: (element: TargetElement) => ElementVerdict;
}

/** Comprehensions (`all`, `exists`, `exists_one`, `map`, `filter`) inside one another: beyond this, cost is cubic. */
export const MAX_COMPREHENSION_NESTING = 2;
/** The longest a trial evaluation on the stress input may take. */
export const TRIAL_BUDGET_MS = 50;
/** Growing stress inputs: an exploding rule is stopped at the first size over budget, before the largest. */
const TRIAL_SIZES = [20, 60, 200];

const COMPREHENSIONS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks a policy definition and compiles its rule, as when it is saved: throws PolicyCompileError listing every
 * problem (a rule that does not parse or type-check, reads a variable its target does not provide, is too large,
 * nests comprehensions too deeply or is too slow on a large product; an invalid scope or grace date).
 */
export function compilePolicy(definition: PolicyDefinition): CompiledPolicy {
  return compile(definition, true);
}

/**
 * Compiles a policy accepted before (read from the store, or from a bundle) with every check but the cost trial:
 * the trial's verdict depends on how busy the machine is, and a policy must not stop loading because of it.
 */
export function compileAcceptedPolicy(definition: PolicyDefinition): CompiledPolicy {
  return compile(definition, false);
}

function compile(definition: PolicyDefinition, costTrial: boolean): CompiledPolicy {
  const problems = definitionProblems(definition);
  if (!POLICY_TARGETS.includes(definition.target)) throw new PolicyCompileError(definition.id, problems);
  const compiled = compileRule(definition.rule, definition.target, definition.name);
  problems.push(...compiled.problems);
  if (costTrial && compiled.evaluate && compiled.problems.length === 0 && definition.rule.kind === 'cel') problems.push(...trialProblems(definition.target, compiled.evaluate));
  if (problems.length > 0 || !compiled.evaluate) throw new PolicyCompileError(definition.id, problems);
  return { definition, evaluate: compiled.evaluate };
}

function definitionProblems(definition: PolicyDefinition): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const problem = (pointer: string, detail: string) => problems.push({ pointer, detail });
  if (typeof definition.id !== 'string' || !KEBAB_CASE.test(definition.id)) problem('/id', `id ${JSON.stringify(definition.id)} is not kebab-case (e.g. product-has-owner)`);
  if (!Number.isSafeInteger(definition.version) || definition.version < 1) problem('/version', `version ${JSON.stringify(definition.version)} is not a whole number from 1`);
  if (!SEVERITIES.includes(definition.severity)) problem('/severity', `severity ${JSON.stringify(definition.severity)} is not one of ${SEVERITIES.join(', ')}`);
  if (!POLICY_TARGETS.includes(definition.target)) problem('/target', `target ${JSON.stringify(definition.target)} is not one of ${POLICY_TARGETS.join(', ')}`);
  if (!POLICY_STATES.includes(definition.state)) problem('/state', `state ${JSON.stringify(definition.state)} is not one of ${POLICY_STATES.join(', ')}`);
  problems.push(...scopeProblems(definition.scope), ...graceProblems(definition));
  return problems;
}

function scopeProblems(scope: unknown): RuleProblem[] {
  if (scope === 'all') return [];
  if (!Array.isArray(scope)) return [{ pointer: '/scope', detail: `scope must be "all" or a list of domain names, got ${JSON.stringify(scope)}` }];
  if (scope.length === 0) return [{ pointer: '/scope', detail: 'scope lists no domain: use "all" or name at least one domain' }];
  return scope.flatMap((domain: unknown, i) =>
    typeof domain === 'string' && domain.trim() !== '' ? [] : [{ pointer: `/scope/${i}`, detail: `domain ${JSON.stringify(domain)} is not a domain name` }],
  );
}

function graceProblems(definition: PolicyDefinition): RuleProblem[] {
  const { graceUntil, state } = definition;
  if (graceUntil === undefined) return state === 'grace' ? [{ pointer: '/graceUntil', detail: 'a policy in grace needs graceUntil, the instant its failures start to count as declared' }] : [];
  if (typeof graceUntil !== 'string' || !ISO_INSTANT.test(graceUntil) || Number.isNaN(Date.parse(graceUntil))) {
    return [{ pointer: '/graceUntil', detail: `graceUntil ${JSON.stringify(graceUntil)} is not an ISO 8601 instant with a zone (e.g. 2026-01-31T00:00:00Z)` }];
  }
  return [];
}

interface CompiledRule {
  problems: RuleProblem[];
  evaluate?: (element: TargetElement) => ElementVerdict;
}

function compileRule(rule: PolicyRule, target: PolicyDefinition['target'], policyName: string): CompiledRule {
  if (rule?.kind === 'cel') return compileCel(rule.expression, target, rule.message ?? policyName);
  if (rule?.kind === 'json-schema') return compileJsonSchema(rule.schema, rule.message);
  return { problems: [{ pointer: '/rule/kind', detail: `rule kind ${JSON.stringify((rule as { kind?: unknown })?.kind)} is not cel or json-schema` }] };
}

type ParsedCel = ReturnType<Environment['parse']>;

function compileCel(expression: string, target: PolicyDefinition['target'], failMessage: string): CompiledRule {
  const pointer = '/rule/expression';
  if (typeof expression !== 'string' || expression.trim() === '') return { problems: [{ pointer, detail: 'the expression is empty' }] };
  let parsed: ParsedCel;
  try {
    parsed = celEnvironment(target).parse(expression);
  } catch (error) {
    return { problems: [{ pointer, detail: `does not parse: ${celErrorText(error)}` }] };
  }
  const checked = parsed.check();
  if (!checked.valid) {
    const known = Object.keys(CEL_VARIABLES[target]).join(', ');
    return { problems: [{ pointer, detail: `does not type-check: ${celErrorText(checked.error)} (variables of target ${target}: ${known})` }] };
  }
  if (!['bool', 'string', 'dyn'].includes(String(checked.type))) {
    return { problems: [{ pointer, detail: `yields ${String(checked.type)}: a rule must yield a bool (pass/fail) or a string (the failure message)` }] };
  }
  const nesting = comprehensionNesting(parsed.ast);
  if (nesting > MAX_COMPREHENSION_NESTING) {
    return { problems: [{ pointer, detail: `nests ${nesting} comprehensions (all/exists/exists_one/map/filter) inside one another; at most ${MAX_COMPREHENSION_NESTING} are allowed` }] };
  }
  const reads = readVariables(parsed.ast);
  return { problems: [], evaluate: (element) => evaluateCel(parsed, reads, element, failMessage) };
}

function evaluateCel(parsed: ParsedCel, reads: Set<string>, element: TargetElement, failMessage: string): ElementVerdict {
  if (element.unavailable && reads.has(element.unavailable.variable)) return { outcome: 'error', message: element.unavailable.reason };
  let result: unknown;
  try {
    result = parsed(element.variables);
  } catch (error) {
    return { outcome: 'error', message: `the rule failed on this element: ${errorText(error)}` };
  }
  if (result === true) return { outcome: 'pass' };
  if (result === false) return { outcome: 'fail', violations: [{ pointer: element.pointer, message: failMessage }] };
  if (typeof result === 'string') return { outcome: 'fail', violations: [{ pointer: element.pointer, message: result }] };
  return { outcome: 'error', message: `the rule yielded ${describeValue(result)}, not a bool or a string` };
}

function compileJsonSchema(schema: Record<string, unknown>, message: string | undefined): CompiledRule {
  const pointer = '/rule/schema';
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return { problems: [{ pointer, detail: 'the schema must be a JSON object' }] };
  const ajv = new Ajv2019({ strict: true, allErrors: true });
  addFormats(ajv);
  let validate: ReturnType<typeof ajv.compile>;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    return { problems: [{ pointer, detail: `is not a valid JSON Schema (draft 2019-09, strict): ${errorText(error)}` }] };
  }
  return {
    problems: [],
    evaluate: (element) => {
      try {
        if (validate(element.value)) return { outcome: 'pass' };
        const violations = (validate.errors ?? []).map((error) => {
          const detail = `${error.instancePath || '(the element)'} ${error.message ?? 'is invalid'}`;
          return { pointer: `${element.pointer}${error.instancePath}`, message: message ? `${message}: ${detail}` : detail };
        });
        return { outcome: 'fail', violations };
      } catch (error) {
        return { outcome: 'error', message: `the schema failed on this element: ${errorText(error)}` };
      }
    },
  };
}

const stressBySize = new Map<number, TargetElements>();

/** Stress inputs are built once per process: building the largest costs more than most trials. */
function stressElements(size: number): TargetElements {
  let elements = stressBySize.get(size);
  if (!elements) {
    elements = new TargetElements(stressInput(size));
    stressBySize.set(size, elements);
  }
  return elements;
}

/** Evaluates the rule once per target on growing stress inputs; errors do not matter here, only time does. */
function trialProblems(target: PolicyDefinition['target'], evaluate: (element: TargetElement) => ElementVerdict): RuleProblem[] {
  for (const size of TRIAL_SIZES) {
    const [element] = stressElements(size).of(target);
    let elapsed = timed(() => evaluate(element));
    // A garbage collection or a busy machine can stretch one run; a rule that is really too slow is slow twice.
    if (elapsed > TRIAL_BUDGET_MS && elapsed < 10 * TRIAL_BUDGET_MS) elapsed = Math.min(elapsed, timed(() => evaluate(element)));
    if (elapsed > TRIAL_BUDGET_MS) {
      return [
        {
          pointer: '/rule/expression',
          detail: `too costly: one evaluation on a product of ${size} output ports and contracts, ${size} properties in one, took ${Math.round(elapsed)} ms (budget ${TRIAL_BUDGET_MS} ms); avoid comparing every element with every other`,
        },
      ];
    }
  }
  return [];
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

interface AstLike {
  op: string;
  args: unknown;
}

function isAst(value: unknown): value is AstLike {
  return value !== null && typeof value === 'object' && typeof (value as AstLike).op === 'string' && 'args' in value;
}

/** Depth of comprehensions within one another's bodies; a chain (`filter(...).map(...)`) does not nest. */
function comprehensionNesting(node: unknown): number {
  if (Array.isArray(node)) return Math.max(0, ...node.map(comprehensionNesting));
  if (!isAst(node)) return 0;
  const args = Array.isArray(node.args) ? node.args : [node.args];
  if (node.op === 'rcall' && typeof args[0] === 'string' && COMPREHENSIONS.has(args[0])) {
    return Math.max(comprehensionNesting(args[1]), 1 + comprehensionNesting(args.slice(2)));
  }
  return Math.max(0, ...args.map(comprehensionNesting));
}

/** The identifiers an expression reads (variables, and loop variables, which shadow nothing that matters here). */
function readVariables(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((each) => readVariables(each, found));
  else if (isAst(node)) {
    if (node.op === 'id' && typeof node.args === 'string') found.add(node.args);
    else readVariables(node.args, found);
  }
  return found;
}

function celErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { summary, range } = error as Error & { summary?: string; range?: { start: number; end: number } };
  const text = summary ?? error.message.split('\n')[0];
  return range ? `${text} (at position ${range.start})` : text;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `the int ${value}`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `the ${typeof value} ${String(value)}`;
}
