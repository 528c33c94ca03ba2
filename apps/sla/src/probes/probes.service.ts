import { Inject, Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, CatalogMissing, CatalogReader, checkIfMatch, type Page, pageWindow, PlatformError, PlatformErrorCode, resolveOutbound } from '@meshwork/platform';
import { isUUID } from 'class-validator';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { type Clock, CLOCK } from '../clock';
import { DomainOwners, UnknownDomain } from '../observations/domain-owners';
import { PortEntity } from '../slos/port.entity';
import { SloError, SloErrorCode } from '../slos/slo-error';
import {
  type CreateProbeDto,
  DEFAULT_EXPECTED_STATUS,
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_TIMEOUT_MS,
  type ExpectedStatusDto,
  type ListProbeResultsQueryDto,
  type ListProbesQueryDto,
  type UpdateProbeDto,
} from './dto/probe.dto';
import { ProbeEntity } from './probe.entity';
import { ProbeError, ProbeErrorCode } from './probe-error';
import { ProbeResultEntity } from './probe-result.entity';
import { urlProblem } from './probe-runner';
import { ProbeSettings } from './probe-settings';
import { ProberService } from './prober.service';
import { probeEtag } from './probes.mapper';

/** Where a probe's URL comes from, as stored. */
interface Target {
  url: string;
  managementPort: string | null;
}

/**
 * Probes of output ports: anyone reads them; members of the team owning the port's domain (as the catalog says, like
 * observations) and platform admins make, change, delete and run them.
 */
@Injectable()
export class ProbesService {
  private readonly catalog = new CatalogReader();

  constructor(
    private readonly db: DataSource,
    private readonly access: AccessControl,
    private readonly owners: DomainOwners,
    private readonly settings: ProbeSettings,
    private readonly prober: ProberService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, body: CreateProbeDto, authorization: string | undefined): Promise<ProbeEntity> {
    const port = await this.port(body.portUrn);
    await this.requireOwner(actor, 'create', port, authorization);
    if (port.retiredAt) {
      throw new SloError(SloErrorCode.PORT_RETIRED, `Port '${port.urn}' was retired on ${port.retiredAt.toISOString()}: version ${port.productVersion} of its product no longer lists it. Publish a version that lists it again first.`, [
        { location: 'body', pointer: '/portUrn', detail: 'the port is retired' },
      ]);
    }
    const expected = expectedStatus(body.expectedStatus ?? DEFAULT_EXPECTED_STATUS);
    const target = await this.target(body, port, authorization);
    if (!target) throw invalid('/url', 'give the URL to probe, or the name of a management port of the product in managementPort');
    const inserted = await this.db.getRepository(ProbeEntity).insert({
      portUrn: port.urn,
      ...target,
      method: body.method ?? 'GET',
      intervalSeconds: body.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      timeoutMs: body.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      expectedStatusMin: expected.min,
      expectedStatusMax: expected.max,
      enabled: body.enabled ?? true,
      // Due at once: the first run tells at once whether the URL answers.
      nextDueAt: this.clock.now(),
      createdBy: actor.id,
    });
    return this.get((inserted.identifiers[0] as { id: string }).id);
  }

  async list(query: ListProbesQueryDto): Promise<Page<ProbeEntity>> {
    const { limit, offset } = pageWindow(query);
    const where: FindOptionsWhere<ProbeEntity> = {
      ...(query.portUrn !== undefined ? { portUrn: query.portUrn } : {}),
      ...(query.enabled !== undefined ? { enabled: query.enabled } : {}),
    };
    const [items, total] = await this.db.getRepository(ProbeEntity).findAndCount({ where, order: { portUrn: 'ASC', createdAt: 'ASC', id: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  async get(id: string): Promise<ProbeEntity> {
    const probe = isUUID(id) ? await this.db.getRepository(ProbeEntity).findOneBy({ id }) : null;
    if (!probe) throw new ProbeError(ProbeErrorCode.PROBE_NOT_FOUND, `No probe '${id}'.`);
    return probe;
  }

  async update(actor: Actor, id: string, body: UpdateProbeDto, ifMatch: string | undefined, authorization: string | undefined): Promise<ProbeEntity> {
    const current = await this.get(id);
    const port = await this.port(current.portUrn);
    await this.requireOwner(actor, 'update', port, authorization);
    const target = await this.target(body, port, authorization);
    const expected = body.expectedStatus ? expectedStatus(body.expectedStatus) : undefined;
    return this.db.transaction(async (manager) => {
      const probe = await manager.findOne(ProbeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!probe) throw new ProbeError(ProbeErrorCode.PROBE_NOT_FOUND, `No probe '${id}'.`);
      checkIfMatch(ifMatch, probeEtag(probe));
      const now = this.clock.now();
      const enabled = body.enabled ?? probe.enabled;
      const intervalSeconds = body.intervalSeconds ?? probe.intervalSeconds;
      // Enabled again: due at once. A shorter interval: due no later than one new interval from now.
      const nextDueAt = enabled && !probe.enabled ? now : new Date(Math.min(probe.nextDueAt.getTime(), now.getTime() + intervalSeconds * 1000));
      await manager.update(
        ProbeEntity,
        { id },
        {
          ...(target ?? {}),
          ...(body.method !== undefined ? { method: body.method } : {}),
          ...(body.timeoutMs !== undefined ? { timeoutMs: body.timeoutMs } : {}),
          ...(expected ? { expectedStatusMin: expected.min, expectedStatusMax: expected.max } : {}),
          intervalSeconds,
          enabled,
          nextDueAt,
          version: probe.version + 1,
        },
      );
      return manager.findOneByOrFail(ProbeEntity, { id });
    });
  }

  async remove(actor: Actor, id: string, ifMatch: string | undefined, authorization: string | undefined): Promise<void> {
    const probe = await this.get(id);
    await this.requireOwner(actor, 'delete', await this.port(probe.portUrn), authorization);
    checkIfMatch(ifMatch, probeEtag(probe));
    const deleted = await this.db.getRepository(ProbeEntity).delete({ id, version: probe.version });
    if (deleted.affected === 0) throw new PlatformError(PlatformErrorCode.PRECONDITION_FAILED, `Probe '${id}' changed while it was being deleted; fetch it again and retry.`);
  }

  /** Runs the probe once now: its result is stored and counted as a scheduled run's would be. */
  async run(actor: Actor, id: string, authorization: string | undefined): Promise<ProbeResultEntity> {
    const probe = await this.get(id);
    await this.requireOwner(actor, 'update', await this.port(probe.portUrn), authorization);
    return this.prober.runNow(probe);
  }

  async results(id: string, query: ListProbeResultsQueryDto): Promise<Page<ProbeResultEntity>> {
    const probe = await this.get(id);
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.db.getRepository(ProbeResultEntity).findAndCount({
      where: { probeId: probe.id, ...(query.success !== undefined ? { success: query.success } : {}) },
      order: { at: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  private async port(urn: string): Promise<PortEntity> {
    const port = await this.db.getRepository(PortEntity).findOneBy({ urn });
    if (!port) throw new SloError(SloErrorCode.PORT_NOT_FOUND, `The SLA service knows no output port '${urn}': its product must be published first (POST /v1/products/published, or POST /v1/slos/sync).`);
    return port;
  }

  /** Members of the team owning the port's domain, as the catalog says (remembered 30 s), and platform admins. */
  private async requireOwner(actor: Actor, action: 'create' | 'update' | 'delete', port: PortEntity, authorization: string | undefined): Promise<void> {
    if (this.access.can(actor, 'manage', 'all')) return;
    let ownerTeamId: string;
    try {
      ownerTeamId = await this.owners.ownerOf(port.domain, authorization);
    } catch (error) {
      if (error instanceof UnknownDomain) throw new PlatformError(PlatformErrorCode.FORBIDDEN, `The catalog knows no domain '${port.domain}': nobody but a platform admin may manage the probes of '${port.urn}'.`);
      throw error;
    }
    this.access.require(actor, action, asSubject('Slo', { ownerTeamId }), `probes of port '${port.urn}': only members of its owner team '${ownerTeamId}' or a platform admin may`);
  }

  /** The URL given, or read from the product's management port, checked as every run checks it again; undefined when neither is given. */
  private async target(body: UpdateProbeDto, port: PortEntity, authorization: string | undefined): Promise<Target | undefined> {
    if (body.url !== undefined && body.managementPort !== undefined) throw invalid('/managementPort', 'give either url or managementPort, not both');
    if (body.url !== undefined) return { url: await this.checkUrl(body.url, '/url'), managementPort: null };
    if (body.managementPort !== undefined) return { url: await this.checkUrl(await this.managementUrl(port, body.managementPort, authorization), '/managementPort'), managementPort: body.managementPort };
    return undefined;
  }

  private async managementUrl(port: PortEntity, name: string, authorization: string | undefined): Promise<string> {
    const missing = (detail: string) => new ProbeError(ProbeErrorCode.MANAGEMENT_PORT_NOT_FOUND, `Product ${port.domain}/${port.product} ${port.productVersion}: ${detail}.`, [{ location: 'body', pointer: '/managementPort', detail }]);
    let document: Record<string, unknown>;
    try {
      document = await this.catalog.productDocument({ domain: port.domain, name: port.product, currentVersion: port.productVersion, status: 'published' }, port.productVersion, authorization);
    } catch (error) {
      if (error instanceof CatalogMissing) throw missing(`the catalog has no document of version ${port.productVersion}`);
      throw error;
    }
    const ports = Array.isArray(document.managementPorts) ? (document.managementPorts as unknown[]).filter(isRecord) : [];
    const found = ports.find((p) => p.name === name);
    if (!found) {
      const names = ports.map((p) => p.name).filter((n): n is string => typeof n === 'string');
      throw missing(`no management port '${name}' (${names.length > 0 ? `it has ${names.map((n) => `'${n}'`).join(', ')}` : 'it has none'})`);
    }
    if (typeof found.url !== 'string' || found.url.length === 0) throw missing(`management port '${name}' has no url to probe`);
    return found.url;
  }

  private async checkUrl(raw: string, pointer: string): Promise<string> {
    const refuse = (detail: string) => new ProbeError(ProbeErrorCode.PROBE_URL_REFUSED, `The probe URL ${raw.slice(0, 200)} is refused: ${detail}.`, [{ location: 'body', pointer, detail }]);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw refuse('it is not an absolute URL');
    }
    const problem = urlProblem(url);
    if (problem) throw refuse(problem);
    const verdict = await resolveOutbound(url.hostname, this.settings.rules);
    if (!verdict.allowed) throw refuse(verdict.reason);
    return url.toString();
  }
}

function expectedStatus(range: ExpectedStatusDto): ExpectedStatusDto {
  if (range.min > range.max) throw invalid('/expectedStatus/max', `max (${range.max}) must be at least min (${range.min})`);
  return range;
}

function invalid(pointer: string, detail: string): PlatformError {
  return new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid body: ${pointer}: ${detail}`, [{ location: 'body', pointer, detail }]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
