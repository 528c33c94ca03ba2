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

describe('defineAbilityFor: access requests and grants', () => {
  const request = (fields: { requesterId?: string; consumerPrincipalId?: string | null; consumerTeam?: string | null; ownerTeamId?: string }) =>
    subject('AccessRequest', { requesterId: 'x', consumerPrincipalId: null, consumerTeam: null, ownerTeamId: 'crm', ...fields });
  const grant = (fields: { consumerPrincipalId?: string | null; consumerTeam?: string | null; ownerTeamId?: string }) =>
    subject('Grant', { consumerPrincipalId: null, consumerTeam: null, ownerTeamId: 'crm', ...fields });
  const consumer: Actor = { id: 'c', roles: ['consumer'], teamRoles: [] };
  const crmOwner: Actor = { id: 'o', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-owner' }] };
  const crmMember: Actor = { id: 'm', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-member' }] };
  const billingOwner: Actor = { id: 'b', roles: ['consumer'], teamRoles: [{ team: 'billing', role: 'domain-owner' }] };
  const auditor: Actor = { id: 'a', roles: ['auditor'], teamRoles: [] };
  const officer: Actor = { id: 'g', roles: ['governance-officer'], teamRoles: [] };
  const admin: Actor = { id: 'p', roles: ['platform-admin'], teamRoles: [] };

  it('lets anyone create a request and read their own, not the requests of others', () => {
    for (const actor of [consumer, crmOwner, crmMember, billingOwner, auditor, officer]) expect(defineAbilityFor(actor).can('create', 'AccessRequest')).toBe(true);
    expect(defineAbilityFor(consumer).can('read', request({ requesterId: 'c' }))).toBe(true);
    expect(defineAbilityFor(consumer).can('read', request({ consumerPrincipalId: 'c' }))).toBe(true);
    expect(defineAbilityFor(consumer).can('read', request({ requesterId: 'z' }))).toBe(false);
    expect(defineAbilityFor(consumer).can('read', grant({ consumerPrincipalId: 'c' }))).toBe(true);
    expect(defineAbilityFor(consumer).can('read', grant({ consumerPrincipalId: 'z' }))).toBe(false);
  });

  it('lets the members of a consumer team read its requests and grants', () => {
    expect(defineAbilityFor(billingOwner).can('read', request({ consumerTeam: 'billing' }))).toBe(true);
    expect(defineAbilityFor(billingOwner).can('read', grant({ consumerTeam: 'billing' }))).toBe(true);
    expect(defineAbilityFor(billingOwner).can('approve', request({ consumerTeam: 'billing' }))).toBe(false);
  });

  it('lets the owners of the port and the platform admin read, approve and revoke; not members or other owners', () => {
    for (const actor of [crmOwner, admin]) {
      expect(defineAbilityFor(actor).can('read', request({}))).toBe(true);
      expect(defineAbilityFor(actor).can('approve', request({}))).toBe(true);
      expect(defineAbilityFor(actor).can('revoke', grant({}))).toBe(true);
    }
    for (const actor of [crmMember, billingOwner, consumer, auditor, officer]) {
      expect(defineAbilityFor(actor).can('approve', request({}))).toBe(false);
      expect(defineAbilityFor(actor).can('revoke', grant({}))).toBe(false);
    }
    expect(defineAbilityFor(crmMember).can('read', request({}))).toBe(false);
    expect(defineAbilityFor(billingOwner).can('read', grant({}))).toBe(false);
  });

  it('lets auditors and governance officers read every request and grant, and decide none', () => {
    for (const actor of [auditor, officer]) {
      expect(defineAbilityFor(actor).can('read', request({ requesterId: 'z' }))).toBe(true);
      expect(defineAbilityFor(actor).can('read', grant({ consumerPrincipalId: 'z' }))).toBe(true);
    }
  });
});

describe('defineAbilityFor: runtime access decisions', () => {
  const decision = (principalId: string) => subject('Decision', { principalId });
  const consumer: Actor = { id: 'c', roles: ['consumer'], teamRoles: [] };
  const crmOwner: Actor = { id: 'o', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-owner' }] };
  const auditor: Actor = { id: 'a', roles: ['auditor'], teamRoles: [] };
  const admin: Actor = { id: 'p', roles: ['platform-admin'], teamRoles: [] };

  it('passes the route-level check for every principal', () => {
    for (const actor of [consumer, crmOwner, auditor, admin]) expect(defineAbilityFor(actor).can('create', 'Decision')).toBe(true);
  });

  it('lets a principal ask about itself only', () => {
    for (const actor of [consumer, crmOwner, auditor]) {
      expect(defineAbilityFor(actor).can('create', decision(actor.id))).toBe(true);
      expect(defineAbilityFor(actor).can('create', decision('someone-else'))).toBe(false);
    }
  });

  it('lets the platform admin ask about anyone', () => {
    expect(defineAbilityFor(admin).can('create', decision('someone-else'))).toBe(true);
  });
});

describe('defineAbilityFor: the audit log', () => {
  it('lets auditors, governance officers and platform admins read it, nobody else, and nobody change it', () => {
    const readers: Actor[] = [
      { id: 'a', roles: ['auditor'], teamRoles: [] },
      { id: 'g', roles: ['governance-officer'], teamRoles: [] },
      { id: 'p', roles: ['platform-admin'], teamRoles: [] },
    ];
    const others: Actor[] = [
      { id: 'c', roles: ['consumer'], teamRoles: [] },
      { id: 'o', roles: ['consumer'], teamRoles: [{ team: 'crm', role: 'domain-owner' }] },
    ];
    for (const actor of readers) expect(defineAbilityFor(actor).can('read', 'AuditEvent')).toBe(true);
    for (const actor of others) expect(defineAbilityFor(actor).can('read', 'AuditEvent')).toBe(false);
    for (const actor of readers.slice(0, 2)) for (const action of ['create', 'update', 'delete'] as const) expect(defineAbilityFor(actor).can(action, 'AuditEvent')).toBe(false);
  });
});
