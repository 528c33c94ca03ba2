import { Logger } from '@nestjs/common';
import { base64url, type JWTPayload, SignJWT } from 'jose';
import type { JwtSettings } from '../config/config';
import { JwksTestServer, signTestToken, TEST_AUDIENCE, TEST_ISSUER, testClaims, type TestKey, testKey } from './jwks-test-server';
import { actorFromClaims, JWT_CLOCK_TOLERANCE_SECONDS, JwtTokenVerifier } from './jwt-verifier';
import { DEV_ADMIN } from './token-verifier';
import { tokenVerifierFor } from './token-verifier-for';

const SHARED_SECRET = 'a-shared-secret-of-thirty-two-by';
const DEV_TOKEN = 'a-dev-token-of-enough-length';

function encode(part: object): string {
  return base64url.encode(JSON.stringify(part));
}

/** Replaces the payload of a signed token, keeping its header and signature. */
function withPayload(token: string, payload: JWTPayload): string {
  const [header, , signature] = token.split('.');
  return `${header}.${encode(payload)}.${signature}`;
}

describe('JwtTokenVerifier', () => {
  const server = new JwksTestServer();
  let settings: JwtSettings;
  let ed: TestKey;
  let es: TestKey;
  let rs: TestKey;
  let outsider: TestKey;
  let es384: TestKey;
  let ps: TestKey;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    [ed, es, rs, outsider] = await Promise.all([testKey('ed-1', 'EdDSA'), testKey('es-1', 'ES256'), testKey('rs-1', 'RS256'), testKey('ed-1', 'EdDSA')]);
    [es384, ps] = await Promise.all([testKey('es384-1', 'ES384'), testKey('ps-1', 'PS256')]);
    settings = { jwksUrl: await server.start(), issuer: TEST_ISSUER, audience: TEST_AUDIENCE, rolesClaim: 'roles', teamsClaim: 'teams' };
  });

  beforeEach(() => {
    // The set also holds keys of algorithms the verifier does not accept, and a shared secret.
    server.keys = [ed.jwk, es.jwk, rs.jwk, es384.jwk, ps.jwk, { kty: 'oct', kid: 'hs-1', k: base64url.encode(SHARED_SECRET) }];
    server.fetches = 0;
  });

  afterAll(async () => {
    await server.stop();
    Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
  });

  const now = () => Math.floor(Date.now() / 1000);

  it.each<[string, () => Promise<string>]>([
    ['an EdDSA token', () => signTestToken(ed, { roles: ['auditor'] })],
    ['an ES256 token', () => signTestToken(es, { roles: ['auditor'] })],
    ['an RS256 token', () => signTestToken(rs, { roles: ['auditor'] })],
    ['a token expired less than the clock tolerance ago', () => signTestToken(ed, { roles: ['auditor'], exp: now() - 10 })],
    ['a token valid in less than the clock tolerance', () => signTestToken(ed, { roles: ['auditor'], nbf: now() + 10 })],
    ['a token for several audiences, ours among them', () => signTestToken(ed, { roles: ['auditor'], aud: ['other', TEST_AUDIENCE] })],
  ])('accepts %s', async (_label, token) => {
    const actor = await new JwtTokenVerifier(settings).verify(await token());
    expect(actor).toEqual({ id: 'alice', roles: ['auditor'], teamRoles: [] });
  });

  it.each<[string, () => Promise<string>]>([
    ['an expired token', () => signTestToken(ed, { exp: now() - 120 })],
    ['a token not yet valid', () => signTestToken(ed, { nbf: now() + 120 })],
    ['an unsigned token (alg none)', async () => `${encode({ alg: 'none', typ: 'JWT' })}.${encode(testClaims({ roles: ['platform-admin'] }))}.`],
    ['a token signed by a key outside the set, under a known kid', () => signTestToken(outsider)],
    ['a token signed by a key outside the set, under an unknown kid', () => signTestToken({ ...outsider, kid: 'ed-9' })],
    ['a token whose payload was changed after signing', async () => withPayload(await signTestToken(ed), testClaims({ roles: ['platform-admin'] }))],
    ['a token for another audience', () => signTestToken(ed, { aud: 'another-service' })],
    ['a token without audience', () => signTestToken(ed, { aud: undefined })],
    ['a token from another issuer', () => signTestToken(ed, { iss: 'https://evil.example.com/' })],
    ['a token without issuer', () => signTestToken(ed, { iss: undefined })],
    ['a token without expiry', () => signTestToken(ed, { exp: undefined })],
    ['a token without subject', () => signTestToken(ed, { sub: undefined })],
    ['an HS256 token signed with a secret of the key set', () => new SignJWT(testClaims()).setProtectedHeader({ alg: 'HS256', kid: 'hs-1' }).sign(new TextEncoder().encode(SHARED_SECRET))],
    ['an ES384 token signed by a key of the set', () => signTestToken(es384)],
    ['a PS256 token signed by a key of the set', () => signTestToken(ps)],
    ['a string that is no JWT', async () => 'not-a-jwt'],
    ['three parts of garbage', async () => 'a.b.c'],
  ])('refuses %s', async (_label, token) => {
    await expect(new JwtTokenVerifier(settings).verify(await token())).resolves.toBeUndefined();
  });

  it('refuses every token when the key set cannot be fetched, without throwing', async () => {
    const closed = new JwksTestServer();
    const jwksUrl = await closed.start();
    await closed.stop();
    const verifier = new JwtTokenVerifier({ ...settings, jwksUrl });
    await expect(verifier.verify(await signTestToken(ed))).resolves.toBeUndefined();
  });

  it('fetches the key set again for an unknown kid once the cooldown has passed (key rotation)', async () => {
    const verifier = new JwtTokenVerifier(settings, { cooldownMs: 0 });
    expect(await verifier.verify(await signTestToken(ed))).toMatchObject({ id: 'alice' });
    const rotated = await testKey('ed-2', 'EdDSA');
    server.keys = [rotated.jwk];
    expect(await verifier.verify(await signTestToken(rotated, { sub: 'bob' }))).toMatchObject({ id: 'bob' });
    expect(server.fetches).toBe(2);
  });

  it('does not fetch the key set again within the cooldown', async () => {
    const verifier = new JwtTokenVerifier(settings);
    expect(await verifier.verify(await signTestToken(ed))).toMatchObject({ id: 'alice' });
    const rotated = await testKey('ed-2', 'EdDSA');
    server.keys = [rotated.jwk];
    expect(await verifier.verify(await signTestToken(rotated))).toBeUndefined();
    expect(await verifier.verify(await signTestToken(ed))).toMatchObject({ id: 'alice' });
    expect(server.fetches).toBe(1);
  });

  it('remembers a verified token until its expiry: the same text gives the same actor without verifying it again', async () => {
    const verifier = new JwtTokenVerifier(settings);
    const token = await signTestToken(ed, { exp: now() + 120 });
    const actor = await verifier.verify(token);
    expect(actor).toMatchObject({ id: 'alice' });
    server.keys = [];
    expect(await verifier.verify(token)).toBe(actor);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      // Past its expiry (and the clock tolerance) the token is verified again, and refused.
      jest.setSystemTime(Date.now() + (120 + JWT_CLOCK_TOLERANCE_SECONDS + 1) * 1000);
      expect(await verifier.verify(token)).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });

  it('maps the roles and team claims of a verified token to the actor', async () => {
    const token = await signTestToken(ed, {
      roles: ['governance-officer', 'auditor', 'domain-owner', 'root', 42],
      teams: [
        { team: 'crm', role: 'domain-owner' },
        'sales:domain-member',
        'crm:domain-owner',
        'billing:admin',
        { team: '', role: 'domain-owner' },
        ':domain-member',
        'domain-member',
        { team: 'ops' },
        7,
      ],
    });
    expect(await new JwtTokenVerifier(settings).verify(token)).toEqual({
      id: 'alice',
      roles: ['governance-officer', 'auditor'],
      teamRoles: [
        { team: 'crm', role: 'domain-owner' },
        { team: 'sales', role: 'domain-member' },
      ],
    });
  });

  it('reads the roles and teams from the configured claims', async () => {
    const verifier = new JwtTokenVerifier({ ...settings, rolesClaim: 'realm_access.roles', teamsClaim: 'https://meshwork.test/teams' });
    const token = await signTestToken(ed, {
      roles: ['platform-admin'],
      realm_access: { roles: ['auditor'] },
      'https://meshwork.test/teams': ['crm:domain-member'],
    });
    expect(await verifier.verify(token)).toEqual({ id: 'alice', roles: ['auditor'], teamRoles: [{ team: 'crm', role: 'domain-member' }] });
  });
});

describe('actorFromClaims', () => {
  const claims = { rolesClaim: 'roles', teamsClaim: 'teams' };

  it.each([
    ['roles that are not an array', { sub: 'a', roles: 'platform-admin' }, { id: 'a', roles: [], teamRoles: [] }],
    ['teams that are not an array', { sub: 'a', teams: { team: 'crm', role: 'domain-owner' } }, { id: 'a', roles: [], teamRoles: [] }],
    ['a team name holding a colon', { sub: 'a', teams: ['eu:crm:domain-owner'] }, { id: 'a', roles: [], teamRoles: [{ team: 'eu:crm', role: 'domain-owner' }] }],
    ['an empty subject', { sub: '' }, undefined],
  ])('handles %s', (_label, payload, actor) => {
    expect(actorFromClaims(payload, claims)).toEqual(actor);
  });
});

describe('tokenVerifierFor', () => {
  const server = new JwksTestServer();
  let ed: TestKey;
  let jwt: JwtSettings;

  beforeAll(async () => {
    ed = await testKey('ed-1', 'EdDSA');
    server.keys = [ed.jwk];
    jwt = { jwksUrl: await server.start(), issuer: TEST_ISSUER, audience: TEST_AUDIENCE, rolesClaim: 'roles', teamsClaim: 'teams' };
  });

  afterAll(() => server.stop());

  it('accepts the dev token as the admin and verifies any other token as a JWT when both are configured', async () => {
    const verifier = tokenVerifierFor({ devToken: DEV_TOKEN, jwt });
    expect(await verifier.verify(DEV_TOKEN)).toEqual(DEV_ADMIN);
    expect(await verifier.verify(await signTestToken(ed, { roles: ['auditor'] }))).toEqual({ id: 'alice', roles: ['auditor'], teamRoles: [] });
    expect(await verifier.verify('not-the-dev-token')).toBeUndefined();
  });

  it('accepts only the dev token when no key set is configured', async () => {
    const verifier = tokenVerifierFor({ devToken: DEV_TOKEN, jwt: undefined });
    expect(await verifier.verify(DEV_TOKEN)).toEqual(DEV_ADMIN);
    expect(await verifier.verify(await signTestToken(ed))).toBeUndefined();
  });

  it('accepts only JWTs when no dev token is configured', async () => {
    const verifier = tokenVerifierFor({ devToken: undefined, jwt });
    expect(await verifier.verify(DEV_TOKEN)).toBeUndefined();
    expect(await verifier.verify(await signTestToken(ed))).toMatchObject({ id: 'alice' });
  });

  it('accepts nothing when neither is configured', async () => {
    await expect(tokenVerifierFor({ devToken: undefined, jwt: undefined }).verify(DEV_TOKEN)).resolves.toBeUndefined();
  });
});
