import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility } from '@casl/ability';
import type { Action, SubjectName } from './actions';
import type { Actor } from './actor';

/** Fields the rules read from objects; services pass them with CASL's `subject(type, object)`. */
export interface DomainFields {
  name: string;
  ownerTeamId: string;
}
export interface DataProductFields {
  domain: string;
  ownerTeamId: string;
}
export interface ContractFields {
  domain: string;
  ownerTeamId: string;
}
export interface TeamFields {
  name: string;
}
/** An access request: who asked, for whom, and the team owning the port asked for. */
export interface AccessRequestFields {
  requesterId: string;
  consumerPrincipalId: string | null;
  consumerTeam: string | null;
  ownerTeamId: string;
}
/** A grant: its consumer and the team owning the port it opens. */
export interface GrantFields {
  consumerPrincipalId: string | null;
  consumerTeam: string | null;
  ownerTeamId: string;
}

/** A runtime access decision: the principal it is about. */
export interface DecisionFields {
  principalId: string;
}

/** A glossary term: the team that owns its definition. */
export interface GlossaryTermFields {
  ownerTeamId: string;
}

/** An SLO or an observation of an output port: the team owning the port's domain. */
export interface PortFields {
  ownerTeamId: string;
}

/** A subject is either a type name or an object tagged with `subject(type, object)`. */
export type MeshSubject =
  | SubjectName
  | (DomainFields & ForcedSubject<'Domain'>)
  | (DataProductFields & ForcedSubject<'DataProduct'>)
  | (ContractFields & ForcedSubject<'Contract'>)
  | (TeamFields & ForcedSubject<'Team'>)
  | (AccessRequestFields & ForcedSubject<'AccessRequest'>)
  | (GrantFields & ForcedSubject<'Grant'>)
  | (DecisionFields & ForcedSubject<'Decision'>)
  | (GlossaryTermFields & ForcedSubject<'GlossaryTerm'>)
  | (PortFields & ForcedSubject<'Slo'>)
  | (PortFields & ForcedSubject<'Observation'>)
  | 'Lineage';
export type MeshAbility = MongoAbility<[Action, MeshSubject]>;

const abilities = new WeakMap<Actor, MeshAbility>();

/**
 * The actor's ability, built once per actor object: a verified token yields one actor, reused while the token is
 * cached, so repeated checks for the same caller cost a lookup. Actors are treated as immutable.
 */
export function abilityFor(actor: Actor): MeshAbility {
  let ability = abilities.get(actor);
  if (!ability) {
    ability = defineAbilityFor(actor);
    abilities.set(actor, ability);
  }
  return ability;
}

/** One definition of who may do what, shared by every service and by the SDK's local enforcement. */
export function defineAbilityFor(actor: Actor): MeshAbility {
  const { can, build } = new AbilityBuilder<MeshAbility>(createMongoAbility);
  if (actor.roles.includes('platform-admin')) {
    can('manage', 'all');
    return build();
  }
  if (actor.roles.includes('auditor') || actor.roles.includes('governance-officer')) can('read', 'all');
  // Every authenticated principal is a consumer: discovery is open inside the mesh.
  can('read', ['Domain', 'DataProduct', 'Contract', 'Lineage']);
  // The directory of principals and teams is open too: everyone may see who owns what.
  can('read', ['Principal', 'Team']);
  // Anyone may ask for access, and read what they asked for and what they were granted.
  can('create', 'AccessRequest');
  can('read', 'AccessRequest', { requesterId: actor.id });
  can('read', ['AccessRequest', 'Grant'], { consumerPrincipalId: actor.id });
  // Anyone may ask whether they themselves may read a port; asking about others is for platform admins.
  can('create', 'Decision', { principalId: actor.id });
  // The standards are public inside the mesh, and anyone may check a descriptor against them before publishing.
  can('read', ['Policy', 'Compliance', 'GlossaryTerm', 'MasterData']);
  // Whether a product keeps its promises is public inside the mesh: consumers decide on it.
  can('read', ['Slo', 'Observation', 'Incident']);
  // Every service's event feed: facts (names, URNs, ids, states) without secrets.
  can('read', 'Event');
  can('create', 'Evaluation');
  if (actor.roles.includes('governance-officer')) {
    // The thin central function: it defines the policies, the glossary and the master data.
    can(['create', 'update', 'delete', 'transition'], ['Policy', 'GlossaryTerm', 'MasterData']);
  }
  const ownedTeams = actor.teamRoles.filter((r) => r.role === 'domain-owner').map((r) => r.team);
  const memberTeams = actor.teamRoles.map((r) => r.team);
  if (ownedTeams.length > 0) {
    can(['update'], 'Domain', { ownerTeamId: { $in: ownedTeams } });
    can(['transition', 'delete'], 'DataProduct', { ownerTeamId: { $in: ownedTeams } });
    // Owners run their team: its description and its memberships.
    can('update', 'Team', { name: { $in: ownedTeams } });
    // Owners decide who reads their ports, and may take a grant back.
    can(['read', 'approve'], 'AccessRequest', { ownerTeamId: { $in: ownedTeams } });
    can(['read', 'revoke'], 'Grant', { ownerTeamId: { $in: ownedTeams } });
    // A term's owner team keeps its definition up to date.
    can('update', 'GlossaryTerm', { ownerTeamId: { $in: ownedTeams } });
  }
  if (memberTeams.length > 0) {
    // Pipelines of any domain team report what they ran (OpenLineage); the events name datasets, not owners.
    can('create', 'Lineage');
    can(['create', 'update'], 'DataProduct', { ownerTeamId: { $in: memberTeams } });
    can(['create', 'update'], 'Contract', { ownerTeamId: { $in: memberTeams } });
    // A team's pipelines report how its ports are doing, and its members tune the objectives they are held to.
    can('create', 'Observation', { ownerTeamId: { $in: memberTeams } });
    can(['create', 'update', 'delete'], 'Slo', { ownerTeamId: { $in: memberTeams } });
    // A team's members see the requests made and the grants held in the team's name.
    can('read', ['AccessRequest', 'Grant'], { consumerTeam: { $in: memberTeams } });
  }
  return build();
}
