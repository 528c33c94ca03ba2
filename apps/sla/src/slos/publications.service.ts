import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { parseUrn } from '@meshwork/descriptors';
import { AccessControl, EventOutbox, type ProblemFieldError } from '@meshwork/platform';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { closeIncidentsOfRetiredSlos } from '../evaluation/incident-events';
import { deriveSlos, type SlaSource, type SloSpec } from './derive-slos';
import type { PublicationCountsDto, PublishedPortDto, PublishedProductDto } from './dto/publication.dto';
import { PortEntity } from './port.entity';
import { CLOCK, type Clock } from '../clock';
import { SloEntity } from './slo.entity';
import { SloError, SloErrorCode } from './slo-error';
import { specColumns } from './slos.mapper';

type Counts = PublicationCountsDto;

export function noCounts(): Counts {
  return { ports: 0, created: 0, updated: 0, unchanged: 0, removed: 0, reactivated: 0, retiredPorts: 0, retired: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return Object.fromEntries((Object.keys(a) as (keyof Counts)[]).map((key) => [key, a[key] + b[key]])) as unknown as Counts;
}

function keyOf(property: string, element: string | null | undefined): string {
  return `${property}\u0000${element ?? ''}`;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : null;
}

/**
 * Two versions of one product applied at once would lock each other's ports (the listed ones, and the dropped ones to
 * retire) in opposite orders: one transaction-scoped advisory lock per product orders them.
 */
async function lockProduct(manager: EntityManager, domain: string, name: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`meshwork-sla-product:${domain}/${name}`]);
}

function sameColumns(slo: SloEntity, columns: ReturnType<typeof specColumns>): boolean {
  return (Object.keys(columns) as (keyof typeof columns)[]).every((key) => JSON.stringify(slo[key]) === JSON.stringify(columns[key]));
}

/**
 * Applies a published product version: upserts its ports and replaces the contract-derived SLOs of each, keeping the
 * SLOs added through the API and the id, status and window of every derived SLO whose property and element stay; the
 * ports the version no longer lists are retired.
 */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventOutbox,
  ) {}

  async apply(actor: Actor, product: PublishedProductDto): Promise<Counts> {
    this.checkPorts(product);
    this.access.require(actor, 'update', subject('Slo', { ownerTeamId: product.ownerTeamId }), `the SLOs of team '${product.ownerTeamId}'`);
    return this.dataSource.transaction((manager) => this.applyIn(manager, product, actor));
  }

  /**
   * The same in the caller's transaction: the catalog feed's consumer applies each product.published fact with the
   * advance of its cursor. Without an actor (the catalog's own fact) no permission is checked.
   */
  async applyIn(manager: EntityManager, product: PublishedProductDto, actor?: Actor): Promise<Counts> {
    this.checkPorts(product);
    await lockProduct(manager, product.domain, product.name);
    const known = await manager.find(PortEntity, { where: { urn: In(product.ports.map((p) => p.urn)) }, lock: { mode: 'pessimistic_write' } });
    for (const port of known) {
      if (actor && port.ownerTeamId !== product.ownerTeamId) this.access.require(actor, 'update', subject('Slo', { ownerTeamId: port.ownerTeamId }), `the SLOs of port '${port.urn}'`);
    }
    let counts = noCounts();
    for (const port of product.ports) counts = addCounts(counts, await this.applyPort(manager, product, port));
    return addCounts(counts, await this.retireDropped(manager, product.domain, product.name, product.ports.map((p) => p.urn)));
  }

  /** Retires every port of a product the catalog no longer serves (retired there, or gone), as a version listing none would. */
  async retireProduct(actor: Actor, domain: string, name: string): Promise<Counts> {
    return this.dataSource.transaction((manager) => this.retireProductIn(manager, domain, name, actor));
  }

  /** The same in the caller's transaction (the catalog's product.retired fact: no actor, no permission check). */
  async retireProductIn(manager: EntityManager, domain: string, name: string, actor?: Actor): Promise<Counts> {
    await lockProduct(manager, domain, name);
    const ports = await manager.find(PortEntity, { where: { domain, product: name, retiredAt: IsNull() } });
    if (actor) for (const ownerTeamId of new Set(ports.map((p) => p.ownerTeamId))) this.access.require(actor, 'update', subject('Slo', { ownerTeamId }), `the SLOs of team '${ownerTeamId}'`);
    return this.retireDropped(manager, domain, name, []);
  }

  /** Products with ports not retired, as `domain/name`. */
  async liveProducts(): Promise<{ domain: string; name: string }[]> {
    return (await this.dataSource.query(`SELECT DISTINCT "domain", "product" AS "name" FROM "sla"."ports" WHERE "retired_at" IS NULL ORDER BY "domain", "name"`)) as { domain: string; name: string }[];
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
        retiredAt: null,
      },
      ['urn'],
    );
    const specs = deriveSlos(port.contract as SlaSource | null);
    const existing = await manager.find(SloEntity, { where: { portUrn: port.urn, source: 'contract' }, order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const counts = await this.replaceDerived(manager, port.urn, specs, existing);
    // SLOs the owners added while the port was listed come back with it.
    const revived = await manager.update(SloEntity, { portUrn: port.urn, source: 'api', retiredAt: Not(IsNull()) }, { retiredAt: null, nextDueAt: null, version: () => '"version" + 1' });
    return { ...counts, reactivated: counts.reactivated + (revived.affected ?? 0) };
  }

  /**
   * Matches derived SLOs by property and element, in order when a pair repeats (two times of availability on one column);
   * retired ones (their port was dropped, and is back) are matched too and become live again.
   */
  private async replaceDerived(manager: EntityManager, portUrn: string, specs: SloSpec[], existing: SloEntity[]): Promise<Counts> {
    const counts = { ...noCounts(), ports: 1 };
    const pool = new Map<string, SloEntity[]>();
    for (const slo of existing) pool.set(keyOf(slo.property, slo.element), [...(pool.get(keyOf(slo.property, slo.element)) ?? []), slo]);
    const now = this.clock.now();
    const inserts: Partial<SloEntity>[] = [];
    const moves: { id: string; position: number }[] = [];
    const changes: { slo: SloEntity; columns: ReturnType<typeof specColumns> }[] = [];
    for (const [position, spec] of specs.entries()) {
      const columns = specColumns(spec);
      const match = pool.get(keyOf(spec.property, spec.element))?.shift();
      if (!match) {
        inserts.push({ ...columns, position, portUrn, windowSeconds: spec.windowSeconds, source: 'contract', status: 'unknown', statusSince: now, nextDueAt: null });
        continue;
      }
      if (match.position !== position || match.retiredAt !== null) moves.push({ id: match.id, position });
      if (match.retiredAt !== null) counts.reactivated += 1;
      // A new target may change the status: the evaluator takes the SLO at its next pass.
      if (!sameColumns(match, columns)) changes.push({ slo: match, columns });
      else if (match.retiredAt === null) counts.unchanged += 1;
    }
    const gone = [...pool.values()].flat();
    if (gone.length > 0) await manager.delete(SloEntity, { id: In(gone.map((s) => s.id)) });
    counts.removed = gone.filter((s) => s.retiredAt === null).length;
    await this.move(manager, moves);
    for (const { slo, columns } of changes) await manager.update(SloEntity, { id: slo.id }, { ...columns, version: slo.version + 1, nextDueAt: null });
    counts.updated = changes.filter((c) => c.slo.retiredAt === null).length;
    counts.created = await this.insertDerived(manager, inserts);
    return counts;
  }

  /**
   * Moves SLOs to their new positions (and revives retired ones) through negative positions first, so that no two live
   * SLOs of the port share a position at any moment (slos_contract_position_key is checked row by row). A move alone
   * changes the order only, not the SLO: its ETag stays; a revival bumps it.
   */
  private async move(manager: EntityManager, moves: { id: string; position: number }[]): Promise<void> {
    if (moves.length === 0) return;
    const rows = JSON.stringify(moves.map((m) => ({ id: m.id, position: -1 - m.position })));
    await manager.query(
      `UPDATE "sla"."slos" s SET "position" = m."position", "updated_at" = s."updated_at",
         "version" = s."version" + (CASE WHEN s."retired_at" IS NULL THEN 0 ELSE 1 END),
         "next_due_at" = CASE WHEN s."retired_at" IS NULL THEN s."next_due_at" ELSE NULL END, "retired_at" = NULL
       FROM jsonb_to_recordset($1::jsonb) AS m("id" uuid, "position" int) WHERE s."id" = m."id"`,
      [rows],
    );
    await manager.query(`UPDATE "sla"."slos" SET "position" = -1 - "position", "updated_at" = "updated_at" WHERE "id" = ANY($1::uuid[])`, [moves.map((m) => m.id)]);
  }

  /** Two first publishes of one port racing derive its SLOs once: the later one finds every position taken. */
  private async insertDerived(manager: EntityManager, inserts: Partial<SloEntity>[]): Promise<number> {
    if (inserts.length === 0) return 0;
    const result = await manager.createQueryBuilder().insert().into(SloEntity).values(inserts).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length;
  }

  /**
   * Ports of the product the version no longer lists: their SLOs (derived and added) are retired, no longer evaluated
   * nor listed unless asked, and their open incidents closed with reason `port-retired`. A later version listing the
   * port again revives them.
   */
  private async retireDropped(manager: EntityManager, domain: string, name: string, listed: string[]): Promise<Counts> {
    const dropped = await manager.find(PortEntity, {
      where: { domain, product: name, retiredAt: IsNull(), ...(listed.length > 0 ? { urn: Not(In(listed)) } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (dropped.length === 0) return noCounts();
    const now = this.clock.now();
    const urns = dropped.map((p) => p.urn);
    await manager.update(PortEntity, { urn: In(urns) }, { retiredAt: now });
    const retired = (await manager.query(
      `UPDATE "sla"."slos" SET "retired_at" = $2, "next_due_at" = NULL, "version" = "version" + 1 WHERE "port_urn" = ANY($1::varchar[]) AND "retired_at" IS NULL RETURNING "id"`,
      [urns, now.toISOString()],
    )) as [{ id: string }[], number];
    await closeIncidentsOfRetiredSlos(
      manager,
      this.events,
      retired[0].map((r) => r.id),
      now,
    );
    return { ...noCounts(), retiredPorts: dropped.length, retired: retired[0].length };
  }
}
