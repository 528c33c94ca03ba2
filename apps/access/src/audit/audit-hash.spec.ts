import { auditHash, canonicalJson, GENESIS_HASH, type HashedAuditFields } from './audit-hash';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('serialises equal values the same whatever the key order', () => {
    expect(canonicalJson({ x: 'é', n: 1.5, t: true })).toBe(canonicalJson({ t: true, n: 1.5, x: 'é' }));
  });

  it('leaves out undefined properties', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe('auditHash', () => {
  const entry: HashedAuditFields = {
    sequence: '1',
    occurredAt: new Date('2026-01-15T09:00:00.000Z'),
    actor: 'dev',
    action: 'team.member.set',
    resource: 'team:crm/member:7d2f',
    outcome: 'success',
    details: { role: 'domain-owner', created: true },
    sourceIp: '127.0.0.1',
    requestId: 'r-1',
    prevHash: GENESIS_HASH,
  };

  it('is a sha256 hex digest that does not depend on the key order of details', () => {
    const hash = auditHash(entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...entry, details: { created: true, role: 'domain-owner' } })).toBe(hash);
  });

  it('changes with every field, prevHash included', () => {
    const hash = auditHash(entry);
    const variants: Partial<HashedAuditFields>[] = [
      { sequence: '2' },
      { occurredAt: new Date('2026-01-15T09:00:00.001Z') },
      { actor: 'someone' },
      { action: 'team.member.remove' },
      { resource: 'team:billing' },
      { outcome: 'denied' },
      { details: { role: 'domain-member', created: true } },
      { sourceIp: null },
      { requestId: 'r-2' },
      { prevHash: 'f'.repeat(64) },
    ];
    for (const variant of variants) expect(auditHash({ ...entry, ...variant })).not.toBe(hash);
  });
});
