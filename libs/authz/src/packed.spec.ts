import { subject } from '@casl/ability';
import { defineAbilityFor } from './ability';
import type { Actor } from './actor';
import { packAbility, unpackAbility } from './packed';

describe('packed abilities', () => {
  const owner: Actor = { id: 'p-1', roles: [], teamRoles: [{ team: 'crm', role: 'domain-owner' }] };

  it('survive JSON and decide as the ability they were packed from', () => {
    const local = unpackAbility(JSON.parse(JSON.stringify(packAbility(owner))));
    const original = defineAbilityFor(owner);
    const cases = [
      ['update', subject('Domain', { name: 'crm', ownerTeamId: 'crm' })],
      ['update', subject('Domain', { name: 'billing', ownerTeamId: 'billing' })],
      ['revoke', subject('Grant', { consumerPrincipalId: null, consumerTeam: 'x', ownerTeamId: 'crm' })],
      ['revoke', subject('Grant', { consumerPrincipalId: null, consumerTeam: 'x', ownerTeamId: 'billing' })],
      ['read', 'DataProduct'],
      ['manage', 'all'],
    ] as const;
    const answers = cases.map(([action, what]) => local.can(action, what));
    expect(answers).toEqual([true, false, true, false, true, false]);
    expect(answers).toEqual(cases.map(([action, what]) => original.can(action, what)));
  });

  it('are compact arrays, not rule objects', () => {
    const packed = packAbility({ id: 'admin', roles: ['platform-admin'], teamRoles: [] });
    expect(packed).toEqual([['manage', 'all']]);
  });
});
