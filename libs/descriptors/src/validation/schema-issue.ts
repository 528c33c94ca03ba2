import type { ErrorObject } from 'ajv';

/** One reason why a document does not conform to its standard's JSON Schema. */
export interface SchemaIssue {
  /** RFC 6901 JSON Pointer into the submitted document; for a missing or unknown property, that property's own pointer. */
  pointer: string;
  /** Human-readable and precise, e.g. `must be one of: string, date, number`. */
  message: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `type`, ...), or `apiVersion` / `kind` for routing. */
  keyword: string;
}

/** Escapes one property name as a JSON Pointer reference token (RFC 6901). */
export function pointerToken(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Turns ajv's allErrors output into what a person should read: `if` failures and the annotation cascade of
 * `unevaluatedProperties` removed, the failing alternatives of anyOf/oneOf reduced to the one that fits, type
 * alternatives merged, duplicates dropped, and the errors about values ahead of those about shapes.
 * `declaredNames` are the property names the schema declares anywhere.
 */
export function toSchemaIssues(errors: readonly ErrorObject[], declaredNames: ReadonlySet<string>): SchemaIssue[] {
  const relevant = errors.filter((error) => error.keyword !== 'if' && error.keyword !== '$ref');
  const kept = dropCombinatorNoise(dropUnevaluatedCascade(relevant, declaredNames));
  const issues = mergeTypeAlternatives(kept.map(toIssue));
  return sortByRank(uniqueIssues(issues));
}

function dropUnevaluatedCascade(errors: ErrorObject[], declaredNames: ReadonlySet<string>): ErrorObject[] {
  return errors.filter((error) => {
    if (error.keyword !== 'unevaluatedProperties') return true;
    const name = String(error.params['unevaluatedProperty']);
    // A known property reported as unevaluated next to a real error below it only lost its annotation.
    return !declaredNames.has(name) || !hasOtherErrorWithin(errors, error.instancePath);
  });
}

function hasOtherErrorWithin(errors: ErrorObject[], path: string): boolean {
  return errors.some(
    (other) => other.keyword !== 'unevaluatedProperties' && isWithin(other.instancePath, path) && !isCombinator(other),
  );
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function isCombinator(error: ErrorObject): boolean {
  return error.keyword === 'anyOf' || error.keyword === 'oneOf';
}

function dropCombinatorNoise(errors: ErrorObject[]): ErrorObject[] {
  let result = errors;
  for (const combinator of errors.filter(isCombinator)) {
    result = isAmbiguousMatch(combinator)
      ? dropFailedAlternatives(result, combinator)
      : dropMisfitAlternatives(result, combinator);
  }
  return result;
}

// oneOf failed because several alternatives matched: the errors of the others are not the user's problem.
function isAmbiguousMatch(error: ErrorObject): boolean {
  return error.keyword === 'oneOf' && Array.isArray(error.params['passingSchemas']);
}

function dropFailedAlternatives(errors: ErrorObject[], combinator: ErrorObject): ErrorObject[] {
  const prefix = `${combinator.schemaPath}/`;
  return errors.filter((error) => !error.schemaPath.startsWith(prefix));
}

// When one alternative fits the value's shape and fails inside it, the alternatives of other types are noise.
function dropMisfitAlternatives(errors: ErrorObject[], combinator: ErrorObject): ErrorObject[] {
  const path = combinator.instancePath;
  const hasSpecificError = errors.some(
    (error) => error !== combinator && isWithin(error.instancePath, path) && !isShapeError(error, path),
  );
  const hasTypeAlternatives = errors.some((error) => error.keyword === 'type' && error.instancePath === path);
  if (!hasSpecificError && !hasTypeAlternatives) return errors;
  return errors.filter((error) => error !== combinator && !(hasSpecificError && isShapeError(error, path)));
}

function isShapeError(error: ErrorObject, path: string): boolean {
  return error.instancePath === path && (error.keyword === 'type' || isCombinator(error));
}

function toIssue(error: ErrorObject): SchemaIssue {
  const property = namedProperty(error);
  const pointer = property === undefined ? error.instancePath : `${error.instancePath}/${pointerToken(property)}`;
  return { pointer, message: describe(error), keyword: error.keyword };
}

function namedProperty(error: ErrorObject): string | undefined {
  const name = error.params['missingProperty'] ?? error.params['additionalProperty'] ?? error.params['unevaluatedProperty'];
  return name === undefined ? undefined : String(name);
}

function describe(error: ErrorObject): string {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return `required property "${String(params['missingProperty'])}" is missing`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `property "${String(namedProperty(error))}" is not allowed here (custom data belongs in customProperties)`;
    case 'enum':
      return `must be one of: ${(params['allowedValues'] as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'oneOf':
      return isAmbiguousMatch(error)
        ? `must match exactly one alternative, but matches ${(params['passingSchemas'] as number[]).length}${schemaHint(error)}`
        : `must match exactly one alternative${schemaHint(error)}`;
    case 'anyOf':
      return `must match at least one alternative${schemaHint(error)}`;
    case 'not':
      return `must not match the excluded shape${schemaHint(error)}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

// With verbose errors ajv passes the failing schema; its description often says what was meant.
function schemaHint(error: ErrorObject): string {
  const description: unknown = (error.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? ` (${description})` : '';
}

function mergeTypeAlternatives(issues: SchemaIssue[]): SchemaIssue[] {
  const types = new Map<string, string[]>();
  for (const issue of issues.filter((each) => each.keyword === 'type')) {
    types.set(issue.pointer, [...(types.get(issue.pointer) ?? []), issue.message.replace(/^must be /, '')]);
  }
  return issues.map((issue) => {
    const alternatives = types.get(issue.pointer);
    if (issue.keyword !== 'type' || !alternatives || alternatives.length < 2) return issue;
    return { ...issue, message: `must be ${joinAlternatives(alternatives)}` };
  });
}

function joinAlternatives(words: string[]): string {
  const unique = [...new Set(words)];
  return unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

function uniqueIssues(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Errors about a value come first; "no alternative fits" and "unknown property" are usually consequences.
const LATE_KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['anyOf', 1],
  ['oneOf', 1],
  ['not', 1],
  ['additionalProperties', 2],
  ['unevaluatedProperties', 2],
]);

function sortByRank(issues: SchemaIssue[]): SchemaIssue[] {
  const rank = (issue: SchemaIssue): number => LATE_KEYWORDS.get(issue.keyword) ?? 0;
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}
