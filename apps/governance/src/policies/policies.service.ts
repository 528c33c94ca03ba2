import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@meshwork/authz';
import { checkIfMatch, etagOf, EventOutbox, type Page, pageWindow } from '@meshwork/platform';
import type { PolicyDefinition, PolicyState } from '@meshwork/policies';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { ActivePolicies } from './active-policies';
import type { CreatePolicyDto, ListPoliciesQueryDto, TransitionPolicyDto, UpdatePolicyDto } from './dto/policy.dto';
import { compileForSave } from './policy-engine';
import { PolicyEntity } from './policy.entity';
import { PolicyError, PolicyErrorCode, isUniqueViolation } from './policy-error';
import { CLOCK, type Clock } from './policy-settings';
import { PolicyVersionEntity } from './policy-version.entity';
import { cleanDefinition, toPolicyRule } from './policies.mapper';

/** A policy with one of its versions (the latest unless asked otherwise). */
export interface PolicyView {
  policy: PolicyEntity;
  version: PolicyVersionEntity;
}

/** Lifecycle moves: only grace and enforced versions are evaluated at publish time. */
const MOVES: Record<PolicyState, readonly PolicyState[]> = {
  draft: ['grace', 'enforced'],
  grace: ['enforced', 'retired'],
  enforced: ['retired'],
  retired: [],
};

const ACTIVE_STATES: readonly PolicyState[] = ['grace', 'enforced'];

export function policyEtag(policy: PolicyEntity): string {
  return etagOf(policy.id, policy.revision);
}

/** Columns copied out of the definition, for filters. */
export function versionColumns(definition: PolicyDefinition): QueryDeepPartialEntity<PolicyVersionEntity> {
  return {
    state: definition.state,
    severity: definition.severity,
    target: definition.target,
    scopeDomains: definition.scope === 'all' ? null : [...definition.scope],
    // jsonb: TypeORM's partial-entity type does not describe a JSON value with unknown members.
    definition: cleanDefinition(definition) as unknown as QueryDeepPartialEntity<PolicyDefinition>,
  };
}

function forbiddenMove(id: string, version: number, from: PolicyState, to: PolicyState): PolicyError {
  const allowed = MOVES[from];
  const next = allowed.length === 0 ? `a retired version never moves again; PATCH the policy to make a new draft version` : `from ${from} it can only move to ${allowed.join(' or ')}`;
  return new PolicyError(PolicyErrorCode.TRANSITION_NOT_ALLOWED, `Policy '${id}' version ${version} is ${from} and cannot move to ${to}: ${next}.`);
}

@Injectable()
export class PoliciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly active: ActivePolicies,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventOutbox,
  ) {}

  async create(actor: Actor, input: CreatePolicyDto): Promise<PolicyView> {
    const definition: PolicyDefinition = cleanDefinition({
      id: input.id,
      version: 1,
      name: input.name,
      description: input.description,
      rationaleUrl: input.rationaleUrl,
      severity: input.severity,
      target: input.target,
      scope: input.scope,
      rule: toPolicyRule(input.rule),
      state: 'draft',
    });
    compileForSave(definition);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(PolicyEntity, { id: input.id, latestVersion: 1, activeVersion: null, revision: 1 });
        await manager.insert(PolicyVersionEntity, { policyId: input.id, version: 1, createdBy: actor.id, ...versionColumns(definition) });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new PolicyError(PolicyErrorCode.POLICY_EXISTS, `Policy '${input.id}' already exists; PATCH /v1/policies/${input.id} to change it.`);
      throw error;
    }
    return this.get(input.id);
  }

  async list(query: ListPoliciesQueryDto): Promise<Page<PolicyView>> {
    const { limit, offset } = pageWindow(query);
    const qb = this.dataSource
      .getRepository(PolicyEntity)
      .createQueryBuilder('p')
      .innerJoin(PolicyVersionEntity, 'v', 'v.policy_id = p.id AND v.version = p.latest_version')
      .orderBy('p.id', 'ASC')
      .limit(limit)
      .offset(offset);
    if (query.target) qb.andWhere('v.target = :target', { target: query.target });
    if (query.severity) qb.andWhere('v.severity = :severity', { severity: query.severity });
    if (query.domain) qb.andWhere('(v.scope_domains IS NULL OR :domain = ANY(v.scope_domains))', { domain: query.domain });
    if (query.state) qb.andWhere('EXISTS (SELECT 1 FROM governance.policy_versions s WHERE s.policy_id = p.id AND s.state = :state)', { state: query.state });
    const [policies, total] = await qb.getManyAndCount();
    const versions = policies.length === 0 ? [] : await this.dataSource.getRepository(PolicyVersionEntity).find({ where: policies.map((p) => ({ policyId: p.id, version: p.latestVersion })) });
    const byId = new Map(versions.map((v) => [v.policyId, v]));
    return { items: policies.map((policy) => ({ policy, version: byId.get(policy.id) as PolicyVersionEntity })), total, limit, offset };
  }

  async get(id: string, version?: number, manager: EntityManager = this.dataSource.manager): Promise<PolicyView> {
    const policy = await this.policy(id, manager);
    return { policy, version: await this.version(policy, version ?? policy.latestVersion, manager) };
  }

  async versions(id: string, query: { limit?: number; offset?: number }): Promise<Page<PolicyView>> {
    const policy = await this.policy(id);
    const { limit, offset } = pageWindow(query);
    const [versions, total] = await this.dataSource.getRepository(PolicyVersionEntity).findAndCount({ where: { policyId: id }, order: { version: 'DESC' }, take: limit, skip: offset });
    return { items: versions.map((version) => ({ policy, version })), total, limit, offset };
  }

  /** A draft is edited in place; any other version is never edited: the change becomes a new draft version. */
  async update(actor: Actor, id: string, input: UpdatePolicyDto, ifMatch: string | undefined): Promise<PolicyView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const policy = await this.policy(id, manager, true);
      checkIfMatch(ifMatch, policyEtag(policy));
      const latest = await this.version(policy, policy.latestVersion, manager);
      const inPlace = latest.state === 'draft';
      const base = latest.definition;
      const definition = cleanDefinition({
        ...base,
        version: inPlace ? latest.version : latest.version + 1,
        name: input.name ?? base.name,
        description: input.description ?? base.description,
        rationaleUrl: input.rationaleUrl === null ? undefined : (input.rationaleUrl ?? base.rationaleUrl),
        severity: input.severity ?? base.severity,
        target: input.target ?? base.target,
        scope: input.scope ?? base.scope,
        rule: input.rule ? toPolicyRule(input.rule) : base.rule,
        state: 'draft',
        graceUntil: undefined,
      });
      compileForSave(definition);
      if (inPlace) {
        await manager.update(PolicyVersionEntity, { policyId: id, version: latest.version }, versionColumns(definition));
      } else {
        await manager.insert(PolicyVersionEntity, { policyId: id, version: definition.version, createdBy: actor.id, ...versionColumns(definition) });
      }
      await manager.update(PolicyEntity, { id }, { latestVersion: definition.version, revision: policy.revision + 1 });
      return this.get(id, definition.version, manager);
    });
    // Only drafts changed: the active set is the same, but a cache refresh is cheap and keeps the rule simple.
    this.active.invalidate();
    return view;
  }

  /** Moves one version (the latest by default); a version entering grace or enforced retires the one active before. */
  async transition(id: string, input: TransitionPolicyDto, ifMatch: string | undefined): Promise<PolicyView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const policy = await this.policy(id, manager, true);
      checkIfMatch(ifMatch, policyEtag(policy));
      const target = await this.version(policy, input.version ?? policy.latestVersion, manager);
      const from = target.state;
      if (!MOVES[from].includes(input.to)) throw forbiddenMove(id, target.version, from, input.to);
      const graceUntil = this.graceUntil(input);
      const definition = cleanDefinition({ ...target.definition, state: input.to, graceUntil });
      await manager.update(PolicyVersionEntity, { policyId: id, version: target.version }, versionColumns(definition));
      let activeVersion = policy.activeVersion;
      let previousActiveVersion: number | null = null;
      if (ACTIVE_STATES.includes(input.to)) {
        if (activeVersion !== null && activeVersion !== target.version) {
          await this.retire(manager, policy, activeVersion);
          previousActiveVersion = activeVersion;
        }
        activeVersion = target.version;
      } else if (activeVersion === target.version) {
        activeVersion = null;
      }
      await manager.update(PolicyEntity, { id }, { activeVersion, revision: policy.revision + 1 });
      if (input.to !== 'draft') {
        await this.events.append(manager, {
          type: `policy.${input.to}`,
          subject: id,
          data: { policyId: id, version: target.version, from, to: input.to, graceUntil: graceUntil ?? null, severity: definition.severity ?? null, previousActiveVersion },
        });
      }
      return this.get(id, target.version, manager);
    });
    this.active.invalidate();
    return view;
  }

  private graceUntil(input: TransitionPolicyDto): string | undefined {
    if (input.to !== 'grace') return undefined;
    if (input.graceUntil === undefined) {
      throw new PolicyError(PolicyErrorCode.GRACE_DATE_REQUIRED, 'Moving to grace needs graceUntil: the instant until which blocking failures count as warnings.', [
        { pointer: '/graceUntil', detail: 'required when to is grace' },
      ]);
    }
    const until = new Date(input.graceUntil);
    if (until.getTime() <= this.clock.now().getTime()) {
      throw new PolicyError(PolicyErrorCode.GRACE_DATE_REQUIRED, `graceUntil ${input.graceUntil} is not in the future.`, [{ pointer: '/graceUntil', detail: 'must be in the future' }]);
    }
    return until.toISOString();
  }

  private async retire(manager: EntityManager, policy: PolicyEntity, version: number): Promise<void> {
    const row = await this.version(policy, version, manager);
    await manager.update(PolicyVersionEntity, { policyId: policy.id, version }, versionColumns(cleanDefinition({ ...row.definition, state: 'retired', graceUntil: undefined })));
  }

  private async policy(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PolicyEntity> {
    const policy = await manager.findOne(PolicyEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!policy) throw new PolicyError(PolicyErrorCode.POLICY_NOT_FOUND, `No policy '${id}'. Create it with POST /v1/policies.`);
    return policy;
  }

  private async version(policy: PolicyEntity, version: number, manager: EntityManager = this.dataSource.manager): Promise<PolicyVersionEntity> {
    const row = await manager.findOne(PolicyVersionEntity, { where: { policyId: policy.id, version } });
    if (!row) throw new PolicyError(PolicyErrorCode.POLICY_VERSION_NOT_FOUND, `Policy '${policy.id}' has no version ${version}; its latest is ${policy.latestVersion}.`);
    return row;
  }
}
