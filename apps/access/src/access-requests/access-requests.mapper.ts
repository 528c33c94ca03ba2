import { isActive } from '../grants/grants.service';
import type { GrantEntity } from '../grants/grant.entity';
import type { AccessRequestDto, ApprovalStepDto, ConsumerDto, GrantDto } from './access-request.dto';
import type { AccessRequestEntity } from './access-request.entity';

function consumerOf(entity: { consumerPrincipalId: string | null; consumerTeam: string | null }): ConsumerDto {
  return entity.consumerPrincipalId ? { principalId: entity.consumerPrincipalId } : { team: entity.consumerTeam ?? undefined };
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function stepsOf(r: AccessRequestEntity): ApprovalStepDto[] {
  const twoSteps = r.secondLevelApprovers.length > 0;
  const first: ApprovalStepDto = {
    level: 1,
    approvers: [`team:${r.ownerTeamId}/domain-owner`, ...r.firstLevelApprovers],
    approvedBy: twoSteps ? r.firstApprovedBy : r.state === 'approved' ? r.decidedBy : null,
    approvedAt: twoSteps ? iso(r.firstApprovedAt) : r.state === 'approved' ? iso(r.decidedAt) : null,
  };
  if (!twoSteps) return [first];
  return [first, { level: 2, approvers: r.secondLevelApprovers, approvedBy: r.state === 'approved' ? r.decidedBy : null, approvedAt: r.state === 'approved' ? iso(r.decidedAt) : null }];
}

export function toAccessRequestDto(r: AccessRequestEntity): AccessRequestDto {
  return {
    id: r.id,
    state: r.state,
    requesterId: r.requesterId,
    consumer: consumerOf(r),
    portUrn: r.portUrn,
    domain: r.domain,
    product: r.product,
    ownerTeamId: r.ownerTeamId,
    purpose: r.purpose,
    durationDays: r.durationDays,
    fields: r.fields,
    steps: stepsOf(r),
    decidedBy: r.decidedBy,
    decidedAt: iso(r.decidedAt),
    decisionReason: r.decisionReason,
    grantId: r.grantId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toGrantDto(g: GrantEntity, now: Date = new Date()): GrantDto {
  return {
    id: g.id,
    requestId: g.requestId,
    consumer: consumerOf(g),
    portUrn: g.portUrn,
    ownerTeamId: g.ownerTeamId,
    purpose: g.purpose,
    fields: g.fields,
    expiresAt: g.expiresAt.toISOString(),
    approvedBy: g.approvedBy,
    active: isActive(g, now),
    revokedAt: iso(g.revokedAt),
    revokedBy: g.revokedBy,
    revokeReason: g.revokeReason,
    createdAt: g.createdAt.toISOString(),
  };
}
