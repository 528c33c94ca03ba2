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
