import { subject } from '@casl/ability';
import { packAbility } from '@meshwork/authz';
import { type BundleAnswer, createEnforcer, type EnforcerOptions, type LocalDecision, type PrincipalBundle } from './enforcer';

const ID = '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40';
const PORT = 'urn:meshwork:crm:customers:customers:v1';
const OTHER = 'urn:meshwork:billing:invoices:invoices:v1';
const GRANT = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const T0 = Date.parse('2026-11-26T09:00:00.000Z');

function bundle(fields: Partial<PrincipalBundle> = {}): PrincipalBundle {
  const memberships = fields.memberships ?? [];
  return {
    principalId: ID,
    principalName: 'ada',
    disabled: false,
    roles: [],
    memberships,
    rules: packAbility({ id: ID, roles: fields.roles ?? [], teamRoles: memberships }) as unknown[][],
    grants: [{ id: GRANT, portUrn: PORT, ownerTeamId: 'crm-data-team', heldBy: 'team:billing-team', purpose: 'Churn analysis', fields: null, expiresAt: new Date(T0 + 86_400_000).toISOString() }],
    issuedAt: new Date(T0).toISOString(),
    expiresAt: new Date(T0 + 300_000).toISOString(),
    ...fields,
  };
}

interface Fixture {
  now: number;
  answers: BundleAnswer[];
  asked: (string | undefined)[];
  owners: Record<string, string | null>;
  sent: LocalDecision[][];
  failAudit: number;
  options: EnforcerOptions;
}

function fixture(answers: BundleAnswer[], overrides: Partial<EnforcerOptions> = {}): Fixture {
  const f: Fixture = {
    now: T0,
    answers,
    asked: [],
    owners: { [PORT]: 'crm-data-team', [OTHER]: 'billing-owners' },
    sent: [],
    failAudit: 0,
    options: undefined as unknown as EnforcerOptions,
  };
  f.options = {
    principalId: ID,
    clock: () => f.now,
    fetchBundle: async (etag) => {
      f.asked.push(etag);
      const answer = f.answers.length > 1 ? f.answers.shift() : f.answers[0];
      if (!answer) throw new Error('the access service cannot be reached');
      return answer;
    },
    resolveOwnerTeam: async (urn) => f.owners[urn] ?? null,
    audit: async (decisions) => {
      if (f.failAudit > 0) {
        f.failAudit -= 1;
        throw new Error('audit down');
      }
      f.sent.push(decisions);
    },
    auditIntervalMs: 60_000,
    ...overrides,
  };
  return f;
}

const fresh = (b: PrincipalBundle, etag = '"e1"', maxAgeSeconds = 300): BundleAnswer => ({ status: 'fresh', bundle: b, etag, maxAgeSeconds });

describe('createEnforcer', () => {
  it('allows through a team grant once loaded, synchronously, in the shape of POST /v1/decisions', async () => {
    const f = fixture([fresh(bundle({ memberships: [{ team: 'billing-team', role: 'domain-member' }] }))]);
    const enforcer = createEnforcer(f.options);
    expect(enforcer.decide('read', PORT)).toEqual({ decision: 'deny', reasons: ['the bundle is not loaded yet (await ready())'] });
    await enforcer.ready();
    expect(enforcer.decide('read', PORT, 'churn analysis')).toEqual({
      decision: 'allow',
      grantId: GRANT,
      reasons: [`active grant '${GRANT}' held by team 'billing-team' until 2026-11-27T09:00:00.000Z`, 'purpose matches the grant'],
    });
    await enforcer.prepare(OTHER);
    expect(enforcer.can('read', OTHER)).toBe(false);
    await enforcer.close();
  });

  it('lets a member of the owning team read once the owner is known, and denies meanwhile', async () => {
    const f = fixture([fresh(bundle({ memberships: [{ team: 'billing-owners', role: 'domain-member' }], grants: [] }))]);
    const enforcer = createEnforcer(f.options);
    await enforcer.ready();
    expect(enforcer.decide('read', OTHER).reasons[0]).toContain('not known yet');
    await enforcer.prepare(OTHER);
    expect(enforcer.decide('read', OTHER)).toEqual({ decision: 'allow', reasons: ["principal 'ada' is a member of team 'billing-owners', which owns the port"] });
    await enforcer.prepare('urn:meshwork:crm:nothing:here:v1');
    expect(enforcer.decide('read', 'urn:meshwork:crm:nothing:here:v1')).toEqual({ decision: 'deny', reasons: ["the catalog knows no output port 'urn:meshwork:crm:nothing:here:v1'"] });
    await enforcer.close();
  });

  it('allows platform admins anything and answers other actions from the packed rules', async () => {
    const f = fixture([fresh(bundle({ memberships: [{ team: 'crm-data-team', role: 'domain-owner' }], grants: [] }))]);
    const enforcer = createEnforcer(f.options);
    await enforcer.ready();
    expect(enforcer.can('create', 'AccessRequest')).toBe(true);
    expect(enforcer.can('manage', 'all')).toBe(false);
    expect(enforcer.can('update', subject('Domain', { name: 'crm', ownerTeamId: 'crm-data-team' }))).toBe(true);
    expect(enforcer.can('update', subject('Domain', { name: 'billing', ownerTeamId: 'billing-owners' }))).toBe(false);
    expect(enforcer.decide('update', PORT).reasons[0]).toContain("only 'read' is decided on a URN");
    expect(enforcer.can('read', 'NotASubject')).toBe(false);
    await enforcer.close();

    const admin = createEnforcer(fixture([fresh(bundle({ roles: ['platform-admin'], grants: [] }))]).options);
    await admin.ready();
    expect(admin.decide('read', 'urn:meshwork:x:y:z:v1')).toEqual({ decision: 'allow', reasons: ["principal 'ada' is a platform admin"] });
    expect(admin.can('manage', 'all')).toBe(true);
    await admin.close();
  });

  it('denies everything for unknown and disabled principals', async () => {
    const unknown = createEnforcer(fixture([{ status: 'not-found' }]).options);
    await unknown.ready();
    expect(unknown.decide('read', PORT)).toEqual({ decision: 'deny', reasons: [`unknown principal '${ID}'`] });
    expect(unknown.can('read', 'DataProduct')).toBe(false);
    await unknown.close();
    const disabled = createEnforcer(fixture([fresh(bundle({ disabled: true, rules: [], grants: [] }))]).options);
    await disabled.ready();
    expect(disabled.decide('read', PORT)).toEqual({ decision: 'deny', reasons: ["principal 'ada' is disabled"] });
    expect(disabled.can('read', 'DataProduct')).toBe(false);
    await disabled.close();
  });

  it('keeps the bundle on 304, sends its ETag, and denies with "bundle expired" rather than on stale grants', async () => {
    const f = fixture([fresh(bundle({ memberships: [{ team: 'billing-team', role: 'domain-member' }] }), '"e1"', 60), { status: 'not-modified', maxAgeSeconds: 60 }]);
    const enforcer = createEnforcer({ ...f.options, refreshSeconds: 3600 });
    await enforcer.ready();
    f.now += 59_000;
    expect(enforcer.can('read', PORT)).toBe(true);
    await enforcer.refresh();
    expect(f.asked).toEqual([undefined, '"e1"']);
    expect(enforcer.etag).toBe('"e1"');
    f.now += 59_000;
    expect(enforcer.can('read', PORT)).toBe(true);
    f.answers = [];
    f.now += 2_000;
    expect(enforcer.decide('read', PORT)).toEqual({ decision: 'deny', reasons: ['bundle expired'] });
    await enforcer.close();
  });

  it('relies on a bundle with max-age 0 (a grant ending within the second) for one second', async () => {
    const f = fixture([fresh(bundle({ memberships: [{ team: 'billing-team', role: 'domain-member' }] }), '"e1"', 0)]);
    const enforcer = createEnforcer({ ...f.options, refreshSeconds: 3600 });
    await enforcer.ready();
    f.now += 999;
    expect(enforcer.can('read', PORT)).toBe(true);
    f.answers = [];
    f.now += 1;
    expect(enforcer.decide('read', PORT).reasons).toEqual(['bundle expired']);
    await enforcer.close();
  });

  it('denies a grant that expires before the bundle is fetched again', async () => {
    const soon = bundle({ memberships: [{ team: 'billing-team', role: 'domain-member' }] });
    soon.grants[0].expiresAt = new Date(T0 + 60_000).toISOString();
    const f = fixture([fresh(soon)]);
    const enforcer = createEnforcer(f.options);
    await enforcer.ready();
    f.now = T0 + 60_000;
    expect(enforcer.decide('read', PORT)).toEqual({ decision: 'deny', reasons: [`grant '${GRANT}' held by team 'billing-team' expired at 2026-11-26T09:01:00.000Z`] });
    await enforcer.close();
  });

  it('reports a failed first load from ready() and becomes ready on a later load', async () => {
    const f = fixture([]);
    const enforcer = createEnforcer(f.options);
    await expect(enforcer.ready()).rejects.toThrow('cannot be reached');
    f.answers = [fresh(bundle())];
    await enforcer.refresh();
    await expect(enforcer.ready()).resolves.toBeUndefined();
    await enforcer.close();
  });

  it('counts alike decisions into one audit item and sends them on flush', async () => {
    const f = fixture([fresh(bundle({ memberships: [{ team: 'billing-team', role: 'domain-member' }] }))]);
    const enforcer = createEnforcer(f.options);
    await enforcer.ready();
    for (let i = 0; i < 5; i++) {
      f.now += 10;
      enforcer.can('read', PORT, 'Churn analysis');
    }
    enforcer.can('read', PORT, '');
    enforcer.can('create', subject('Decision', { principalId: ID }));
    await enforcer.flush();
    expect(f.sent).toEqual([
      [
        { principalId: ID, resource: PORT, action: 'read', decision: 'allow', grantId: GRANT, purpose: 'Churn analysis', bundleEtag: '"e1"', decidedAt: new Date(T0 + 10).toISOString(), lastDecidedAt: new Date(T0 + 50).toISOString(), count: 5 },
        { principalId: ID, resource: PORT, action: 'read', decision: 'allow', grantId: GRANT, bundleEtag: '"e1"', decidedAt: new Date(T0 + 50).toISOString() },
        { principalId: ID, resource: 'Decision', action: 'create', decision: 'allow', bundleEtag: '"e1"', decidedAt: new Date(T0 + 50).toISOString() },
      ],
    ]);
    await enforcer.close();
  });

  it('sends a batch once it is full, and keeps what could not be sent for the next flush', async () => {
    const errors: unknown[] = [];
    const f = fixture([fresh(bundle())], { auditBatchSize: 3, onError: (e) => errors.push(e) });
    const enforcer = createEnforcer(f.options);
    await enforcer.ready();
    f.failAudit = 1;
    for (const purpose of ['a', 'b']) enforcer.can('read', 'DataProduct', purpose);
    enforcer.can('read', 'DataProduct', 'c');
    await expect(enforcer.flush()).rejects.toThrow('audit down');
    expect(errors).toEqual([new Error('audit down')]);
    expect(f.sent).toEqual([]);
    await enforcer.flush();
    expect(f.sent.map((batch) => batch.map((d) => d.purpose))).toEqual([['a', 'b', 'c']]);
    await enforcer.close();
  });

  it('keeps nothing when the audit is off', async () => {
    const f = fixture([fresh(bundle())], { audit: false });
    const enforcer = createEnforcer(f.options);
    await enforcer.ready();
    expect(enforcer.can('read', 'DataProduct')).toBe(true);
    await enforcer.close();
    expect(f.sent).toEqual([]);
  });
});
