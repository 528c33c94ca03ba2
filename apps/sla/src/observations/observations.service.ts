import { Inject, Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, type Page, pageWindow, type ProblemFieldError } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainOwners, UnknownDomain } from './domain-owners';
import type { ObservationBatchResultDto, ObservationDto, ObservationListQueryDto, PortObservationSummaryDto } from './dto/observation.dto';
import { type Clock, CLOCK } from '../clock';
import { SloDue } from '../evaluation/slo-due';
import { ObservationError, ObservationErrorCode } from './observation-error';
import type { ParsedObservation } from './observation-input';
import { MAX_LISTED_ERRORS } from './observation-input';

/**
 * Stores a batch and folds the newly stored rows into each port's summary, in one statement: rows already stored
 * (same port and id) are skipped and count for nothing; timestamps only move forward. Input is sorted by key so that
 * concurrent batches on the same ports lock rows in the same order.
 */
const INSERT_BATCH = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("portUrn" varchar, "id" varchar, "kind" varchar, "at" timestamptz, "rowCount" bigint, "errorCount" bigint, "success" boolean, "oldestRecordAt" timestamptz)
), inserted AS (
  INSERT INTO "sla"."observations" ("port_urn", "observation_id", "kind", "at", "row_count", "error_count", "success", "oldest_record_at", "received_at")
  SELECT "portUrn", "id", "kind", "at", "rowCount", "errorCount", "success", "oldestRecordAt", $2::timestamptz FROM input ORDER BY "portUrn", "id"
  ON CONFLICT ("port_urn", "observation_id") DO NOTHING
  RETURNING "port_urn", "kind", "at", "success", "oldest_record_at"
), per_port AS (
  SELECT "port_urn",
    max("at") FILTER (WHERE "kind" = 'refresh') AS "last_refresh_at",
    max("at") FILTER (WHERE "kind" = 'run') AS "last_run_at",
    max("at") FILTER (WHERE "kind" = 'run' AND "success" = false) AS "last_failed_run_at",
    max("at") FILTER (WHERE "kind" = 'check') AS "last_check_at",
    max("oldest_record_at") AS "last_oldest_record_at",
    count(*) AS "observation_count"
  FROM inserted GROUP BY "port_urn"
), summarised AS (
  INSERT INTO "sla"."port_observations" AS p ("port_urn", "last_refresh_at", "last_run_at", "last_failed_run_at", "last_check_at", "last_oldest_record_at", "observation_count", "updated_at")
  SELECT "port_urn", "last_refresh_at", "last_run_at", "last_failed_run_at", "last_check_at", "last_oldest_record_at", "observation_count", $2::timestamptz FROM per_port ORDER BY "port_urn"
  ON CONFLICT ("port_urn") DO UPDATE SET
    "last_refresh_at" = GREATEST(p."last_refresh_at", EXCLUDED."last_refresh_at"),
    "last_run_at" = GREATEST(p."last_run_at", EXCLUDED."last_run_at"),
    "last_failed_run_at" = GREATEST(p."last_failed_run_at", EXCLUDED."last_failed_run_at"),
    "last_check_at" = GREATEST(p."last_check_at", EXCLUDED."last_check_at"),
    "last_oldest_record_at" = GREATEST(p."last_oldest_record_at", EXCLUDED."last_oldest_record_at"),
    "observation_count" = p."observation_count" + EXCLUDED."observation_count",
    "updated_at" = EXCLUDED."updated_at"
  RETURNING 1
)
SELECT (SELECT count(*) FROM inserted)::int AS "accepted", (SELECT count(*) FROM summarised)::int AS "ports"`;

interface ObservationRow {
  port_urn: string;
  observation_id: string;
  kind: ObservationDto['kind'];
  at: Date;
  row_count: string | null;
  error_count: string | null;
  success: boolean | null;
  oldest_record_at: Date | null;
  received_at: Date;
}

interface SummaryRow {
  port_urn: string;
  last_refresh_at: Date | null;
  last_run_at: Date | null;
  last_failed_run_at: Date | null;
  last_check_at: Date | null;
  last_oldest_record_at: Date | null;
  observation_count: string;
  updated_at: Date;
}

function toDto(row: ObservationRow): ObservationDto {
  const dto: ObservationDto = { portUrn: row.port_urn, id: row.observation_id, kind: row.kind, at: row.at.toISOString(), receivedAt: row.received_at.toISOString() };
  if (row.row_count !== null) dto.rowCount = Number(row.row_count);
  if (row.error_count !== null) dto.errorCount = Number(row.error_count);
  if (row.success !== null) dto.success = row.success;
  if (row.oldest_record_at !== null) dto.oldestRecordAt = row.oldest_record_at.toISOString();
  return dto;
}

function summaryDto(row: SummaryRow): PortObservationSummaryDto {
  const dto: PortObservationSummaryDto = { portUrn: row.port_urn, observationCount: Number(row.observation_count), updatedAt: row.updated_at.toISOString() };
  if (row.last_refresh_at) dto.lastRefreshAt = row.last_refresh_at.toISOString();
  if (row.last_run_at) dto.lastRunAt = row.last_run_at.toISOString();
  if (row.last_failed_run_at) dto.lastFailedRunAt = row.last_failed_run_at.toISOString();
  if (row.last_check_at) dto.lastCheckAt = row.last_check_at.toISOString();
  if (row.last_oldest_record_at) dto.lastOldestRecordAt = row.last_oldest_record_at.toISOString();
  return dto;
}

@Injectable()
export class ObservationsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessControl,
    private readonly owners: DomainOwners,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly due: SloDue,
  ) {}

  now(): number {
    return this.clock.now().getTime();
  }

  /**
   * Only members of the team owning a port's domain (as the catalog says) and platform admins report on it. Every
   * domain of the batch is looked up at once; items naming a domain the catalog does not know make a 422.
   */
  async authorize(actor: Actor, observations: ParsedObservation[], authorization: string | undefined, pointer: (index: number) => string = batchPointer): Promise<void> {
    if (this.access.can(actor, 'manage', 'all')) return;
    const domains = [...new Set(observations.map((o) => o.domain))];
    const owners = await Promise.all(domains.map((d) => this.owners.ownerOf(d, authorization).catch((error: unknown) => (error instanceof UnknownDomain ? undefined : Promise.reject(error)))));
    const unknown = new Set(domains.filter((_, i) => owners[i] === undefined));
    if (unknown.size > 0) throw unknownDomains(observations, unknown, pointer);
    domains.forEach((domain, i) => {
      const ownerTeamId = owners[i] as string;
      this.access.require(actor, 'create', asSubject('Observation', { ownerTeamId }), `observations of ports in domain '${domain}': only members of its owner team '${ownerTeamId}' or a platform admin may`);
    });
  }

  async record(observations: ParsedObservation[]): Promise<ObservationBatchResultDto> {
    return this.db.transaction((manager) => this.recordIn(manager, observations));
  }

  /** The same in the caller's transaction (the catalog feed's run facts, with the advance of the cursor). */
  async recordIn(manager: EntityManager, observations: ParsedObservation[]): Promise<ObservationBatchResultDto> {
    // The parsed observations are the rows: their keys name the record's columns (the domain is left out by it).
    const [result] = (await manager.query(INSERT_BATCH, [JSON.stringify(observations), this.clock.now().toISOString()])) as { accepted: number }[];
    // What was just observed may change the status of the ports' SLOs: the evaluator takes them next, not at their old due time.
    if (result.accepted > 0) await this.due.markPortsDue(manager, [...new Set(observations.map((o) => o.portUrn))]);
    return { accepted: result.accepted, duplicates: observations.length - result.accepted };
  }

  async list(query: ObservationListQueryDto): Promise<Page<ObservationDto>> {
    const { limit, offset } = pageWindow(query);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.portUrn !== undefined) add('"port_urn" = ?', query.portUrn);
    if (query.kind !== undefined) add('"kind" = ?', query.kind);
    if (query.from !== undefined) add('"at" >= ?::timestamptz', query.from);
    if (query.to !== undefined) add('"at" < ?::timestamptz', query.to);
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT * FROM "sla"."observations" ${filter} ORDER BY "at" DESC, "port_urn", "observation_id" LIMIT ${limit} OFFSET ${offset}`, params) as Promise<ObservationRow[]>,
      this.db.query(`SELECT count(*)::int AS "total" FROM "sla"."observations" ${filter}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toDto), total, limit, offset };
  }

  async summary(portUrn: string): Promise<PortObservationSummaryDto> {
    const [row] = (await this.db.query(`SELECT * FROM "sla"."port_observations" WHERE "port_urn" = $1`, [portUrn])) as SummaryRow[];
    return row ? summaryDto(row) : { portUrn, observationCount: 0 };
  }
}

function batchPointer(index: number): string {
  return `/observations/${index}/portUrn`;
}

function unknownDomains(observations: ParsedObservation[], unknown: Set<string>, pointer: (index: number) => string): ObservationError {
  const errors: ProblemFieldError[] = [];
  let count = 0;
  observations.forEach((o, i) => {
    if (!unknown.has(o.domain)) return;
    count++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ location: 'body', pointer: pointer(i), detail: `the catalog knows no domain '${o.domain}'` });
  });
  const names = [...unknown].map((d) => `'${d}'`).join(', ');
  return new ObservationError(ObservationErrorCode.UNKNOWN_DOMAIN, `${count} observations name ports of domains the catalog does not know: ${names}.`, errors);
}
