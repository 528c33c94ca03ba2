import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, checkIfMatch, type Page, pageWindow } from '@meshwork/platform';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, type FindOptionsWhere, IsNull, Like } from 'typeorm';
import { DEFAULT_WINDOW_SECONDS, deriveSlo, type SloSpec } from './derive-slos';
import type { CreateSloDto, ListSlosQueryDto, PortSlosQueryDto, UpdateSloDto } from './dto/slo.dto';
import { PortEntity } from './port.entity';
import { CLOCK, type Clock } from '../clock';
import { SloEntity } from './slo.entity';
import { SloError, SloErrorCode } from './slo-error';
import { sloEtag, specColumns } from './slos.mapper';

/** Units stored for targets that are not read back as units of the value. */
const DERIVED_UNITS = new Set(['time', 'rows', '']);

interface TargetInput {
  value: number | string;
  valueExt?: number;
  unit?: string;
  element?: string;
  description?: string;
}

/** An API SLO's target, read as a contract's SLA property would be; 400 with a pointer when it cannot be monitored. */
function apiSpec(property: string, input: TargetInput): SloSpec {
  const spec = deriveSlo({
    property,
    value: input.value,
    ...(input.valueExt !== undefined ? { valueExt: input.valueExt } : {}),
    ...(input.unit !== undefined ? { unit: input.unit } : {}),
    ...(input.element !== undefined ? { element: input.element } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
  });
  if (spec.monitored) return spec;
  const reason = spec.unmonitoredReason ?? 'the target cannot be monitored';
  const pointer = /valueExt/.test(reason) ? '/valueExt' : /unit/.test(reason) ? '/unit' : '/value';
  throw new SloError(SloErrorCode.TARGET_INVALID, `The ${property} target cannot be monitored: ${reason}.`, [{ pointer, detail: reason }]);
}

@Injectable()
export class SlosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: ListSlosQueryDto): Promise<Page<SloEntity>> {
    const { limit, offset } = pageWindow(query);
    const where: FindOptionsWhere<SloEntity> = {
      ...(query.portUrn ? { portUrn: query.portUrn } : {}),
      // A product URN is a prefix of its ports' URNs, up to the next colon.
      ...(query.productUrn && !query.portUrn ? { portUrn: Like(`${query.productUrn.replace(/[\\%_]/g, '\\$&')}:%`) } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.monitored !== undefined ? { monitored: query.monitored } : {}),
      ...(query.includeRetired === true ? {} : { retiredAt: IsNull() }),
    };
    const [items, total] = await this.dataSource.getRepository(SloEntity).findAndCount({
      where,
      order: { portUrn: 'ASC', source: 'DESC', position: 'ASC', createdAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  async listForPort(urn: string, query: PortSlosQueryDto): Promise<Page<SloEntity>> {
    await this.port(urn);
    return this.list({ ...query, portUrn: urn, productUrn: undefined });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<SloEntity> {
    const slo = isUUID(id) ? await manager.findOne(SloEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!slo) throw new SloError(SloErrorCode.SLO_NOT_FOUND, `No SLO '${id}'.`);
    return slo;
  }

  async create(actor: Actor, input: CreateSloDto): Promise<SloEntity> {
    const port = await this.port(input.portUrn);
    this.access.require(actor, 'create', subject('Slo', { ownerTeamId: port.ownerTeamId }), `SLOs of port '${port.urn}'`);
    if (port.retiredAt) {
      throw new SloError(SloErrorCode.PORT_RETIRED, `Port '${port.urn}' was retired on ${port.retiredAt.toISOString()}: version ${port.productVersion} of its product no longer lists it. Publish a version that lists it again first.`, [{ pointer: '/portUrn', detail: 'the port is retired' }]);
    }
    const spec = apiSpec(input.property, input);
    const inserted = await this.dataSource.getRepository(SloEntity).insert({
      ...specColumns(spec),
      portUrn: port.urn,
      position: null,
      windowSeconds: input.windowSeconds ?? DEFAULT_WINDOW_SECONDS,
      source: 'api',
      status: 'unknown',
      statusSince: this.clock.now(),
      nextDueAt: null,
    });
    return this.get((inserted.identifiers[0] as { id: string }).id);
  }

  /** The window of any SLO; the target and description of API SLOs only: a contract's SLOs change with the contract. */
  async update(actor: Actor, id: string, input: UpdateSloDto, ifMatch: string | undefined): Promise<SloEntity> {
    return this.dataSource.transaction(async (manager) => {
      const slo = await this.get(id, manager, true);
      await this.requireOwner(actor, 'update', slo, manager);
      checkIfMatch(ifMatch, sloEtag(slo));
      const targetChanged = input.value !== undefined || input.unit !== undefined || input.valueExt !== undefined || input.description !== undefined;
      if (targetChanged && slo.source === 'contract') {
        throw new SloError(
          SloErrorCode.SLO_FROM_CONTRACT,
          `SLO '${id}' (${slo.property} of ${slo.portUrn}) is derived from the port's contract: change its target in the contract and publish it again. Only windowSeconds may be changed here.`,
        );
      }
      const spec = targetChanged ? apiSpec(slo.property, this.mergedTarget(slo, input)) : undefined;
      await manager.update(SloEntity, { id }, { ...(spec ? specColumns(spec) : {}), ...(input.windowSeconds !== undefined ? { windowSeconds: input.windowSeconds } : {}), version: slo.version + 1 });
      return this.get(id, manager);
    });
  }

  /** API SLOs only: a contract's SLOs go away when the contract drops the SLA property. */
  async remove(actor: Actor, id: string, ifMatch: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const slo = await this.get(id, manager, true);
      await this.requireOwner(actor, 'delete', slo, manager);
      checkIfMatch(ifMatch, sloEtag(slo));
      if (slo.source === 'contract') {
        throw new SloError(
          SloErrorCode.SLO_FROM_CONTRACT,
          `SLO '${id}' (${slo.property} of ${slo.portUrn}) is derived from the port's contract and cannot be deleted: remove the SLA property from the contract and publish it again.`,
        );
      }
      await manager.delete(SloEntity, { id });
    });
  }

  private mergedTarget(slo: SloEntity, input: UpdateSloDto): TargetInput {
    const storedUnit = DERIVED_UNITS.has(slo.targetUnit) ? undefined : slo.targetUnit;
    const unit = input.unit ?? (input.value === undefined ? storedUnit : undefined);
    const valueExt = input.valueExt ?? slo.targetMax ?? undefined;
    // A description written for the old target would mislead: it is derived again unless given.
    const targetKept = input.value === undefined && input.unit === undefined && input.valueExt === undefined;
    const description = input.description ?? (targetKept ? slo.description : undefined);
    return {
      value: input.value ?? slo.targetValue,
      ...(unit !== undefined ? { unit } : {}),
      ...(valueExt !== undefined ? { valueExt } : {}),
      ...(slo.element !== null ? { element: slo.element } : {}),
      ...(description !== undefined ? { description } : {}),
    };
  }

  private async requireOwner(actor: Actor, action: 'update' | 'delete', slo: SloEntity, manager: EntityManager): Promise<void> {
    const port = await this.port(slo.portUrn, manager);
    this.access.require(actor, action, subject('Slo', { ownerTeamId: port.ownerTeamId }), `SLO '${slo.id}' of port '${slo.portUrn}'`);
  }

  private async port(urn: string, manager: EntityManager = this.dataSource.manager): Promise<PortEntity> {
    const port = await manager.findOne(PortEntity, { where: { urn } });
    if (!port) throw new SloError(SloErrorCode.PORT_NOT_FOUND, `The SLA service knows no output port '${urn}': its product must be published first (POST /v1/products/published, or POST /v1/slos/sync).`);
    return port;
  }
}
