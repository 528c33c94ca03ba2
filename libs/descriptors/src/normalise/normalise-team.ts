import type { NormalisedTeam } from './normalised.types';
import { pickDefined } from './pick';

interface TeamMemberLike {
  username: string;
  name?: string;
  role?: string;
  dateIn?: string;
  dateOut?: string;
}

interface TeamLike {
  name?: string;
  members?: TeamMemberLike[];
}

/** Reads a team in either shape: the object of ODPS v1.0 / ODCS v3.1, or the bare member list of older versions. */
export function normaliseTeam(team: TeamLike | TeamMemberLike[] | undefined): NormalisedTeam | undefined {
  if (team === undefined) return undefined;
  const { name, members = [] } = Array.isArray(team) ? { name: undefined, members: team } : team;
  return {
    ...pickDefined({ name }, ['name']),
    members: members.map((member) => ({
      username: member.username,
      ...pickDefined(member, ['name', 'role', 'dateIn', 'dateOut']),
    })),
  };
}
