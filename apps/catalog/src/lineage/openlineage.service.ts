import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { normaliseRunEvent, type NormalisedRunEvent, parseUrn, validateRunEvent } from '@meshwork/descriptors';
import { AccessControl, EventOutbox, type ProblemFieldError, retryOnConflict } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { isObject } from '../common/json';
import { ProfilesService } from '../profiles/profiles.service';
import type { LineageIntakeResultDto } from './dto/lineage.dto';
import { datasetRef } from './refs';


/** The events of a batch body: a JSON array, or `{ "events": [...] }`. */
export function batchEvents(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (isObject(body) && Array.isArray(body.events)) return body.events;
  throw new CatalogError(CatalogErrorCode.INVALID_RUN_EVENT, 'A batch is a JSON array of OpenLineage run events, or an object { "events": [...] }.', [{ pointer: '', detail: 'must be an array of run events' }]);
}

/**
 * OpenLineage intake: run events become dataset-to-dataset edges; datasets are kept whether or not a port
 * claims them yet, and a COMPLETE run records when each output dataset was last written.
 * Any pipeline may report what it read; writing the dataset of an output port is reported only by a principal
 * that may update the port's data product.
 */
@Injectable()
export class OpenLineageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly events: EventOutbox,
    private readonly profiles: ProfilesService,
  ) {}

  async ingest(actor: Actor, events: unknown[], pointerPrefix: (index: number) => string): Promise<LineageIntakeResultDto> {
    const issues: ProblemFieldError[] = events.flatMap((event, i) => validateRunEvent(event).map((issue) => ({ pointer: `${pointerPrefix(i)}${issue.pointer}`, detail: issue.message })));
    if (issues.length > 0) throw new CatalogError(CatalogErrorCode.INVALID_RUN_EVENT, `Not a valid OpenLineage run event: ${issues[0].pointer} ${issues[0].detail}.`, issues);
    const normalised = events.map((event) => normaliseRunEvent(event));
    return retryOnConflict(() => this.dataSource.transaction(async (manager) => {
      await this.requireOwnedOutputs(manager, actor, normalised);
      let edges = 0;
      for (const event of normalised) edges += await this.store(manager, event);
      const refs = [...new Set(normalised.flatMap((e) => [...e.inputs, ...e.outputs].map((d) => datasetRef(d.key))))];
      const linked: { urn: string }[] = await manager.query('SELECT DISTINCT urn FROM catalog.lineage_aliases WHERE ref = ANY($1) ORDER BY urn', [refs]);
      await this.recordPortRuns(manager, normalised);
      const quality = await this.profiles.fromRunEvents(manager, actor, events, pointerPrefix);
      return { accepted: normalised.length, edges, linkedPorts: linked.map((l) => l.urn), ...quality };
    }));
  }

  /**
   * A lineage.run-completed or lineage.run-failed fact for each port a finished run wrote (COMPLETE or FAIL, through the
   * datasets their contracts serve), in the intake's transaction: SLA monitoring reads them from the feed.
   */
  private async recordPortRuns(manager: EntityManager, events: NormalisedRunEvent[]): Promise<void> {
    for (const event of events) {
      if ((event.eventType !== 'COMPLETE' && event.eventType !== 'FAIL') || event.outputs.length === 0) continue;
      const ports: { urn: string }[] = await manager.query('SELECT DISTINCT urn FROM catalog.lineage_aliases WHERE ref = ANY($1) ORDER BY urn', [event.outputs.map((o) => datasetRef(o.key))]);
      for (const { urn } of ports) {
        await this.events.append(manager, {
          type: event.eventType === 'COMPLETE' ? 'lineage.run-completed' : 'lineage.run-failed',
          subject: urn,
          data: { portUrn: urn, runId: event.runId, eventTime: event.eventTime, job: `${event.job.namespace}/${event.job.name}` },
        });
      }
    }
  }

  /** Every output dataset that a port claims must be one the actor may publish: all events of a batch, or none. */
  private async requireOwnedOutputs(manager: EntityManager, actor: Actor, events: NormalisedRunEvent[]): Promise<void> {
    const outputs = [...new Set(events.flatMap((e) => e.outputs.map((d) => datasetRef(d.key))))];
    if (outputs.length === 0) return;
    const claimed: { urn: string }[] = await manager.query('SELECT DISTINCT urn FROM catalog.lineage_aliases WHERE ref = ANY($1) ORDER BY urn', [outputs]);
    const ports = claimed.map(({ urn }) => ({ urn, parsed: parseUrn(urn) }));
    const domains = [...new Set(ports.map((p) => p.parsed?.domain).filter((d): d is string => d !== undefined))];
    if (domains.length === 0) return;
    const owners: { name: string; owner_team_id: string }[] = await manager.query('SELECT name, owner_team_id FROM catalog.domains WHERE name = ANY($1)', [domains]);
    for (const { urn, parsed } of ports) {
      if (!parsed) continue;
      const ownerTeamId = owners.find((o) => o.name === parsed.domain)?.owner_team_id ?? '';
      this.access.require(actor, 'update', subject('DataProduct', { domain: parsed.domain, ownerTeamId }), `data product ${parsed.domain}/${parsed.product} (a run reports writing its port ${urn})`);
    }
  }

  private async store(manager: EntityManager, event: NormalisedRunEvent): Promise<number> {
    const source = `openlineage:${event.job.namespace}/${event.job.name}`;
    const pairs = event.inputs.flatMap((input) => event.outputs.map((output) => [datasetRef(input.key), datasetRef(output.key)] as const));
    if (pairs.length > 0) {
      await manager.query(
        `INSERT INTO catalog.lineage_edges (from_ref, to_ref, from_node, to_node, kind, source, product_id, observed_at)
         SELECT e.from_ref, e.to_ref, coalesce(fa.urn, e.from_ref), coalesce(ta.urn, e.to_ref), 'openlineage', $3, NULL, now()
         FROM unnest($1::varchar[], $2::varchar[]) AS e(from_ref, to_ref)
         LEFT JOIN catalog.lineage_aliases fa ON fa.ref = e.from_ref
         LEFT JOIN catalog.lineage_aliases ta ON ta.ref = e.to_ref
         ON CONFLICT (from_ref, to_ref, kind, source) DO UPDATE SET observed_at = now()`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1]), source],
      );
    }
    if (event.eventType === 'COMPLETE' && event.outputs.length > 0) {
      const refs = event.outputs.map((o) => datasetRef(o.key));
      await manager.query(
        `INSERT INTO catalog.dataset_runs (ref, last_success_at, run_id, job)
         SELECT ref, $2::timestamptz, $3, $4 FROM unnest($1::varchar[]) AS ref
         ON CONFLICT (ref) DO UPDATE SET last_success_at = EXCLUDED.last_success_at, run_id = EXCLUDED.run_id, job = EXCLUDED.job
         WHERE catalog.dataset_runs.last_success_at < EXCLUDED.last_success_at`,
        [refs, event.eventTime, event.runId, `${event.job.namespace}/${event.job.name}`],
      );
    }
    return pairs.length;
  }

  /** When a run last completed writing a dataset of this port, from OpenLineage. */
  async lastSuccessfulRun(portUrn: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(
      'SELECT max(r.last_success_at) AS at FROM catalog.dataset_runs r JOIN catalog.lineage_aliases a ON a.ref = r.ref WHERE a.urn = $1',
      [portUrn],
    );
    return row?.at ? new Date(row.at) : null;
  }
}
