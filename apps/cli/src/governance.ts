import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compileAcceptedPolicy, type EvaluationInput, evaluatePolicies, type Severity } from '@meshwork/policies';
import { MeshError, parseProblem, type PolicyBundle } from '@meshwork/sdk';
import { cachePath } from './config';
import type { Context } from './context';
import { CliError, ExitCode } from './exit-codes';
import { table } from './output';

/** The governance bundle kept in `~/.cache/meshwork/governance-bundle.json` for offline lint. */
export interface CachedBundle {
  /** The governance service it came from. */
  governanceUrl: string;
  /** When it was last fetched or confirmed current (ISO 8601). */
  checkedAt: string;
  bundle: PolicyBundle;
}

/** Where the policies of an evaluation came from. */
export interface BundleOrigin {
  version: string;
  /** `fetched`: from the service now (or confirmed current); `cache`: the cached copy, the service being out of reach. */
  from: 'fetched' | 'cache';
  checkedAt: string;
}

export const BUNDLE_CACHE = 'governance-bundle.json';

async function readCache(ctx: Context): Promise<CachedBundle | undefined> {
  try {
    const cached = JSON.parse(await readFile(cachePath(ctx.io, BUNDLE_CACHE), 'utf8')) as CachedBundle;
    return Array.isArray(cached?.bundle?.policies) && typeof cached.bundle.version === 'string' ? cached : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(ctx: Context, cached: CachedBundle): Promise<void> {
  const path = cachePath(ctx.io, BUNDLE_CACHE);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cached), { mode: 0o600 });
  await rename(temporary, path);
}

/** The service is out of reach (not: it refused us). */
function unreachable(error: unknown): boolean {
  return error instanceof MeshError && (error.kind !== 'http' || (error.status ?? 0) >= 500);
}

/**
 * The governance bundle: fetched from the service (If-None-Match with the cached version) and cached; when the
 * service cannot be reached, or `offline` is asked for, or there are no credentials, the cached copy.
 */
export async function loadBundle(ctx: Context, options: { offline?: boolean; requireFresh?: boolean } = {}): Promise<{ bundle: PolicyBundle; origin: BundleOrigin }> {
  const cached = await readCache(ctx);
  const fromCache = (reason: string) => {
    if (!cached) throw new CliError(ExitCode.UNAVAILABLE, `no governance bundle: ${reason}, and none is cached in ${cachePath(ctx.io, BUNDLE_CACHE)}`, 'Run `meshwork lint` once with the mesh reachable to cache it.');
    return { bundle: cached.bundle, origin: { version: cached.bundle.version, from: 'cache' as const, checkedAt: cached.checkedAt } };
  };
  if (options.offline) return fromCache('--offline was given');
  if (!ctx.connection.credential && !options.requireFresh) {
    const result = fromCache('no credentials were given');
    ctx.note(`note: no credentials: using the cached bundle ${result.origin.version} (checked ${result.origin.checkedAt}).`);
    return result;
  }
  const governanceUrl = ctx.connection.urls.governance;
  try {
    const governance = ctx.mesh('reading the governance bundle').governance;
    const headers = cached && cached.governanceUrl === governanceUrl ? { 'if-none-match': `"${cached.bundle.version}"` } : undefined;
    const { data, error, response } = await governance.raw.GET('/v1/bundle', { headers });
    const checkedAt = ctx.io.now().toISOString();
    if (response.status === 304 && cached) {
      await writeCache(ctx, { ...cached, checkedAt });
      return { bundle: cached.bundle, origin: { version: cached.bundle.version, from: 'fetched', checkedAt } };
    }
    if (!response.ok || data === undefined) {
      const problem = parseProblem(error);
      throw new MeshError({ kind: 'http', method: 'GET', url: response.url, operation: 'getPolicyBundle', attempts: 1, status: response.status, ...(problem ? { problem } : {}) });
    }
    const bundle = data as unknown as PolicyBundle;
    await writeCache(ctx, { governanceUrl, checkedAt, bundle });
    return { bundle, origin: { version: bundle.version, from: 'fetched', checkedAt } };
  } catch (error) {
    if (options.requireFresh || !unreachable(error)) throw error;
    const result = fromCache(`the governance service at ${governanceUrl} cannot be reached`);
    ctx.note(`note: the governance service at ${governanceUrl} cannot be reached; using the cached bundle ${result.origin.version} (checked ${result.origin.checkedAt}).`);
    return result;
  }
}

/** The outcome of the mesh's policies on some descriptors, evaluated in process. */
export interface PolicyReport {
  bundleVersion: string;
  bundleFrom: BundleOrigin['from'];
  /** False when any policy that counts as blocking now fails: the catalog would refuse to publish. */
  passed: boolean;
  blocking: number;
  warnings: number;
  /** Policies that applied to these descriptors (the others are out of scope or have nothing to judge). */
  evaluated: number;
  /** Every failure, one per element: what `--output text` prints. */
  violations: { policyId: string; policyVersion: number; severity: Severity; pointer: string; message: string }[];
}

/** Targets judged on the product document: left out when only contracts are linted. */
const PRODUCT_TARGETS = new Set(['product', 'output-port']);

export function evaluate(bundle: PolicyBundle, origin: BundleOrigin, input: EvaluationInput, options: { now: Date; withoutProduct?: boolean }): PolicyReport {
  const compiled = bundle.policies.filter((p) => !(options.withoutProduct && PRODUCT_TARGETS.has(p.target))).map((policy) => compileAcceptedPolicy(policy));
  const results = evaluatePolicies(compiled, input, { now: options.now });
  const failed = results.filter((r) => r.outcome === 'fail' || r.outcome === 'error');
  const count = (severity: Severity) => failed.filter((r) => r.effectiveSeverity === severity).length;
  const violations = failed.flatMap((r) => r.violations.map((v) => ({ policyId: r.policyId, policyVersion: r.version, severity: r.effectiveSeverity, pointer: v.pointer, message: v.message })));
  const blocking = count('blocking');
  const evaluated = results.filter((r) => r.outcome !== 'not-applicable').length;
  return { bundleVersion: bundle.version, bundleFrom: origin.from, passed: blocking === 0, blocking, warnings: count('warning'), evaluated, violations };
}

const SEVERITY_ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

/** One line per violation, worst first: severity, policy, pointer, message. */
export function violationLines(report: PolicyReport): string[] {
  const sorted = [...report.violations].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return table(sorted.map((v) => [`  ${v.severity}`, v.policyId, v.pointer || '/', v.message]));
}

export function policySummary(report: PolicyReport): string {
  const policies = (n: number) => `${n} ${n === 1 ? 'policy' : 'policies'}`;
  const from = report.bundleFrom === 'cache' ? ', cached' : '';
  return `${policies(report.blocking)} blocking, ${policies(report.warnings)} warning (${policies(report.evaluated)} evaluated, bundle ${report.bundleVersion}${from})`;
}
