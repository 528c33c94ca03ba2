import { booleanOption, type Command } from '../command';
import { type DescriptorFile, readDescriptor } from '../documents';
import { ExitCode, usageError } from '../exit-codes';
import { evaluate, loadBundle, type PolicyReport, policySummary, violationLines } from '../governance';

export interface LintResult {
  passed: boolean;
  files: { path: string; kind: string | null; issues: { pointer: string; message: string; keyword: string }[] }[];
  /** Absent with --schema-only. */
  policies?: PolicyReport & { productPoliciesSkipped: boolean };
}

function render(result: LintResult): string[] {
  const lines: string[] = [];
  for (const file of result.files) {
    if (!file.issues.length) lines.push(`${file.path}: valid ${file.kind === 'product' ? 'ODPS data product' : 'ODCS data contract'}`);
    else lines.push(`${file.path}: ${file.issues.length} schema issue${file.issues.length === 1 ? '' : 's'}`, ...file.issues.map((i) => `  ${i.pointer || '/'}: ${i.message}`));
  }
  const policies = result.policies;
  if (policies) {
    if (policies.violations.length) lines.push('Policy violations (severity, policy, pointer, message):', ...violationLines(policies));
    lines.push(`Governance: ${policySummary(policies)}`);
    if (policies.productPoliciesSkipped) lines.push('  (no data product given: the policies on products and output ports were not evaluated)');
  }
  lines.push(result.passed ? 'Lint passed.' : 'Lint failed.');
  return lines;
}

function split(files: DescriptorFile[]): { product: DescriptorFile | undefined; contracts: DescriptorFile[] } {
  const products = files.filter((f) => f.kind === 'product');
  if (products.length > 1) throw usageError(`lint one data product at a time (with its contracts): ${products.map((p) => p.path).join(', ')} are all products`);
  return { product: products[0], contracts: files.filter((f) => f.kind === 'contract') };
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Validate ODPS/ODCS files against their standards and the mesh policies (offline with the cached bundle)',
  args: '<file> [files…] [--offline] [options]',
  description: [
    'Validates each file against the JSON Schema of its standard (ODPS v1 for `kind: DataProduct`, ODCS v3 for',
    "`kind: DataContract`) and evaluates the mesh's policies on them in process. Give a data product and its contracts",
    'together to judge them as the catalog will; contracts alone are judged by the contract and field policies only.',
    'The governance bundle is fetched when the mesh is reachable (and cached in ~/.cache/meshwork/governance-bundle.json);',
    'offline, without credentials, or with --offline, the cached bundle is used.',
  ].join('\n'),
  options: {
    offline: { type: 'boolean', description: 'Do not contact the mesh: use the cached governance bundle.' },
    'schema-only': { type: 'boolean', description: 'Validate against the standards only; no policies.' },
  },
  positionals: { min: 1, names: 'one or more descriptor files (ODPS or ODCS, YAML or JSON)' },
  examples: ['meshwork lint product.odps.yaml', 'meshwork lint product.odps.yaml contracts/*.odcs.yaml --offline', 'meshwork lint customers.odcs.yaml --schema-only --output json'],
  async run(ctx, { positionals, values }) {
    const files = await Promise.all(positionals.map((path) => readDescriptor(path)));
    const { product, contracts } = split(files);
    const result: LintResult = {
      passed: true,
      files: files.map((f) => ({ path: f.path, kind: f.kind ?? null, issues: f.issues.map((i) => ({ pointer: i.pointer, message: i.message, keyword: i.keyword })) })),
    };
    if (!booleanOption(values, 'schema-only')) {
      const { bundle, origin } = await loadBundle(ctx, { offline: booleanOption(values, 'offline') });
      const input = { product: product?.value ?? {}, contracts: contracts.map((c) => c.value) };
      result.policies = { ...evaluate(bundle, origin, input, { now: ctx.io.now(), withoutProduct: !product }), productPoliciesSkipped: !product };
    }
    result.passed = files.every((f) => f.issues.length === 0) && (result.policies?.passed ?? true);
    ctx.emit(result, render);
    return result.passed ? ExitCode.OK : ExitCode.FAILED;
  },
};
