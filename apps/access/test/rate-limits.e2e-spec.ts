import { randomBytes } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { RATE_LIMIT_CLOCK } from '@meshwork/platform';
import { type ServiceHarness, startServiceApp } from '@meshwork/testing';
import { AppModule } from '../src/app.module';
import type { AccessSettings } from '../src/settings';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from '../src/service';
import { ACCESS_ISSUER, AUDIENCE, json, jsonBody, type Problem, type Schemas } from './support';

/**
 * Rate limits of the real service, with limits small enough to reach: writes per principal and per client address,
 * token exchanges per API key and per client address. The limiter's clock stands still, so no bucket refills during
 * the run. Every call comes from 127.0.0.1, so each test counts what the earlier ones spent from the address's buckets;
 * the counts are stated where they are spent.
 */

/** The limiter's clock, stopped. */
@Global()
@Module({ providers: [{ provide: RATE_LIMIT_CLOCK, useValue: () => Date.UTC(2026, 0, 1) }], exports: [RATE_LIMIT_CLOCK] })
class StoppedClock {}

const WRITES_PER_PRINCIPAL = 5;
const WRITES_PER_IP = 20;
const TOKENS_PER_KEY = 2;
const TOKENS_PER_IP = 5;

interface OpenApiOperation {
  responses: Record<string, { headers?: Record<string, unknown> }>;
}

describe('rate limits (access service, real PostgreSQL)', () => {
  let h: ServiceHarness;
  const keys: string[] = [];
  let pipeline: Schemas['PrincipalDto'];
  let writesFromIp = 0;
  let seq = 0;
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;

  const admin = (id: string) => h.tokenFor({ id, roles: ['platform-admin'], teamRoles: [] });
  const createTeam = async (token: string | undefined) => {
    const name = `team-${++seq}`;
    const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
    const res = await fetch(`${h.baseUrl}/v1/teams`, { method: 'POST', ...jsonBody({ name, displayName: name }, headers) });
    return { res, name };
  };
  const exchange = (apiKey: string) => fetch(`${h.baseUrl}/v1/auth/token`, { method: 'POST', ...jsonBody({ apiKey }) });

  async function expectTooMany(res: Response, detail: RegExp): Promise<number> {
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await json<Problem>(res);
    expect(problem).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS', title: 'Too many requests' });
    expect(problem.detail).toMatch(detail);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(problem.detail).toContain(`Retry after ${retryAfter} s.`);
    return retryAfter;
  }

  beforeAll(async () => {
    // No catalog: a decision answers 503 from its handler, which shows that the limits let it through.
    process.env.MESHWORK_CATALOG_URL = 'http://127.0.0.1:1';
    const settings: AccessSettings = { keySecret: randomBytes(32).toString('base64url'), issuer: ACCESS_ISSUER, audience: AUDIENCE, tokenTtlSeconds: 900 };
    h = await startServiceApp({
      defaults: ACCESS_DEFAULTS,
      openApi: ACCESS_OPENAPI,
      module: (config) => {
        const app = AppModule.register(config, settings);
        return { ...app, imports: [...(app.imports ?? []), StoppedClock] };
      },
      env: {
        MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES_PER_PRINCIPAL),
        MESHWORK_RATE_LIMIT_WRITES_PER_MINUTE_PER_IP: String(WRITES_PER_IP),
        MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE: String(TOKENS_PER_KEY),
        MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE_PER_IP: String(TOKENS_PER_IP),
      },
    });
    // Three writes of the dev token: a service account and two API keys.
    const created = await h.call('/v1/principals', { method: 'POST', ...jsonBody({ kind: 'service-account', name: 'pipeline', displayName: 'Pipeline' }) });
    expect(created.status).toBe(201);
    pipeline = await json<Schemas['PrincipalDto']>(created);
    for (const name of ['one', 'two']) {
      const res = await h.call(`/v1/principals/${pipeline.id}/api-keys`, { method: 'POST', ...jsonBody({ name }) });
      expect(res.status).toBe(201);
      keys.push((await json<Schemas['CreatedApiKeyDto']>(res)).secret);
    }
    writesFromIp = 3;
  }, 60_000);

  afterAll(async () => {
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    await h?.close();
  });

  it(`lets a principal make ${WRITES_PER_PRINCIPAL} writes a minute, refuses the next with 429 and Retry-After, and does not make the change`, async () => {
    const token = await admin('alice');
    for (let i = 0; i < WRITES_PER_PRINCIPAL; i++) expect((await createTeam(token)).res.status).toBe(201);
    const { res, name } = await createTeam(token);
    writesFromIp += WRITES_PER_PRINCIPAL + 1;
    const retryAfter = await expectTooMany(res, new RegExp(`^Too many writes by principal 'alice': at most ${WRITES_PER_PRINCIPAL} a minute\\. `));
    // One write every 12 s at 5 a minute, and the clock stands still.
    expect(retryAfter).toBe(12);
    expect((await h.call(`/v1/teams/${name}`)).status).toBe(404);
  });

  it('does not count reads: GETs and decisions (a read over POST) go on for the principal refused writes', async () => {
    const token = await admin('alice');
    const auth = { authorization: `Bearer ${token}` };
    for (let i = 0; i < WRITES_PER_PRINCIPAL * 2; i++) {
      expect((await fetch(`${h.baseUrl}/v1/teams`, { headers: auth })).status).toBe(200);
      const decision = await fetch(`${h.baseUrl}/v1/decisions`, { method: 'POST', ...jsonBody({ principalId: pipeline.id, action: 'read', resource: 'urn:meshwork:crm:customers:customers:v1' }, auth) });
      expect([decision.status, (await json<Problem>(decision)).detail]).toEqual([503, expect.stringMatching(/^The catalog at http:\/\/127\.0\.0\.1:1 cannot be reached/)]);
    }
  });

  it(`lets one address make ${WRITES_PER_IP} writes a minute, whoever makes them, then refuses even a caller without a token`, async () => {
    const allowed = WRITES_PER_IP - writesFromIp;
    for (let i = 0; i < allowed; i++) expect([i, (await createTeam(await admin(`writer-${i}`))).res.status]).toEqual([i, 201]);
    await expectTooMany((await createTeam(await admin('writer-late'))).res, /^Too many writes from [0-9a-f:.]+: at most 20 a minute from one address\. /);
    // Counted before the token is read: a flood of bad or missing tokens is cut short too.
    await expectTooMany((await createTeam(undefined)).res, /^Too many writes from /);
  });

  it(`lets an API key be exchanged ${TOKENS_PER_KEY} times a minute, then refuses it, and the address after ${TOKENS_PER_IP} exchanges`, async () => {
    for (let i = 0; i < TOKENS_PER_KEY; i++) expect((await exchange(keys[0])).status).toBe(200);
    const keyId = /^mwk_([0-9a-f-]{36})_/.exec(keys[0])?.[1];
    await expectTooMany(await exchange(keys[0]), new RegExp(`^Too many token exchanges with API key '${keyId}': at most ${TOKENS_PER_KEY} a minute; reuse the token until it expires\\. `));
    // Three exchanges from the address so far: two more with the other key, then none.
    for (let i = 0; i < TOKENS_PER_IP - TOKENS_PER_KEY - 1; i++) expect((await exchange(keys[1])).status).toBe(200);
    await expectTooMany(await exchange(keys[1]), /^Too many token exchanges from [0-9a-f:.]+: at most 5 a minute from one address\. /);
    // A guess is refused as the address's, before the key is looked at.
    await expectTooMany(await exchange(`mwk_${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}_guess`), /^Too many token exchanges from /);
  });

  it('documents the 429 with Retry-After on writes and the token exchange, not on reads over POST', async () => {
    const document = await json<{ paths: Record<string, Record<string, OpenApiOperation>> }>(await h.call('/docs/openapi.json'));
    for (const [path, method] of [
      ['/v1/teams', 'post'],
      ['/v1/principals/{id}', 'delete'],
      ['/v1/auth/token', 'post'],
    ]) {
      expect([path, method, Object.keys(document.paths[path][method].responses['429']?.headers ?? {})]).toEqual([path, method, ['Retry-After']]);
    }
    expect(document.paths['/v1/auth/token'].post.responses['429']).toMatchObject({ description: expect.stringContaining('MESHWORK_RATE_LIMIT_TOKENS_PER_MINUTE') });
    for (const path of ['/v1/decisions', '/v1/decisions/batch']) expect(document.paths[path].post.responses['429']).toBeUndefined();
    expect(document.paths['/v1/teams'].get.responses['429']).toBeUndefined();
  });
});
