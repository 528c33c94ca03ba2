import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Actor } from '@meshwork/authz';
import { AccessControl, EventOutbox, PlatformError, PlatformErrorCode, type ProblemFieldError, retryOnConflict } from '@meshwork/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode } from '../common/catalog-error';
import { FUTURE_TOLERANCE_MS, INSTANT } from '../profiles/profile-input';
import { isObject } from '../common/json';
import { decodeSeqCursor, encodeSeqCursor } from './seq-cursor';
import { type PortContext, PortContexts } from './port-context';
import { keeps, measure, operatorObject, type ProfileFacts, type QualityRule } from './quality-rules';

export type Outcome = 'pass' | 'fail';
/** `profile`: measured from a column profile by the catalog; `reported`: the result of the domain's own check. */
export type Basis = 'profile' | 'reported';
/** How the facts came: `api` (PUT profile, POST quality-results) or `openlineage` (facets of a run event). */
export type FactSource = 'api' | 'openlineage';

export interface Evaluation {
  rule: QualityRule;
  outcome: Outcome;
  value: number | null;
  unit: string | null;
  rowCount: number | null;
  failingRows: number | null;
  basis: Basis;
  source: FactSource;
  profileId: string | null;
  runId: string | null;
  detail: string | null;
  evaluatedAt: string;
}

/** One stored outcome of a rule. */
export interface QualityResultRow {
  id: string;
  seq: string;
  port_urn: string;
  rule_id: string;
  element: string;
  metric: string | null;
  severity: string;
  outcome: Outcome;
  value: number | null;
  unit: string | null;
  row_count: string | null;
  failing_rows: string | null;
  basis: Basis;
  source: FactSource;
  profile_id: string | null;
  run_id: string | null;
  detail: string | null;
  contract_version: string | null;
  evaluated_at: Date;
}

/** A result reported by a domain's own check, before it is matched to a rule. */
export interface ReportedResult {
  rule: string;
  passed: boolean | null;
  value: number | null;
  rowCount: number | null;
  failingRows: number | null;
  at: string | null;
  detail: string | null;
}

export const MAX_RESULTS = 500;
const MAX_DETAIL = 1000;
const MAX_RULE = 300;

const INSERT = `
INSERT INTO catalog.quality_results (port_urn, rule_id, element, metric, severity, outcome, value, unit, row_count, failing_rows, basis, source, profile_id, run_id, detail, contract_version, evaluated_at)
SELECT $1, r.rule_id, r.element, r.metric, r.severity, r.outcome, r.value, r.unit, r.row_count, r.failing_rows, r.basis, r.source, r.profile_id, r.run_id, r.detail, $2, r.evaluated_at
FROM jsonb_to_recordset($3::jsonb) AS r(rule_id varchar, element varchar, metric varchar, severity varchar, outcome varchar, value float8, unit varchar, row_count bigint, failing_rows bigint, basis varchar, source varchar, profile_id uuid, run_id varchar, detail text, evaluated_at timestamptz, position int)
ORDER BY r.position
RETURNING id, rule_id`;

const RESULT_COLUMNS =
  'id, seq::text AS seq, port_urn, rule_id, element, metric, severity, outcome, value, unit, row_count::text AS row_count, failing_rows::text AS failing_rows, basis, source, profile_id, run_id, detail, contract_version, evaluated_at';

/**
 * The current outcome of each rule: measured from the port's latest profile when it carries the metric, else the
 * latest result reported by the domain's checks, else what an older profile measured.
 */
const CURRENT = `
SELECT DISTINCT ON (rule_id) ${RESULT_COLUMNS} FROM catalog.quality_results
WHERE port_urn = $1
ORDER BY rule_id, (profile_id IS NOT DISTINCT FROM $2::uuid AND basis = 'profile') DESC, (basis = 'reported') DESC, quality_results.seq DESC`;

const LATEST_PROFILE = 'SELECT id, row_count, object, columns FROM catalog.port_profiles WHERE port_urn = $1 ORDER BY seq DESC LIMIT 1';

@Injectable()
export class QualityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessControl,
    private readonly events: EventOutbox,
    readonly ports: PortContexts,
  ) {}

  /** Only those who may update the port's data product record its profiles and quality results. */
  requireWriter(actor: Actor, port: PortContext): void {
    this.access.require(actor, 'update', subject('DataProduct', { domain: port.domain, ownerTeamId: port.ownerTeamId }), `data product ${port.domain}/${port.product} (its port ${port.urn})`);
  }

  mayWrite(actor: Actor, port: PortContext): boolean {
    return this.access.can(actor, 'update', subject('DataProduct', { domain: port.domain, ownerTeamId: port.ownerTeamId }));
  }

  /** Evaluates every rule that a new profile measures, in the profile's transaction. */
  async evaluateProfile(manager: EntityManager, port: PortContext, profile: ProfileFacts & { id: string; observedAt: string; source: FactSource; runId: string | null }): Promise<void> {
    const evaluations: Evaluation[] = [];
    for (const rule of port.rules) {
      const measured = measure(rule, profile);
      if (!measured || rule.operator === null) continue;
      evaluations.push({
        rule,
        outcome: keeps(rule.operator, measured.value) ? 'pass' : 'fail',
        value: measured.value,
        unit: measured.unit,
        rowCount: measured.rowCount,
        failingRows: measured.failingRows,
        basis: 'profile',
        source: profile.source,
        profileId: profile.id,
        runId: profile.runId,
        detail: null,
        evaluatedAt: profile.observedAt,
      });
    }
    await this.store(manager, port, evaluations);
  }

  /** Results of the domain's own checks, matched to the rules of the port's contract; 422 for a rule the contract does not state. */
  evaluationsOf(port: PortContext, results: ReportedResult[], source: FactSource, runId: string | null, now: Date, pointer: (i: number) => string): Evaluation[] {
    const problems: ProblemFieldError[] = [];
    const evaluations: Evaluation[] = [];
    results.forEach((result, i) => {
      const rule = port.rules.find((r) => r.ruleId === result.rule);
      if (!rule) {
        problems.push({ location: 'body', pointer: `${pointer(i)}/rule`, detail: `'${result.rule}' is not a quality rule of the contract of ${port.urn}` });
        return;
      }
      let outcome: Outcome;
      if (result.passed !== null) outcome = result.passed ? 'pass' : 'fail';
      else if (result.value !== null && rule.operator !== null) outcome = keeps(rule.operator, result.value) ? 'pass' : 'fail';
      else {
        problems.push({ location: 'body', pointer: `${pointer(i)}/passed`, detail: `rule '${rule.ruleId}' states no mustBe… operator to compare a value with: send passed` });
        return;
      }
      evaluations.push({
        rule,
        outcome,
        value: result.value,
        unit: result.value === null ? null : rule.unit,
        rowCount: result.rowCount,
        failingRows: result.failingRows,
        basis: 'reported',
        source,
        profileId: null,
        runId,
        detail: result.detail,
        evaluatedAt: result.at ?? now.toISOString(),
      });
    });
    if (problems.length > 0) {
      const known = port.rules.map((r) => r.ruleId);
      throw new CatalogError(
        CatalogErrorCode.INVALID_DOCUMENT,
        `${problems[0].pointer}: ${problems[0].detail}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. Rules of the contract${port.contractId ? ` ${port.contractId} ${port.contractVersion ?? ''}`.trimEnd() : ''}: ${known.length > 0 ? known.join(', ') : 'none'}.`,
        problems,
      );
    }
    return evaluations;
  }

  /** POST /v1/ports/{urn}/quality-results: stores the batch (all or none) and answers the port's quality now. */
  async report(actor: Actor, urn: string, body: unknown): Promise<{ port: PortContext; rows: QualityResultRow[]; profileId: string | null }> {
    const { results, runId } = parseResults(body);
    return retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const port = await this.ports.get(urn, manager);
        this.requireWriter(actor, port);
        await this.store(manager, port, this.evaluationsOf(port, results, 'api', runId, new Date(), (i) => `/results/${i}`));
        return this.currentIn(manager, port);
      }),
    );
  }

  /**
   * Stores evaluations and, for each failing `error` rule whose outcome is now the rule's current one, a quality.failed
   * fact in the same transaction (SLA monitoring counts it). A reported result for a rule the latest profile measures is
   * kept in the history only.
   */
  async store(manager: EntityManager, port: PortContext, evaluations: Evaluation[]): Promise<void> {
    if (evaluations.length === 0) return;
    const rows = evaluations.map((e, position) => ({
      rule_id: e.rule.ruleId,
      element: e.rule.element,
      metric: e.rule.metric,
      severity: e.rule.severity,
      outcome: e.outcome,
      value: e.value,
      unit: e.unit,
      row_count: e.rowCount,
      failing_rows: e.failingRows,
      basis: e.basis,
      source: e.source,
      profile_id: e.profileId,
      run_id: e.runId,
      detail: e.detail,
      evaluated_at: e.evaluatedAt,
      position,
    }));
    const ids = (await manager.query(INSERT, [port.urn, port.contractVersion, JSON.stringify(rows)])) as { id: string; rule_id: string }[];
    const latest = (await manager.query(LATEST_PROFILE, [port.urn])) as { id: string; row_count: string | null; object: string | null; columns: ProfileFacts['columns'] }[];
    const profile: ProfileFacts | null = latest[0] ? { rowCount: latest[0].row_count === null ? null : Number(latest[0].row_count), object: latest[0].object, columns: latest[0].columns } : null;
    for (const [i, e] of evaluations.entries()) {
      if (e.outcome !== 'fail' || e.rule.severity !== 'error') continue;
      if (e.basis === 'reported' && profile && measure(e.rule, profile)) continue;
      await this.events.append(manager, {
        type: 'quality.failed',
        subject: port.urn,
        data: {
          portUrn: port.urn,
          resultId: ids[i].id,
          ruleId: e.rule.ruleId,
          element: e.rule.element,
          metric: e.rule.metric,
          severity: e.rule.severity,
          operator: operatorObject(e.rule.operator),
          value: e.value,
          unit: e.unit,
          rowCount: e.rowCount,
          failingRows: e.failingRows,
          basis: e.basis,
          source: e.source,
          runId: e.runId,
          contractId: port.contractId,
          contractVersion: port.contractVersion,
          evaluatedAt: new Date(e.evaluatedAt).toISOString(),
        },
      });
    }
  }

  /** The current outcome of each rule of the port, and the latest profile's id. */
  async current(urn: string): Promise<{ port: PortContext; rows: QualityResultRow[]; profileId: string | null }> {
    const port = await this.ports.get(urn);
    return this.currentIn(this.dataSource.manager, port);
  }

  async currentIn(manager: EntityManager, port: PortContext): Promise<{ port: PortContext; rows: QualityResultRow[]; profileId: string | null }> {
    const [profile] = (await manager.query('SELECT id FROM catalog.port_profiles WHERE port_urn = $1 ORDER BY seq DESC LIMIT 1', [port.urn])) as { id: string }[];
    const rows = (await manager.query(CURRENT, [port.urn, profile?.id ?? null])) as QualityResultRow[];
    return { port, rows, profileId: profile?.id ?? null };
  }

  /** Every stored outcome of the port's rules, newest first (optionally of one rule), a page at a time. */
  async history(urn: string, rule: string | undefined, cursor: string | undefined, limit: number): Promise<{ rows: QualityResultRow[]; nextCursor: string | null }> {
    const port = await this.ports.get(urn);
    const before = cursor === undefined ? null : decodeSeqCursor(cursor);
    const rows = (await this.dataSource.query(
      `SELECT ${RESULT_COLUMNS} FROM catalog.quality_results WHERE port_urn = $1 AND ($2::varchar IS NULL OR rule_id = $2) AND ($3::bigint IS NULL OR quality_results.seq < $3::bigint) ORDER BY quality_results.seq DESC LIMIT $4`,
      [port.urn, rule ?? null, before, limit + 1],
    )) as QualityResultRow[];
    const page = rows.slice(0, limit);
    return { rows: page, nextCursor: rows.length > limit ? encodeSeqCursor(page[page.length - 1].seq) : null };
  }
}

function invalid(problems: ProblemFieldError[]): never {
  throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `Invalid body: ${problems.slice(0, 5).map((p) => `${p.pointer} ${p.detail}`).join('; ')}${problems.length > 5 ? '; …' : ''}`, problems);
}

function optionalCount(value: unknown, pointer: string, problems: ProblemFieldError[]): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  problems.push({ location: 'body', pointer, detail: 'must be a non-negative integer' });
  return null;
}

const RESULT_FIELDS = new Set(['rule', 'passed', 'value', 'rowCount', 'failingRows', 'at', 'detail']);

/** The body of POST /v1/ports/{urn}/quality-results: `{ runId?, results: [...] }`, checked by hand as profiles are. */
export function parseResults(body: unknown): { results: ReportedResult[]; runId: string | null } {
  const problems: ProblemFieldError[] = [];
  if (!isObject(body)) invalid([{ location: 'body', pointer: '', detail: 'the body must be a JSON object' }]);
  for (const key of Object.keys(body)) if (key !== 'results' && key !== 'runId') problems.push({ location: 'body', pointer: `/${key}`, detail: `property ${key} should not exist` });
  let runId: string | null = null;
  if (body.runId !== undefined && body.runId !== null) {
    if (typeof body.runId === 'string' && body.runId.length >= 1 && body.runId.length <= 200) runId = body.runId;
    else problems.push({ location: 'body', pointer: '/runId', detail: 'runId must be a string of 1 to 200 characters' });
  }
  if (!Array.isArray(body.results) || body.results.length < 1 || body.results.length > MAX_RESULTS) {
    problems.push({ location: 'body', pointer: '/results', detail: `results must be an array of 1 to ${MAX_RESULTS} results` });
    invalid(problems);
  }
  const results = body.results.flatMap((value, i): ReportedResult[] => {
    const at = `/results/${i}`;
    if (!isObject(value)) {
      problems.push({ location: 'body', pointer: at, detail: 'a result must be a JSON object' });
      return [];
    }
    const before = problems.length;
    for (const key of Object.keys(value)) if (!RESULT_FIELDS.has(key)) problems.push({ location: 'body', pointer: `${at}/${key}`, detail: `property ${key} should not exist` });
    if (typeof value.rule !== 'string' || value.rule.length < 1 || value.rule.length > MAX_RULE) problems.push({ location: 'body', pointer: `${at}/rule`, detail: `rule must be the id of a quality rule of the contract (1 to ${MAX_RULE} characters)` });
    const passed = value.passed === undefined || value.passed === null ? null : typeof value.passed === 'boolean' ? value.passed : (problems.push({ location: 'body', pointer: `${at}/passed`, detail: 'passed must be a boolean' }), null);
    const measured = value.value === undefined || value.value === null ? null : typeof value.value === 'number' && Number.isFinite(value.value) ? value.value : (problems.push({ location: 'body', pointer: `${at}/value`, detail: 'value must be a finite number' }), null);
    if (passed === null && measured === null && problems.length === before) problems.push({ location: 'body', pointer: at, detail: 'a result needs passed, or the measured value to compare with the rule' });
    let when: string | null = null;
    if (value.at !== undefined && value.at !== null) {
      if (typeof value.at !== 'string' || !INSTANT.test(value.at) || Number.isNaN(Date.parse(value.at))) problems.push({ location: 'body', pointer: `${at}/at`, detail: 'at must be an ISO 8601 date-time with a zone' });
      else if (Date.parse(value.at) > Date.now() + FUTURE_TOLERANCE_MS) problems.push({ location: 'body', pointer: `${at}/at`, detail: `at must not be more than ${FUTURE_TOLERANCE_MS / 60_000} minutes in the future` });
      else when = new Date(value.at).toISOString();
    }
    let detail: string | null = null;
    if (value.detail !== undefined && value.detail !== null) {
      if (typeof value.detail === 'string' && value.detail.length <= MAX_DETAIL) detail = value.detail;
      else problems.push({ location: 'body', pointer: `${at}/detail`, detail: `detail must be a string of at most ${MAX_DETAIL} characters` });
    }
    const rowCount = optionalCount(value.rowCount, `${at}/rowCount`, problems);
    const failingRows = optionalCount(value.failingRows, `${at}/failingRows`, problems);
    return [{ rule: String(value.rule), passed, value: measured, rowCount, failingRows, at: when, detail }];
  });
  if (problems.length > 0) invalid(problems);
  return { results, runId };
}
