import { kebabName } from '@meshwork/sdk';
import { booleanOption, type Command, stringOption } from '../command';
import type { Context } from '../context';
import { type DescriptorFile, readDescriptor } from '../documents';
import { ExitCode, usageError } from '../exit-codes';
import { evaluate, loadBundle, type PolicyReport, policySummary, violationLines } from '../governance';

export interface PublishResult {
  dryRun: boolean;
  domain: string;
  name: string;
  schemaIssues: { file: string; pointer: string; message: string }[];
  policies?: PolicyReport;
  published?: { urn: string; version: string; status: string; outcome?: string; ports: { name: string; urn: string }[] };
}

async function readFiles(paths: string[]): Promise<{ product: DescriptorFile; contracts: DescriptorFile[] }> {
  const files = await Promise.all(paths.map((path) => readDescriptor(path)));
  const [product, ...contracts] = files;
  if (product.kind === 'contract') throw usageError(`${product.path} is a data contract (ODCS); the first file must be the data product (ODPS), the contracts follow it`);
  const misplaced = contracts.find((c) => c.kind === 'product');
  if (misplaced) throw usageError(`${misplaced.path} is a data product (ODPS); give one product, first, then its contracts`);
  return { product, contracts };
}

function target(product: Record<string, unknown>, domainOption: string | undefined, nameOption: string | undefined): { domain: string; name: string } {
  const domain = domainOption ?? (typeof product.domain === 'string' ? product.domain : undefined);
  const name = nameOption ?? (typeof product.name === 'string' ? kebabName(product.name) : undefined);
  if (!domain) throw usageError('the product document has no `domain`: pass --domain');
  if (!name) throw usageError('the product document has no `name`: pass --name');
  return { domain, name };
}

function render(result: PublishResult): string[] {
  if (result.schemaIssues.length) {
    return [`${result.schemaIssues.length} schema issue${result.schemaIssues.length === 1 ? '' : 's'}:`, ...result.schemaIssues.map((i) => `  ${i.file}: ${i.pointer || '/'}: ${i.message}`), 'Not published.'];
  }
  const lines: string[] = [];
  const policies = result.policies;
  if (policies) {
    if (policies.violations.length) lines.push('Policy violations (severity, policy, pointer, message):', ...violationLines(policies));
    lines.push(`Governance: ${policySummary(policies)}`);
    if (!policies.passed) return [...lines, `Not published: ${result.domain}/${result.name} has blocking violations.`];
  }
  if (result.dryRun) return [...lines, `Dry run: urn:meshwork:${result.domain}:${result.name} would be published (nothing was sent).`];
  const published = result.published;
  if (published) {
    lines.push(`Published ${published.urn} ${published.version} (${published.outcome ?? published.status})`);
    lines.push(...published.ports.map((p) => `  port ${p.name}: ${p.urn}`));
  }
  return lines;
}

async function send(ctx: Context, domain: string, name: string, product: DescriptorFile, contracts: DescriptorFile[]): Promise<PublishResult['published']> {
  const shown = await ctx.mesh('publish').publish(product.value, contracts.map((c) => c.value), { domain, name });
  return { urn: shown.urn, version: shown.currentVersion, status: shown.status, outcome: shown.outcome, ports: shown.outputPorts.map((p) => ({ name: p.name, urn: p.urn })) };
}

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Check a data product and its contracts against the mesh policies locally, then publish it (a CI gate)',
  args: '<odps> [contracts…] [--dry-run] [options]',
  description: [
    'Reads the data product (ODPS, YAML or JSON) and its contracts (ODCS), validates them against their standards,',
    "evaluates them in process against the mesh's policies (the governance bundle, fetched and cached), and prints",
    'every violation with its policy, severity and JSON pointer. Blocking violations stop here with exit code 1;',
    'otherwise the product is registered at the catalog and published, and its URNs are printed. --dry-run stops',
    'after the checks. The catalog evaluates the same policies again when it publishes.',
  ].join('\n'),
  options: {
    'dry-run': { type: 'boolean', description: 'Check only: validate and evaluate, publish nothing.' },
    domain: { type: 'string', value: '<domain>', description: "The product's domain (default: the document's `domain`)." },
    name: { type: 'string', value: '<name>', description: "The product's kebab-case name in its URN (default: the document's `name` in kebab case)." },
  },
  positionals: { min: 1, names: 'a data product file (ODPS), then its contract files (ODCS)' },
  examples: [
    'meshwork publish product.odps.yaml contracts/*.odcs.yaml',
    'meshwork publish crm-customers.odps.yaml customers.odcs.yaml --name customers --dry-run',
    'meshwork publish product.odps.yaml contracts/*.odcs.yaml --output json > publish-report.json',
  ],
  async run(ctx, { positionals, values }) {
    const { product, contracts } = await readFiles(positionals);
    const { domain, name } = target(product.value, stringOption(values, 'domain'), stringOption(values, 'name'));
    const dryRun = booleanOption(values, 'dry-run');
    const result: PublishResult = { dryRun, domain, name, schemaIssues: [product, ...contracts].flatMap((f) => f.issues.map((i) => ({ file: f.path, pointer: i.pointer, message: i.message }))) };
    const done = (code: ExitCode) => {
      ctx.emit(result, render);
      return code;
    };
    if (result.schemaIssues.length) return done(ExitCode.FAILED);
    const { bundle, origin } = await loadBundle(ctx, { requireFresh: true });
    const report = evaluate(bundle, origin, { product: product.value, contracts: contracts.map((c) => c.value) }, { now: ctx.io.now() });
    result.policies = report;
    if (!report.passed) return done(ExitCode.FAILED);
    if (dryRun) return done(ExitCode.OK);
    result.published = await send(ctx, domain, name, product, contracts);
    return done(ExitCode.OK);
  },
};
