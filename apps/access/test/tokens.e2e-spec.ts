import { createServiceApp, decryptText, JwtTokenVerifier, loadPlatformConfig } from '@meshwork/platform';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { SigningKeyEntity } from '../src/keys/signing-key.entity';
import { signingKeyEncryptionKey } from '../src/keys/signing-keys.service';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from '../src/service';
import { type AccessHarness, createPrincipal, createTeam, json, jsonBody, type Problem, startAccess } from './support';

interface TokenAnswer {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
}
interface ApiKeyAnswer {
  id: string;
  principalId: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  secret?: string;
}
interface Jwks {
  keys: { kid: string; kty: string; crv: string; x: string; alg: string; use: string; d?: string }[];
}

describe('access issues tokens (HTTP, real PostgreSQL)', () => {
  let h: AccessHarness;

  beforeAll(async () => {
    h = await startAccess();
  });

  afterAll(async () => {
    await h.close();
  });

  /** A verifier as any other service configures it, pointed at the running service's key set. */
  function verifier(): JwtTokenVerifier {
    return new JwtTokenVerifier(
      { jwksUrl: `${h.baseUrl}/.well-known/jwks.json`, issuer: h.settings.issuer, audience: 'meshwork', rolesClaim: 'roles', teamsClaim: 'teams' },
      { cooldownMs: 0 },
    );
  }

  async function serviceAccount(name: string, body: Record<string, unknown> = {}) {
    return createPrincipal(h, { kind: 'service-account', name, ...body });
  }

  async function createKey(principalId: string, body: Record<string, unknown> = { name: 'pipeline' }): Promise<ApiKeyAnswer> {
    const res = await h.call(`/v1/principals/${principalId}/api-keys`, { method: 'POST', ...jsonBody(body) });
    if (res.status !== 201) throw new Error(`creating an API key: ${res.status} ${await res.text()}`);
    return json(res);
  }

  function exchange(apiKey: string): Promise<Response> {
    return fetch(`${h.baseUrl}/v1/auth/token`, { method: 'POST', ...jsonBody({ apiKey }) });
  }

  async function tokenFor(apiKey: string): Promise<TokenAnswer> {
    const res = await exchange(apiKey);
    if (res.status !== 200) throw new Error(`exchanging an API key: ${res.status} ${await res.text()}`);
    return json(res);
  }

  async function jwks(): Promise<Jwks> {
    return json(await fetch(`${h.baseUrl}/.well-known/jwks.json`));
  }

  async function expectRefused(res: Response): Promise<void> {
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', detail: 'The API key is not valid.' });
  }

  it('publishes the current key as a public JWKS, cached for 60 seconds, without a token', async () => {
    const res = await fetch(`${h.baseUrl}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('max-age=60');
    const set = await json<Jwks>(res);
    expect(set.keys).toHaveLength(1);
    expect(set.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(set.keys[0]?.d).toBeUndefined();
  });

  it('round trip: an API key of a service account is exchanged for a token that other services accept', async () => {
    const bot = await serviceAccount('ingest-bot', { globalRoles: ['auditor'] });
    await createTeam(h, 'crm');
    await createTeam(h, 'billing');
    expect((await h.call(`/v1/teams/crm/members/${bot.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-member' }) })).status).toBe(201);
    expect((await h.call(`/v1/teams/billing/members/${bot.id}`, { method: 'PUT', ...jsonBody({ role: 'domain-owner' }) })).status).toBe(201);
    const key = await createKey(bot.id, { name: 'nightly ingestion' });
    expect(key.secret).toMatch(new RegExp(`^mwk_${key.id}_[A-Za-z0-9_-]{43}$`));
    expect(key).toMatchObject({ principalId: bot.id, name: 'nightly ingestion', expiresAt: null, revokedAt: null });

    const token = await tokenFor(key.secret ?? '');
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const header = decodeProtectedHeader(token.accessToken);
    expect(header.alg).toBe('EdDSA');
    expect((await jwks()).keys.map((k) => k.kid)).toEqual([header.kid]);
    const claims = decodeJwt(token.accessToken);
    expect(claims).toMatchObject({ iss: h.settings.issuer, aud: 'meshwork', sub: bot.id });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);

    const actor = await verifier().verify(token.accessToken);
    expect(actor).toBeDefined();
    expect(actor?.id).toBe(bot.id);
    expect(actor?.roles).toEqual(['auditor']);
    expect(actor?.teamRoles).toEqual(
      expect.arrayContaining([
        { team: 'crm', role: 'domain-member' },
        { team: 'billing', role: 'domain-owner' },
      ]),
    );
    expect(actor?.teamRoles).toHaveLength(2);
  });

  it('lists the keys of a service account without their secrets', async () => {
    const bot = await serviceAccount('list-bot');
    const first = await createKey(bot.id, { name: 'first' });
    await createKey(bot.id, { name: 'second', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    const res = await h.call(`/v1/principals/${bot.id}/api-keys`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(first.secret ?? 'missing');
    expect(text).not.toContain('secret');
    const keys = JSON.parse(text) as ApiKeyAnswer[];
    expect(keys.map((k) => k.name)).toEqual(['first', 'second']);
    expect(keys[1]?.expiresAt).not.toBeNull();
  });

  it('gives API keys to service accounts only (422), refuses an expiry in the past (400), and answers 404 for an unknown principal', async () => {
    const ada = await createPrincipal(h, { kind: 'user', name: 'ada-tokens' });
    const user = await h.call(`/v1/principals/${ada.id}/api-keys`, { method: 'POST', ...jsonBody({ name: 'laptop' }) });
    expect(user.status).toBe(422);
    expect(await user.json()).toMatchObject({ code: 'NOT_A_SERVICE_ACCOUNT' });
    const bot = await serviceAccount('past-bot');
    const past = await h.call(`/v1/principals/${bot.id}/api-keys`, { method: 'POST', ...jsonBody({ name: 'old', expiresAt: '2020-01-01T00:00:00.000Z' }) });
    expect(past.status).toBe(400);
    expect((await json<Problem>(past)).errors?.map((e) => e.pointer)).toEqual(['/expiresAt']);
    const unknown = await h.call('/v1/principals/00000000-0000-4000-8000-000000000000/api-keys', { method: 'POST', ...jsonBody({ name: 'x' }) });
    expect(unknown.status).toBe(404);
  });

  it('lets only platform admins manage API keys and rotate keys (403)', async () => {
    const bot = await serviceAccount('guarded-bot');
    const auditor = await h.tokenFor({ id: 'someone', roles: ['auditor'], teamRoles: [] });
    const headers = { authorization: `Bearer ${auditor}` };
    expect((await h.call(`/v1/principals/${bot.id}/api-keys`, { method: 'POST', ...jsonBody({ name: 'x' }, headers) })).status).toBe(403);
    expect((await h.call(`/v1/principals/${bot.id}/api-keys`, { headers })).status).toBe(403);
    expect((await h.call('/v1/keys/rotate', { method: 'POST', headers })).status).toBe(403);
  });

  it('refuses a revoked key with 401', async () => {
    const bot = await serviceAccount('revoked-bot');
    const key = await createKey(bot.id);
    await tokenFor(key.secret ?? '');
    const revoke = await h.call(`/v1/principals/${bot.id}/api-keys/${key.id}`, { method: 'DELETE' });
    expect(revoke.status).toBe(204);
    await expectRefused(await exchange(key.secret ?? ''));
    const listed = await json<ApiKeyAnswer[]>(await h.call(`/v1/principals/${bot.id}/api-keys`));
    expect(listed[0]?.revokedAt).not.toBeNull();
    expect((await h.call(`/v1/principals/${bot.id}/api-keys/00000000-0000-4000-8000-000000000000`, { method: 'DELETE' })).status).toBe(404);
    const malformed = await h.call(`/v1/principals/${bot.id}/api-keys/not-a-uuid`, { method: 'DELETE' });
    expect(malformed.status).toBe(400);
    expect((await json<Problem>(malformed)).errors?.[0]).toMatchObject({ location: 'path', pointer: '/keyId' });
  });

  it('refuses an expired key with 401', async () => {
    const bot = await serviceAccount('expiring-bot');
    const key = await createKey(bot.id, { name: 'short', expiresAt: new Date(Date.now() + 1500).toISOString() });
    await tokenFor(key.secret ?? '');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    await expectRefused(await exchange(key.secret ?? ''));
  });

  it('refuses the key of a disabled service account with 401', async () => {
    const bot = await serviceAccount('disabled-bot');
    const key = await createKey(bot.id);
    await tokenFor(key.secret ?? '');
    expect((await h.call(`/v1/principals/${bot.id}`, { method: 'PATCH', ...jsonBody({ disabled: true }) })).status).toBe(200);
    await expectRefused(await exchange(key.secret ?? ''));
  });

  it('refuses unknown and altered keys with the same 401', async () => {
    const bot = await serviceAccount('altered-bot');
    const key = await createKey(bot.id);
    const secret = key.secret ?? '';
    const altered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    await expectRefused(await exchange(altered));
    await expectRefused(await exchange(`mwk_00000000-0000-4000-8000-000000000000_${'A'.repeat(43)}`));
    await expectRefused(await exchange('not-a-key'));
  });

  it('rotation: tokens signed before still verify, new tokens carry the new kid, both keys are published', async () => {
    const bot = await serviceAccount('rotating-bot', { globalRoles: ['governance-officer'] });
    const key = await createKey(bot.id);
    const before = await tokenFor(key.secret ?? '');
    const oldKid = decodeProtectedHeader(before.accessToken).kid;
    const cached = verifier();
    expect(await cached.verify(before.accessToken)).toMatchObject({ id: bot.id });

    const rotate = await h.call('/v1/keys/rotate', { method: 'POST' });
    expect(rotate.status).toBe(201);
    const { kid: newKid } = await json<{ kid: string }>(rotate);
    expect(newKid).not.toBe(oldKid);

    const after = await tokenFor(key.secret ?? '');
    expect(decodeProtectedHeader(after.accessToken).kid).toBe(newKid);
    expect((await jwks()).keys.map((k) => k.kid)).toEqual([newKid, oldKid]);
    for (const v of [cached, verifier()]) {
      expect(await v.verify(before.accessToken)).toMatchObject({ id: bot.id, roles: ['governance-officer'] });
      expect(await v.verify(after.accessToken)).toMatchObject({ id: bot.id, roles: ['governance-officer'] });
    }
  });

  it('a service pointed at the key set accepts the tokens as bearer tokens, with the roles they carry', async () => {
    const bot = await serviceAccount('reading-bot', { globalRoles: ['auditor'] });
    const token = (await tokenFor((await createKey(bot.id)).secret ?? '')).accessToken;
    const config = loadPlatformConfig(ACCESS_DEFAULTS, {
      DATABASE_URL: h.db.url,
      PORT: '0',
      NODE_ENV: 'test',
      AUTH_JWKS_URL: `${h.baseUrl}/.well-known/jwks.json`,
      AUTH_ISSUER: h.settings.issuer,
      LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? 'silent',
    });
    const other = await createServiceApp(AppModule.register(config, h.settings), { config, openApi: ACCESS_OPENAPI });
    try {
      await other.listen({ port: 0, host: '127.0.0.1' });
      const address = other.getHttpServer().address();
      if (address === null || typeof address === 'string') throw new Error('no TCP port');
      const url = `http://127.0.0.1:${address.port}`;
      const read = await fetch(`${url}/v1/principals/${bot.id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(read.status).toBe(200);
      const write = await fetch(`${url}/v1/teams`, { method: 'POST', ...jsonBody({ name: 'not-allowed', displayName: 'No' }, { authorization: `Bearer ${token}` }) });
      expect(write.status).toBe(403);
      const forged = await fetch(`${url}/v1/principals/${bot.id}`, { headers: { authorization: `Bearer ${token.slice(0, -4)}AAAA` } });
      expect(forged.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it("stores private keys encrypted: the stored column does not hold the JWK's d", async () => {
    const rows = await h.app.get(DataSource).getRepository(SigningKeyEntity).find();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.privateJwkEncrypted).toMatch(/^v1\./);
      const jwk = JSON.parse(decryptText(signingKeyEncryptionKey(h.settings.keySecret), row.privateJwkEncrypted, row.kid)) as { d: string; x: string };
      expect(jwk.x).toBe(row.publicJwk.x);
      expect(jwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(row.privateJwkEncrypted).not.toContain(jwk.d);
      expect(() => decryptText(signingKeyEncryptionKey('another secret of thirty-two characters'), row.privateJwkEncrypted, row.kid)).toThrow();
      expect(row.privateJwkEncrypted).not.toContain('"d"');
      expect(row.privateJwkEncrypted).not.toContain(String(row.publicJwk.x));
      expect(row.publicJwk).not.toHaveProperty('d');
    }
  });
});
