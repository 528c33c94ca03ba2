import { subject } from '@casl/ability';
import type { Actor } from './actor';
import { defineAbilityFor } from './ability';

const product = (ownerTeamId: string) => subject('DataProduct', { domain: 'crm', ownerTeamId });

describe('defineAbilityFor', () => {
  const cases: { who: string; actor: Actor; action: 'read' | 'update' | 'transition'; team: string; allowed: boolean }[] = [
    { who: 'platform admin', actor: { id: 'a', roles: ['platform-admin'], teamRoles: [] }, action: 'transition', team: 'crm', allowed: true },
    { who: 'consumer', actor: { id: 'c', roles: ['consumer'], teamRoles: [] }, action: 'read', team: 'crm', allowed: true },
    { who: 'consumer', actor: { id: 'c', roles: ['consumer'], teamRoles: [] }, action: 'update', team: 'crm', allowed: false },
    { who: 'member of the owner team', actor: { id: 'm', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-member' }] }, action: 'update', team: 'crm', allowed: true },
    { who: 'member of the owner team', actor: { id: 'm', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-member' }] }, action: 'transition', team: 'crm', allowed: false },
    { who: 'owner of another team', actor: { id: 'o', roles: ['consumer'], teamRoles: [{ team: 'billing', role: 'domain-owner' }] }, action: 'update', team: 'crm', allowed: false },
    { who: 'owner of the owner team', actor: { id: 'o', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-owner' }] }, action: 'transition', team: 'crm', allowed: true },
  ];

  it.each(cases)('$who may $action a product of team $team: $allowed', ({ actor, action, team, allowed }) => {
    expect(defineAbilityFor(actor).can(action, product(team))).toBe(allowed);
  });
});

describe('defineAbilityFor: principals and teams', () => {
  const team = (name: string) => subject('Team', { name });
  const consumer: Actor = { id: 'c', roles: ['consumer'], teamRoles: [] };
  const crmOwner: Actor = { id: 'o', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-owner' }] };
  const crmMember: Actor = { id: 'm', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-member' }] };
  const auditor: Actor = { id: 'a', roles: ['auditor'], teamRoles: [] };
  const officer: Actor = { id: 'g', roles: ['governance-officer'], teamRoles: [] };
  const admin: Actor = { id: 'p', roles: ['platform-admin'], teamRoles: [] };

  it('lets every principal read the directory', () => {
    for (const actor of [consumer, crmOwner, crmMember, auditor, officer]) {
      expect(defineAbilityFor(actor).can('read', 'Principal')).toBe(true);
      expect(defineAbilityFor(actor).can('read', 'Team')).toBe(true);
      expect(defineAbilityFor(actor).can('read', team('crm'))).toBe(true);
    }
  });

  it('lets only the platform admin create, change and delete principals and create or delete teams', () => {
    for (const actor of [consumer, crmOwner, crmMember, auditor, officer]) {
      for (const action of ['create', 'update', 'delete'] as const) expect(defineAbilityFor(actor).can(action, 'Principal')).toBe(false);
      expect(defineAbilityFor(actor).can('create', 'Team')).toBe(false);
      expect(defineAbilityFor(actor).can('delete', team('crm'))).toBe(false);
    }
    for (const action of ['create', 'update', 'delete'] as const) {
      expect(defineAbilityFor(admin).can(action, 'Principal')).toBe(true);
      expect(defineAbilityFor(admin).can(action, team('crm'))).toBe(true);
    }
  });

  it('lets a domain owner update its own team (and its memberships), nobody else below admin', () => {
    expect(defineAbilityFor(crmOwner).can('update', team('crm'))).toBe(true);
    expect(defineAbilityFor(crmOwner).can('update', team('billing'))).toBe(false);
    expect(defineAbilityFor(crmMember).can('update', team('crm'))).toBe(false);
    expect(defineAbilityFor(consumer).can('update', team('crm'))).toBe(false);
    expect(defineAbilityFor(auditor).can('update', team('crm'))).toBe(false);
    expect(defineAbilityFor(officer).can('update', team('crm'))).toBe(false);
  });

  it('passes the route-level check for owners only, so the object-level check decides which team', () => {
    expect(defineAbilityFor(crmOwner).can('update', 'Team')).toBe(true);
    expect(defineAbilityFor(crmMember).can('update', 'Team')).toBe(false);
    expect(defineAbilityFor(consumer).can('update', 'Team')).toBe(false);
  });
});
