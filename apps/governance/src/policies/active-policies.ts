import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { compileAcceptedPolicy, type CompiledPolicy, type PolicyDefinition } from '@meshwork/policies';
import { DataSource, In } from 'typeorm';
import { POLICY_SETTINGS, type PolicySettings } from './policy-settings';
import { PolicyVersionEntity } from './policy-version.entity';

/** The grace and enforced version of every policy, as one document with a content hash. */
export interface ActiveSet {
  /** SHA-256 of the canonical JSON of `policies`: equal hashes, equal bundles. */
  version: string;
  /** When the newest version of the set entered it (the epoch for an empty set). */
  generatedAt: string;
  policies: PolicyDefinition[];
}

interface CompiledSet extends ActiveSet {
  compiled: CompiledPolicy[];
  loadedAt: number;
}

/** JSON with object keys sorted, so that equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The active policies, compiled once and kept in memory. A change on this replica invalidates the copy at once;
 * other replicas reload after `policyCacheSeconds` at most.
 */
@Injectable()
export class ActivePolicies {
  private readonly logger = new Logger(ActivePolicies.name);
  private cached: CompiledSet | undefined;
  /** Bumped by invalidate(): a load that started before a change is not kept. */
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(POLICY_SETTINGS) private readonly settings: PolicySettings,
  ) {}

  invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
  }

  /** The compiled active policies, from memory while fresh. */
  async compiled(): Promise<CompiledSet> {
    const cached = this.cached;
    if (cached && Date.now() - cached.loadedAt < this.settings.policyCacheSeconds * 1000) return cached;
    const generation = this.generation;
    const set = await this.load();
    const compiled: CompiledPolicy[] = [];
    for (const definition of set.policies) {
      try {
        compiled.push(compileAcceptedPolicy(definition));
      } catch (error) {
        // Accepted when saved (so no cost trial again); one that no longer compiles (an engine change) is skipped, not fatal.
        this.logger.error(`active policy ${definition.id} v${definition.version} does not compile: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const fresh = { ...set, compiled, loadedAt: Date.now() };
    if (generation === this.generation) this.cached = fresh;
    return fresh;
  }

  /** Read from the database every time: the bundle is always current. */
  async load(): Promise<ActiveSet> {
    const rows = await this.dataSource.getRepository(PolicyVersionEntity).find({ where: { state: In(['grace', 'enforced']) }, order: { policyId: 'ASC' } });
    const policies = rows.map((row) => row.definition);
    // From the rows in the set only, so that the same set always gives the same document (the ETag is strong).
    const last = rows.reduce<Date | null>((latest, row) => (latest === null || row.updatedAt > latest ? row.updatedAt : latest), null);
    return {
      version: createHash('sha256').update(canonicalJson(policies)).digest('hex'),
      generatedAt: (last ?? new Date(0)).toISOString(),
      policies,
    };
  }
}
