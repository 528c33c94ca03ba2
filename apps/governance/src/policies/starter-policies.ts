import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type PolicyDefinition, STARTER_POLICIES } from '@meshwork/policies';
import { DataSource } from 'typeorm';
import { ActivePolicies } from './active-policies';
import { PolicyEntity } from './policy.entity';
import { POLICY_SETTINGS, type PolicySettings } from './policy-settings';
import { PolicyVersionEntity } from './policy-version.entity';
import { versionColumns } from './policies.service';

const ACTIVE = ['grace', 'enforced'];

/** Inserts the starter policies that are absent; one already there (even retired or changed) is left alone. */
export async function seedStarterPolicies(dataSource: DataSource, starters: readonly PolicyDefinition[]): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    const seeded: string[] = [];
    for (const starter of starters) {
      // ON CONFLICT DO NOTHING: replicas starting together insert each policy once.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PolicyEntity)
        .values({ id: starter.id, latestVersion: starter.version, activeVersion: ACTIVE.includes(starter.state) ? starter.version : null, revision: 1 })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length === 0) continue;
      await manager.insert(PolicyVersionEntity, { policyId: starter.id, version: starter.version, createdBy: 'meshwork', ...versionColumns(starter) });
      seeded.push(starter.id);
    }
    return seeded;
  });
}

@Injectable()
export class StarterPolicies implements OnApplicationBootstrap {
  private readonly logger = new Logger(StarterPolicies.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly active: ActivePolicies,
    @Inject(POLICY_SETTINGS) private readonly settings: PolicySettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.seedStarterPolicies) return;
    const seeded = await seedStarterPolicies(this.dataSource, STARTER_POLICIES);
    if (seeded.length === 0) return;
    this.active.invalidate();
    this.logger.log(`seeded starter policies: ${seeded.join(', ')}`);
  }
}
