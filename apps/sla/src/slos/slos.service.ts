import { Injectable } from '@nestjs/common';
import { type Page, pageWindow } from '@meshwork/platform';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, type FindOptionsWhere, Like } from 'typeorm';
import type { ListSlosQueryDto } from './dto/slo.dto';
import { PortEntity } from './port.entity';
import { SloEntity } from './slo.entity';
import { SloError, SloErrorCode } from './slo-error';

@Injectable()
export class SlosService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListSlosQueryDto): Promise<Page<SloEntity>> {
    const { limit, offset } = pageWindow(query);
    const where: FindOptionsWhere<SloEntity> = {
      ...(query.portUrn ? { portUrn: query.portUrn } : {}),
      // A product URN is a prefix of its ports' URNs, up to the next colon.
      ...(query.productUrn && !query.portUrn ? { portUrn: Like(`${query.productUrn.replace(/[\\%_]/g, '\\$&')}:%`) } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.monitored !== undefined ? { monitored: query.monitored } : {}),
    };
    const [items, total] = await this.dataSource.getRepository(SloEntity).findAndCount({
      where,
      order: { portUrn: 'ASC', source: 'DESC', position: 'ASC', createdAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  async listForPort(urn: string, query: ListSlosQueryDto): Promise<Page<SloEntity>> {
    await this.port(urn);
    return this.list({ ...query, portUrn: urn, productUrn: undefined });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<SloEntity> {
    const slo = isUUID(id) ? await manager.findOne(SloEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!slo) throw new SloError(SloErrorCode.SLO_NOT_FOUND, `No SLO '${id}'.`);
    return slo;
  }

  private async port(urn: string, manager: EntityManager = this.dataSource.manager): Promise<PortEntity> {
    const port = await manager.findOne(PortEntity, { where: { urn } });
    if (!port) throw new SloError(SloErrorCode.PORT_NOT_FOUND, `The SLA service knows no output port '${urn}': its product must be published first (POST /v1/products/published, or POST /v1/slos/sync).`);
    return port;
  }
}
