import type { PolicyDefinition, PolicyRule } from '@meshwork/policies';
import type { PolicyDto, PolicyRuleDto } from './dto/policy.dto';
import type { PolicyEntity } from './policy.entity';
import type { PolicyVersionEntity } from './policy-version.entity';

export function toPolicyRule(rule: PolicyRuleDto): PolicyRule {
  const message = rule.message === undefined ? {} : { message: rule.message };
  if (rule.kind === 'cel') return { kind: 'cel', expression: rule.expression ?? '', ...message };
  return { kind: 'json-schema', schema: rule.schema ?? {}, ...message };
}

/** A definition with its optional fields absent rather than undefined, so that it hashes and compares the same after a round trip. */
export function cleanDefinition(definition: PolicyDefinition): PolicyDefinition {
  const { rationaleUrl, graceUntil, ...rest } = definition;
  return { ...rest, ...(rationaleUrl ? { rationaleUrl } : {}), ...(graceUntil ? { graceUntil } : {}) };
}

export function toPolicyDto(policy: PolicyEntity, version: PolicyVersionEntity): PolicyDto {
  const d = version.definition;
  return {
    id: policy.id,
    version: version.version,
    latestVersion: policy.latestVersion,
    activeVersion: policy.activeVersion,
    name: d.name,
    description: d.description,
    rationaleUrl: d.rationaleUrl ?? null,
    severity: d.severity,
    target: d.target,
    scope: d.scope,
    rule: d.rule,
    state: d.state,
    graceUntil: d.graceUntil ?? null,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
  };
}
