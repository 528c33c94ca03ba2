import type { PortContext } from './port-context';
import { operatorObject } from './quality-rules';
import type { QualityResultRow } from './quality.service';
import type { PortQualityDto, QualityResultDto, QualityRuleStatusDto } from './dto/quality.dto';

const count = (value: string | number | null): number | null => (value === null ? null : Number(value));

export function toQualityResultDto(row: QualityResultRow): QualityResultDto {
  return {
    id: row.id,
    ruleId: row.rule_id,
    element: row.element,
    metric: row.metric,
    severity: row.severity,
    outcome: row.outcome,
    value: row.value,
    unit: row.unit,
    rowCount: count(row.row_count),
    failingRows: count(row.failing_rows),
    basis: row.basis,
    source: row.source,
    profileId: row.profile_id,
    runId: row.run_id,
    detail: row.detail,
    contractVersion: row.contract_version,
    evaluatedAt: new Date(row.evaluated_at).toISOString(),
  };
}

/** The rules of the port's current contract with their current outcome. */
export function toPortQualityDto({ port, rows, profileId }: { port: PortContext; rows: QualityResultRow[]; profileId: string | null }): PortQualityDto {
  const byRule = new Map(rows.map((r) => [r.rule_id, r]));
  const rules: QualityRuleStatusDto[] = port.rules.map((rule) => {
    const row = byRule.get(rule.ruleId);
    return {
      ruleId: rule.ruleId,
      element: rule.element,
      type: rule.type,
      metric: rule.metric,
      severity: rule.severity,
      dimension: rule.dimension,
      description: rule.description,
      operator: operatorObject(rule.operator),
      unit: rule.unit,
      outcome: row?.outcome ?? 'unknown',
      result: row ? toQualityResultDto(row) : null,
    };
  });
  return {
    portUrn: port.urn,
    contractId: port.contractId,
    contractVersion: port.contractVersion,
    latestProfileId: profileId,
    summary: {
      pass: rules.filter((r) => r.outcome === 'pass').length,
      fail: rules.filter((r) => r.outcome === 'fail').length,
      unknown: rules.filter((r) => r.outcome === 'unknown').length,
      failingErrors: rules.filter((r) => r.outcome === 'fail' && r.severity === 'error').map((r) => r.ruleId),
    },
    rules,
  };
}
