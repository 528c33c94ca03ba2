import { type ExecutionContext, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatformError } from '../errors/domain-error';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { AuthGuard } from './auth.guard';
import { Authorize, type AuthenticatedRequest, Public } from './authorize.decorator';
import { JwksTestServer, signTestToken, TEST_AUDIENCE, TEST_ISSUER, type TestKey, testKey } from './jwks-test-server';
import { DEV_ADMIN, DevTokenVerifier } from './token-verifier';
import { tokenVerifierFor } from './token-verifier-for';

const TOKEN = 'a-dev-token-of-enough-length';
const NO_LIMITS = new RateLimiter({ rateLimit: { writesPerPrincipal: undefined, writesPerIp: undefined, tokensPerKey: undefined, tokensPerIp: undefined } });

class Routes {
  @Authorize('read', 'Domain')
  guarded(): void {}

  @Public()
  open(): void {}

  undeclared(): void {}
}

function contextFor(handler: keyof Routes, authorization?: string): { context: ExecutionContext; request: AuthenticatedRequest } {
  const request = { headers: authorization === undefined ? {} : { authorization } } as AuthenticatedRequest;
  const context = {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

async function statusOf(promise: Promise<boolean>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return (error as PlatformError).status;
  }
}

describe('AuthGuard (deny by default)', () => {
  const guard = new AuthGuard(new Reflector(), new DevTokenVerifier(TOKEN), NO_LIMITS);

  it.each([
    ['a route with neither @Authorize nor @Public, even with a valid token', 'undeclared', `Bearer ${TOKEN}`, 403],
    ['an @Authorize route without a token', 'guarded', undefined, 401],
    ['an @Authorize route with a malformed header', 'guarded', `Basic ${TOKEN}`, 401],
    ['an @Authorize route with a wrong token', 'guarded', 'Bearer not-the-token', 401],
    ['an @Authorize route with the dev token', 'guarded', `Bearer ${TOKEN}`, 200],
    ['a @Public route without a token', 'open', undefined, 200],
  ] as const)('answers %s with %s', async (_label, handler, header, status) => {
    expect(await statusOf(guard.canActivate(contextFor(handler, header).context))).toBe(status);
  });

  it('puts the authenticated actor on the request', async () => {
    const { context, request } = contextFor('guarded', `Bearer ${TOKEN}`);
    await guard.canActivate(context);
    expect(request.actor).toEqual(DEV_ADMIN);
  });

  it('accepts no token at all when no dev token is configured', async () => {
    const closed = new AuthGuard(new Reflector(), new DevTokenVerifier(undefined), NO_LIMITS);
    expect(await statusOf(closed.canActivate(contextFor('guarded', 'Bearer anything').context))).toBe(401);
  });
});

describe('AuthGuard with tokens from an identity provider', () => {
  const server = new JwksTestServer();
  let key: TestKey;
  let guard: AuthGuard;
  let unreachable: AuthGuard;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    key = await testKey('ed-1', 'EdDSA');
    server.keys = [key.jwk];
    const jwt = { jwksUrl: await server.start(), issuer: TEST_ISSUER, audience: TEST_AUDIENCE, rolesClaim: 'roles', teamsClaim: 'teams' };
    guard = new AuthGuard(new Reflector(), tokenVerifierFor({ devToken: TOKEN, jwt }), NO_LIMITS);
    const closed = new JwksTestServer();
    const closedUrl = await closed.start();
    await closed.stop();
    unreachable = new AuthGuard(new Reflector(), tokenVerifierFor({ devToken: undefined, jwt: { ...jwt, jwksUrl: closedUrl } }), NO_LIMITS);
  });

  afterAll(async () => {
    await server.stop();
    Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
  });

  it.each<[string, () => Promise<string>, number]>([
    ['a valid JWT', () => signTestToken(key), 200],
    ['the dev token', async () => TOKEN, 200],
    ['an expired JWT', () => signTestToken(key, { exp: Math.floor(Date.now() / 1000) - 120 }), 401],
    ['a JWT for another audience', () => signTestToken(key, { aud: 'elsewhere' }), 401],
    ['three parts of garbage', async () => 'a.b.c', 401],
  ])('answers an @Authorize route called with %s with %s', async (_label, token, status) => {
    expect(await statusOf(guard.canActivate(contextFor('guarded', `Bearer ${await token()}`).context))).toBe(status);
  });

  it('puts the actor of the token on the request', async () => {
    const { context, request } = contextFor('guarded', `Bearer ${await signTestToken(key, { teams: ['crm:domain-owner'] })}`);
    await guard.canActivate(context);
    expect(request.actor).toEqual({ id: 'alice', roles: [], teamRoles: [{ team: 'crm', role: 'domain-owner' }] });
  });

  it('answers 401, not 500, when the key set cannot be fetched', async () => {
    expect(await statusOf(unreachable.canActivate(contextFor('guarded', `Bearer ${await signTestToken(key)}`).context))).toBe(401);
  });
});
