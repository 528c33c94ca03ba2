import { Injectable } from '@nestjs/common';
import type { Actor } from '@meshwork/authz';
import { datasetKey } from '@meshwork/descriptors';
import { PlatformError, PlatformErrorCode, retryOnConflict } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { isObject } from '../common/json';
import { datasetRef } from '../lineage/refs';
import type { PortContext } from '../quality/port-context';
import type { ColumnProfile } from '../quality/quality-rules';
import { type FactSource, QualityService, type ReportedResult } from '../quality/quality.service';
import { decodeSeqCursor, encodeSeqCursor } from '../quality/seq-cursor';
import { type ProfileInput, parseProfile, profileFromFacet } from './profile-input';

/** A stored profile. */
export interface ProfileRow {
  id: string;
  seq: string;
  port_urn: string;
  contract_id: string | null;
  contract_version: string | null;
  object: string | null;
  row_count: string | null;
  columns: ColumnProfile[];
  source: FactSource;
  run_id: string | null;
  observed_at: Date;
  received_at: Date;
  recorded_by: string | null;
}

/** What the quality facets of a batch of run events did. */
export interface FacetOutcome {
  /** Ports whose profile a `dataQualityMetrics` facet recorded. */
  profiledPorts: string[];
  /** Ports that got quality results from a `dataQualityAssertions` facet. */
  assertedPorts: string[];
  /** Facets not used, with the reason (not the port owner's, invalid, no rule matched). */
  ignored: { pointer: string; reason: string }[];
}

const INSERT_PROFILE = `
INSERT INTO catalog.port_profiles (port_urn, contract_id, contract_version, object, row_count, columns, source, run_id, observed_at, recorded_by)
VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::timestamptz, $10)
RETURNING id, observed_at`;

const PROFILE_COLUMNS = 'id, seq::text AS seq, port_urn, contract_id, contract_version, object, row_count::text AS row_count, columns, source, run_id, observed_at, received_at, recorded_by';

/** OpenLineage assertion names of common checkers, read as the ODCS library metric they test. */
const ASSERTION_METRICS: Readonly<Record<string, string>> = {
  not_null: 'nullValues',
  notnull: 'nullValues',
  nullvalues: 'nullValues',
  expect_column_values_to_not_be_null: 'nullValues',
  unique: 'duplicateValues',
  duplicatevalues: 'duplicateValues',
  expect_column_values_to_be_unique: 'duplicateValues',
  accepted_values: 'invalidValues',
  invalidvalues: 'invalidValues',
  missingvalues: 'missingValues',
  row_count: 'rowCount',
  rowcount: 'rowCount',
};

/** Where a dataset of a run event carries its facets: OpenLineage puts quality facets among input or output facets, or the dataset's own. */
const FACET_HOLDERS = ['inputFacets', 'outputFacets', 'facets'] as const;

@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly quality: QualityService,
  ) {}

  /** PUT /v1/ports/{urn}/profile: a new profile of the port (the previous ones stay in its history), its rules evaluated. */
  async put(actor: Actor, urn: string, body: unknown): Promise<ProfileRow> {
    const parsed = parseProfile(body);
    if ('problems' in parsed) {
      const [first] = parsed.problems;
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid profile: ${first.pointer || '/'} ${first.detail}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}.`, parsed.problems);
    }
    return retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const port = await this.quality.ports.get(urn, manager);
        this.quality.requireWriter(actor, port);
        return this.record(manager, port, parsed.profile, 'api', actor.id);
      }),
    );
  }

  private async record(manager: EntityManager, port: PortContext, profile: ProfileInput, source: FactSource, recordedBy: string | null): Promise<ProfileRow> {
    const [inserted] = (await manager.query(INSERT_PROFILE, [
      port.urn,
      port.contractId,
      port.contractVersion,
      profile.object,
      profile.rowCount,
      JSON.stringify(profile.columns),
      source,
      profile.runId,
      profile.observedAt ?? new Date().toISOString(),
      recordedBy,
    ])) as { id: string; observed_at: Date }[];
    await this.quality.evaluateProfile(manager, port, { ...profile, id: inserted.id, observedAt: inserted.observed_at.toISOString(), source, runId: profile.runId });
    const [row] = (await manager.query(`SELECT ${PROFILE_COLUMNS} FROM catalog.port_profiles WHERE id = $1`, [inserted.id])) as ProfileRow[];
    return row;
  }

  /** The port's latest profile; 404 when none was recorded. */
  async latest(urn: string): Promise<ProfileRow> {
    const port = await this.quality.ports.get(urn);
    const [row] = (await this.dataSource.query(`SELECT ${PROFILE_COLUMNS} FROM catalog.port_profiles WHERE port_urn = $1 ORDER BY port_profiles.seq DESC LIMIT 1`, [port.urn])) as ProfileRow[];
    if (!row) throw new CatalogError(CatalogErrorCode.URN_NOT_FOUND, `No profile of ${urn} was recorded yet (PUT /v1/ports/{urn}/profile, or an OpenLineage dataQualityMetrics facet).`);
    return row;
  }

  /** The latest profile of each of these ports, without the port checks (the product page's local part). */
  async latestOf(urns: string[]): Promise<Map<string, ProfileRow>> {
    if (urns.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT DISTINCT ON (port_urn) ${PROFILE_COLUMNS} FROM catalog.port_profiles WHERE port_urn = ANY($1) ORDER BY port_urn, port_profiles.seq DESC`, [urns])) as ProfileRow[];
    return new Map(rows.map((r) => [r.port_urn, r]));
  }

  /** The port's profiles, newest first (optionally of one contract version), a page at a time. */
  async history(urn: string, contractVersion: string | undefined, cursor: string | undefined, limit: number): Promise<{ rows: ProfileRow[]; nextCursor: string | null }> {
    const port = await this.quality.ports.get(urn);
    const before = cursor === undefined ? null : decodeSeqCursor(cursor);
    const rows = (await this.dataSource.query(
      `SELECT ${PROFILE_COLUMNS} FROM catalog.port_profiles WHERE port_urn = $1 AND ($2::varchar IS NULL OR contract_version = $2) AND ($3::bigint IS NULL OR port_profiles.seq < $3::bigint) ORDER BY port_profiles.seq DESC LIMIT $4`,
      [port.urn, contractVersion ?? null, before, limit + 1],
    )) as ProfileRow[];
    const page = rows.slice(0, limit);
    return { rows: page, nextCursor: rows.length > limit ? encodeSeqCursor(page[page.length - 1].seq) : null };
  }

  /**
   * The quality facets of run events, in the lineage intake's transaction: `dataQualityMetrics` of a dataset that a port
   * serves becomes the port's profile, `dataQualityAssertions` its quality results (an assertion names a rule by its id,
   * or by a metric and the column). Only a principal who may update the port's product records them; other facets are
   * passed over and listed, so that the lineage of the run is kept whoever reports it. Facets of datasets that no port
   * serves (the sources a pipeline reads) are not the catalog's to keep.
   */
  async fromRunEvents(manager: EntityManager, actor: Actor, events: unknown[], pointerPrefix: (index: number) => string): Promise<FacetOutcome> {
    const outcome: FacetOutcome = { profiledPorts: [], assertedPorts: [], ignored: [] };
    for (const [index, event] of events.entries()) {
      if (!isObject(event)) continue;
      const runId = isObject(event.run) && typeof event.run.runId === 'string' ? event.run.runId : null;
      const eventTime = typeof event.eventTime === 'string' ? new Date(event.eventTime).toISOString() : new Date().toISOString();
      for (const side of ['inputs', 'outputs'] as const) {
        const datasets = Array.isArray(event[side]) ? event[side] : [];
        for (const [d, dataset] of datasets.entries()) {
          if (!isObject(dataset) || typeof dataset.namespace !== 'string' || typeof dataset.name !== 'string') continue;
          for (const holder of FACET_HOLDERS) {
            const facets = dataset[holder];
            if (!isObject(facets)) continue;
            const base = `${pointerPrefix(index)}/${side}/${d}/${holder}`;
            if (isObject(facets.dataQualityMetrics) || isObject(facets.dataQualityAssertions)) {
              const ports = await this.portsOf(manager, dataset.namespace, dataset.name);
              if (isObject(facets.dataQualityMetrics)) await this.metricsFacet(manager, actor, ports, facets.dataQualityMetrics, runId, eventTime, `${base}/dataQualityMetrics`, outcome);
              if (isObject(facets.dataQualityAssertions)) await this.assertionsFacet(manager, actor, ports, facets.dataQualityAssertions, runId, eventTime, `${base}/dataQualityAssertions`, outcome);
            }
          }
        }
      }
    }
    outcome.profiledPorts = [...new Set(outcome.profiledPorts)].sort();
    outcome.assertedPorts = [...new Set(outcome.assertedPorts)].sort();
    return outcome;
  }

  private async portsOf(manager: EntityManager, namespace: string, name: string): Promise<PortContext[]> {
    const rows = (await manager.query('SELECT DISTINCT urn FROM catalog.lineage_aliases WHERE ref = $1 ORDER BY urn', [datasetRef(datasetKey(namespace, name))])) as { urn: string }[];
    return this.quality.ports.known(manager, rows.map((r) => r.urn));
  }

  private writable(actor: Actor, ports: PortContext[], pointer: string, outcome: FacetOutcome): PortContext[] {
    return ports.filter((port) => {
      if (this.quality.mayWrite(actor, port)) return true;
      outcome.ignored.push({ pointer, reason: `only those who may update data product ${port.domain}/${port.product} record the quality of ${port.urn}` });
      return false;
    });
  }

  private async metricsFacet(manager: EntityManager, actor: Actor, ports: PortContext[], facet: Record<string, unknown>, runId: string | null, eventTime: string, pointer: string, outcome: FacetOutcome): Promise<void> {
    const targets = this.writable(actor, ports, pointer, outcome);
    if (targets.length === 0) return;
    const parsed = parseProfile(profileFromFacet(facet, runId, eventTime), pointer);
    if ('problems' in parsed) {
      outcome.ignored.push(...parsed.problems.slice(0, 10).map((p) => ({ pointer: p.pointer.replace(`${pointer}/columns/`, `${pointer}/columnMetrics/#`), reason: p.detail })));
      return;
    }
    for (const port of targets) {
      // A run event sent again (a client's retry) names the same run at the same time: its profile is already kept.
      const [known] = (await manager.query("SELECT 1 FROM catalog.port_profiles WHERE port_urn = $1 AND source = 'openlineage' AND run_id IS NOT DISTINCT FROM $2 AND observed_at = $3::timestamptz LIMIT 1", [
        port.urn,
        parsed.profile.runId,
        parsed.profile.observedAt,
      ])) as unknown[];
      if (!known) await this.record(manager, port, parsed.profile, 'openlineage', actor.id);
      outcome.profiledPorts.push(port.urn);
    }
  }

  private async assertionsFacet(manager: EntityManager, actor: Actor, ports: PortContext[], facet: Record<string, unknown>, runId: string | null, eventTime: string, pointer: string, outcome: FacetOutcome): Promise<void> {
    const targets = this.writable(actor, ports, pointer, outcome);
    const assertions = Array.isArray(facet.assertions) ? facet.assertions : [];
    for (const port of targets) {
      const results: ReportedResult[] = [];
      for (const [i, assertion] of assertions.entries()) {
        if (!isObject(assertion) || typeof assertion.assertion !== 'string' || typeof assertion.success !== 'boolean') {
          outcome.ignored.push({ pointer: `${pointer}/assertions/${i}`, reason: 'an assertion needs assertion (a string) and success (a boolean)' });
          continue;
        }
        const rule = matchRule(port, assertion.assertion, typeof assertion.column === 'string' ? assertion.column : null);
        if (!rule) {
          outcome.ignored.push({ pointer: `${pointer}/assertions/${i}`, reason: `no quality rule of the contract of ${port.urn} matches assertion '${assertion.assertion}'${typeof assertion.column === 'string' ? ` on column ${assertion.column}` : ''}` });
          continue;
        }
        results.push({ rule, passed: assertion.success, value: null, rowCount: null, failingRows: null, at: eventTime, detail: `OpenLineage assertion ${assertion.assertion}${typeof assertion.column === 'string' ? ` on ${assertion.column}` : ''}` });
      }
      const fresh = await this.unseen(manager, port, results, runId);
      if (fresh.length > 0) await this.quality.store(manager, port, this.quality.evaluationsOf(port, fresh, 'openlineage', runId, new Date(eventTime), (i) => `${pointer}/assertions/${i}`));
      if (results.length > 0) outcome.assertedPorts.push(port.urn);
    }
  }

  /** The results of a run event's assertions not kept yet: the same event sent again adds nothing. */
  private async unseen(manager: EntityManager, port: PortContext, results: ReportedResult[], runId: string | null): Promise<ReportedResult[]> {
    if (runId === null || results.length === 0) return results;
    const kept = (await manager.query(
      "SELECT rule_id, evaluated_at FROM catalog.quality_results WHERE port_urn = $1 AND run_id = $2 AND basis = 'reported' AND source = 'openlineage'",
      [port.urn, runId],
    )) as { rule_id: string; evaluated_at: Date }[];
    const seen = new Set(kept.map((k) => `${k.rule_id} ${new Date(k.evaluated_at).toISOString()}`));
    return results.filter((r) => !seen.has(`${r.rule} ${r.at === null ? '' : new Date(r.at).toISOString()}`));
  }
}

/** The rule an OpenLineage assertion reports on: the rule of that id (or name), else the rule of that metric on that column. */
function matchRule(port: PortContext, assertion: string, column: string | null): string | undefined {
  const onColumn = (property: string | null, physical: string | null) => column === null || [property, physical].some((n) => n !== null && n.toLowerCase() === column.toLowerCase());
  const named = port.rules.find((r) => (r.ruleId === assertion || r.name === assertion) && onColumn(r.property, r.physicalName));
  if (named) return named.ruleId;
  const metric = ASSERTION_METRICS[assertion.toLowerCase()];
  if (!metric) return undefined;
  const rule = port.rules.find((r) => r.metric === metric && (metric === 'rowCount' ? r.property === null : column !== null && onColumn(r.property, r.physicalName)));
  return rule?.ruleId;
}
