import { type DecisionGrant, type DecisionPrincipal, decidePortRead, isGrantActive, type PortReadQuestion } from './decision';

const NOW = new Date('2026-11-26T09:00:00.000Z');
const LATER = new Date('2026-12-26T09:00:00.000Z');
const EARLIER = new Date('2026-10-26T09:00:00.000Z');
const URN = 'urn:meshwork:crm:customers:customers:v1';
const ada: DecisionPrincipal = { id: 'p-ada', name: 'ada', disabled: false, admin: false };

const grant = (id: string, fields: Partial<DecisionGrant> = {}): DecisionGrant => ({ id, consumerPrincipalId: 'p-ada', consumerTeam: null, purpose: 'Churn analysis', expiresAt: LATER, revokedAt: null, ...fields });
const ask = (fields: Partial<PortReadQuestion> = {}): PortReadQuestion => ({ principal: ada, principalId: ada.id, teams: [], grants: [], ownerTeamId: 'crm-data-team', resource: URN, now: NOW, ...fields });

describe('decidePortRead', () => {
  it.each<[string, Partial<PortReadQuestion>, string, string | undefined, string]>([
    ['unknown principal', { principal: undefined, principalId: 'p-x' }, 'deny', undefined, "unknown principal 'p-x'"],
    ['disabled principal, even with a grant', { principal: { ...ada, disabled: true }, grants: [grant('g1')] }, 'deny', undefined, "principal 'ada' is disabled"],
    ['platform admin, even on an unknown port', { principal: { ...ada, admin: true }, ownerTeamId: null }, 'allow', undefined, "principal 'ada' is a platform admin"],
    ['unknown port, even with a grant', { ownerTeamId: null, grants: [grant('g1')] }, 'deny', undefined, `the catalog knows no output port '${URN}'`],
    ['member of the owner team', { teams: ['billing', 'crm-data-team'] }, 'allow', undefined, "principal 'ada' is a member of team 'crm-data-team', which owns the port"],
    ['grant to the principal', { grants: [grant('g1')] }, 'allow', 'g1', "active grant 'g1' held by principal 'ada' until 2026-12-26T09:00:00.000Z"],
    ['grant to one of its teams', { teams: ['billing'], grants: [grant('g2', { consumerPrincipalId: null, consumerTeam: 'billing' })] }, 'allow', 'g2', "active grant 'g2' held by team 'billing' until 2026-12-26T09:00:00.000Z"],
    ['grant to someone else only', { grants: [grant('g3', { consumerPrincipalId: 'p-bob' }), grant('g4', { consumerPrincipalId: null, consumerTeam: 'other' })] }, 'deny', undefined, `no grant on '${URN}' for principal 'ada' or its teams`],
    ['expired grant', { grants: [grant('g5', { expiresAt: EARLIER })] }, 'deny', undefined, "grant 'g5' held by principal 'ada' expired at 2026-10-26T09:00:00.000Z"],
    ['grant expiring right now', { grants: [grant('g6', { expiresAt: NOW })] }, 'deny', undefined, "grant 'g6' held by principal 'ada' expired at 2026-11-26T09:00:00.000Z"],
    ['revoked grant', { grants: [grant('g7', { revokedAt: EARLIER })] }, 'deny', undefined, "grant 'g7' held by principal 'ada' revoked at 2026-10-26T09:00:00.000Z"],
  ])('%s', (_label, fields, decision, grantId, reason) => {
    const result = decidePortRead(ask(fields));
    expect(result).toEqual({ decision, ...(grantId ? { grantId } : {}), reasons: [reason] });
  });

  it('prefers the active grant lasting longest, then the smallest id, whatever the order given', () => {
    const grants = [grant('b', { expiresAt: LATER }), grant('c', { revokedAt: EARLIER, expiresAt: new Date('2027-06-01T00:00:00Z') }), grant('a', { expiresAt: LATER }), grant('d', { expiresAt: new Date('2026-12-01T00:00:00Z') })];
    expect(decidePortRead(ask({ grants })).grantId).toBe('a');
    expect(decidePortRead(ask({ grants: [...grants].reverse() })).grantId).toBe('a');
  });

  it('compares purposes without denying', () => {
    expect(decidePortRead(ask({ grants: [grant('g1')], purpose: ' churn ANALYSIS ' })).reasons[1]).toBe('purpose matches the grant');
    expect(decidePortRead(ask({ grants: [grant('g1')], purpose: 'Marketing' }))).toMatchObject({ decision: 'allow', reasons: [expect.any(String), "purpose differs from the grant's purpose 'Churn analysis' (not enforced)"] });
  });

  it('names every ended grant when none is active', () => {
    expect(decidePortRead(ask({ grants: [grant('g1', { revokedAt: EARLIER }), grant('g2', { expiresAt: EARLIER })] })).reasons).toHaveLength(2);
  });

  it('counts a grant active until its expiry, never after a revocation', () => {
    expect(isGrantActive({ expiresAt: new Date(NOW.getTime() + 1), revokedAt: null }, NOW)).toBe(true);
    expect(isGrantActive({ expiresAt: NOW, revokedAt: null }, NOW)).toBe(false);
    expect(isGrantActive({ expiresAt: LATER, revokedAt: NOW }, NOW)).toBe(false);
  });
});
