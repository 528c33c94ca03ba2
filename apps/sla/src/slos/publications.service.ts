import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { parseUrn } from '@meshwork/descriptors';
import { AccessControl, type ProblemFieldError } from '@meshwork/platform';
import { DataSource, type EntityManager, In } from 'typeorm';
import { deriveSlos, type SlaSource, type SloSpec } from './derive-slos';
import type { PublicationCountsDto, PublishedPortDto, PublishedProductDto } from './dto/publication.dto';
import { PortEntity } from './port.entity';
import { CLOCK, type Clock } from '../clock';
import { SloEntity } from './slo.entity';
import { SloError, SloErrorCode } from './slo-error';
import { specColumns } from './slos.mapper';

type Counts = PublicationCountsDto;

export function noCounts(): Counts {
  return { ports: 0, created: 0, updated: 0, unchanged: 0, removed: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { ports: a.ports + b.ports, created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged, removed: a.removed + b.removed };
}

function keyOf(property: string, element: string | null | undefined): string {
  return `${property}\u0000${element ?? ''}`;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : null;
}

function sameColumns(slo: SloEntity, columns: ReturnType<typeof specColumns>): boolean {
  return (Object.keys(columns) as (keyof typeof columns)[]).every((key) => JSON.stringify(slo[key]) === JSON.stringify(columns[key]));
}

/**
 * Applies a published product version: upserts its ports and replaces the contract-derived SLOs of each, keeping the
 * SLOs added through the API and the id, status and window of every derived SLO whose property and element stay.
 */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(actor: Actor, product: PublishedProductDto): Promise<Counts> {
    this.checkPorts(product);
    this.access.require(actor, 'update', subject('Slo', { ownerTeamId: product.ownerTeamId }), `the SLOs of team '${product.ownerTeamId}'`);
    return this.dataSource.transaction(async (manager) => {
      const known = await manager.find(PortEntity, { where: { urn: In(product.ports.map((p) => p.urn)) }, lock: { mode: 'pessimistic_write' } });
      for (const port of known) {
        if (port.ownerTeamId !== product.ownerTeamId) this.access.require(actor, 'update', subject('Slo', { ownerTeamId: port.ownerTeamId }), `the SLOs of port '${port.urn}'`);
      }
      let counts = noCounts();
      for (const port of product.ports) counts = addCounts(counts, await this.applyPort(manager, product, port));
      return counts;
    });
  }

  /** Each URN must be a port URN of this very product, and appear once. */
  private checkPorts(product: PublishedProductDto): void {
    const errors: ProblemFieldError[] = [];
    const seen = new Set<string>();
    product.ports.forEach((port, i) => {
      const parsed = parseUrn(port.urn);
      if (parsed?.kind !== 'port' || parsed.domain !== product.domain || parsed.product !== product.name) {
        errors.push({ pointer: `/ports/${i}/urn`, detail: `must be an output port URN of urn:meshwork:${product.domain}:${product.name} (urn:meshwork:${product.domain}:${product.name}:<port>:v<major>)` });
      } else if (seen.has(port.urn)) {
        errors.push({ pointer: `/ports/${i}/urn`, detail: 'appears twice' });
      }
      seen.add(port.urn);
    });
    if (errors.length > 0) throw new SloError(SloErrorCode.PUBLICATION_INVALID, `The ports of ${product.domain}/${product.name} ${product.version} are not its own: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`, errors);
  }

  private async applyPort(manager: EntityManager, product: PublishedProductDto, port: PublishedPortDto): Promise<Counts> {
    await manager.upsert(
      PortEntity,
      {
        urn: port.urn,
        domain: product.domain,
        product: product.name,
        portName: port.name,
        ownerTeamId: product.ownerTeamId,
        contractId: text(port.contract?.id),
        contractVersion: text(port.contract?.version),
        productVersion: product.version,
      },
      ['urn'],
    );
    const specs = deriveSlos(port.contract as SlaSource | null);
    const existing = await manager.find(SloEntity, { where: { portUrn: port.urn, source: 'contract' }, order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    return this.replaceDerived(manager, port.urn, specs, existing);
  }

  /** Matches derived SLOs by property and element, in order when a pair repeats (two times of availability on one column). */
  private async replaceDerived(manager: EntityManager, portUrn: string, specs: SloSpec[], existing: SloEntity[]): Promise<Counts> {
    const counts = { ...noCounts(), ports: 1 };
    const pool = new Map<string, SloEntity[]>();
    for (const slo of existing) pool.set(keyOf(slo.property, slo.element), [...(pool.get(keyOf(slo.property, slo.element)) ?? []), slo]);
    const now = this.clock.now();
    const inserts: Partial<SloEntity>[] = [];
    for (const [position, spec] of specs.entries()) {
      const columns = specColumns(spec);
      const match = pool.get(keyOf(spec.property, spec.element))?.shift();
      if (!match) {
        inserts.push({ ...columns, position, portUrn, windowSeconds: spec.windowSeconds, source: 'contract', status: 'unknown', statusSince: now, nextDueAt: null });
        continue;
      }
      if (sameColumns(match, columns)) {
        // A property moving in the contract changes the order only, not the SLO: its ETag stays.
        if (match.position !== position) await manager.update(SloEntity, { id: match.id }, { position, updatedAt: () => 'updated_at' });
        counts.unchanged += 1;
        continue;
      }
      // A new target may change the status: the evaluator takes the SLO at its next pass.
      await manager.update(SloEntity, { id: match.id }, { ...columns, position, version: match.version + 1, nextDueAt: null });
      counts.updated += 1;
    }
    if (inserts.length > 0) await manager.insert(SloEntity, inserts);
    counts.created = inserts.length;
    const gone = [...pool.values()].flat();
    if (gone.length > 0) await manager.delete(SloEntity, { id: In(gone.map((s) => s.id)) });
    counts.removed = gone.length;
    return counts;
  }
}
