import type { Role } from './actions';

/** A team-scoped role: `domain-owner` of team `crm`. */
export interface TeamRole {
  team: string;
  role: Extract<Role, 'domain-owner' | 'domain-member'>;
}

/** The authenticated caller, as every service sees it after token verification. */
export interface Actor {
  /** Stable principal id (user or service account). */
  id: string;
  /** Global roles. */
  roles: Role[];
  /** Roles per team; a team is the owner of a domain. */
  teamRoles: TeamRole[];
}
