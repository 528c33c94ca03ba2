import type { MembershipDto, TeamDto } from './dto/team.dto';
import type { MembershipEntity } from './membership.entity';
import type { TeamEntity } from './team.entity';

export function toTeamDto(team: TeamEntity): TeamDto {
  return {
    name: team.name,
    displayName: team.displayName,
    description: team.description,
    createdAt: team.createdAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
  };
}

/** The membership with its principal loaded. */
export function toMembershipDto(membership: MembershipEntity): MembershipDto {
  if (!membership.principal) throw new Error('membership read without its principal');
  return {
    team: membership.teamName,
    principalId: membership.principalId,
    principalName: membership.principal.name,
    role: membership.role,
    createdAt: membership.createdAt.toISOString(),
    updatedAt: membership.updatedAt.toISOString(),
  };
}
