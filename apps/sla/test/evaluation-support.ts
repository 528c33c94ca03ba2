import { DataSource } from 'typeorm';
import { CLOCK } from '../src/clock';
import { EvaluatorService } from '../src/evaluation/evaluator.service';
import { feedSettled, json, jsonBody, type SlaHarness, startSla } from './support';
import { demoPublication, PORT, portSlos, publish, type Slo } from './slos-support';

export interface Incident {
  id: string;
  sloId: string;
  portUrn: string;
  productUrn: string;
  property: string;
  open: boolean;
  openedAt: string;
  detectedAt: string;
  closedAt: string | null;
  closeReason: 'recovered' | 'port-retired' | null;
  observed: { value: number | string | null; unit: string };
  target: Record<string, unknown>;
  timeToDetectSeconds: number;
  timeToRecoverSeconds: number | null;
}

export interface IncidentPage {
  items: Incident[];
  total: number;
}

export interface IncidentEventRow {
  id: string;
  incident_id: string;
  kind: string;
  port_urn: string;
  slo_id: string;
  payload: Incident;
  created_at: Date;
}

/** An SLA service whose clock the test moves and whose evaluator runs only when the test says so. */
export class EvaluationHarness {
  now: Date;

  constructor(
    readonly h: SlaHarness,
    start: string,
  ) {
    this.now = new Date(start);
    h.app.get<{ now: () => Date }>(CLOCK).now = () => this.now;
  }

  static async start(start: string): Promise<EvaluationHarness> {
    process.env.SLA_EVALUATOR = 'off';
    return new EvaluationHarness(await startSla(), start);
  }

  at(instant: string): void {
    this.now = new Date(instant);
  }

  get db(): DataSource {
    return this.h.app.get(DataSource);
  }

  /** Runs the evaluator, then waits until the facts it wrote can be read from the feed. */
  async evaluate(): Promise<number> {
    const evaluated = await this.h.app.get(EvaluatorService).runOnce();
    await feedSettled(this.h);
    return evaluated;
  }

  async publishDemo(): Promise<Slo[]> {
    const res = await publish(this.h, demoPublication());
    if (res.status !== 200) throw new Error(`publish: ${res.status} ${await res.text()}`);
    return portSlos(this.h);
  }

  /** Reports observations of the demo port; the observations service makes the port's SLOs due at once. */
  async observe(observations: Record<string, unknown>[]): Promise<void> {
    const res = await this.h.call('/v1/observations', { method: 'POST', ...jsonBody({ observations: observations.map((o) => ({ portUrn: PORT, ...o })) }) });
    if (res.status !== 200) throw new Error(`observe: ${res.status} ${await res.text()}`);
  }

  async slo(property: string): Promise<Slo> {
    const slo = (await portSlos(this.h)).find((s) => s.property === property);
    if (!slo) throw new Error(`no ${property} SLO`);
    return slo;
  }

  async incidents(query = ''): Promise<IncidentPage> {
    return json<IncidentPage>(await this.h.call(`/v1/incidents${query}`));
  }

  /** The incident facts in the service's feed (sla.events), in feed order. */
  async events(): Promise<IncidentEventRow[]> {
    return (await this.db.query(
      `SELECT "id"::text AS "id", "subject" AS "incident_id", split_part("type", '.', 5) AS "kind", "data"->'incident'->>'portUrn' AS "port_urn", "data"->'incident'->>'sloId' AS "slo_id", "data"->'incident' AS "payload", "time" AS "created_at"
       FROM sla.events WHERE "type" IN ('io.meshwork.sla.incident.opened.v1', 'io.meshwork.sla.incident.closed.v1') ORDER BY "tx_id", "id"`,
    )) as IncidentEventRow[];
  }
}
