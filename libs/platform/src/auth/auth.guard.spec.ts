import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatformError } from '../errors/domain-error';
import { AuthGuard } from './auth.guard';
import { Authorize, type AuthenticatedRequest, Public } from './authorize.decorator';
import { DEV_ADMIN, DevTokenVerifier } from './token-verifier';

const TOKEN = 'a-dev-token-of-enough-length';

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
  const guard = new AuthGuard(new Reflector(), new DevTokenVerifier(TOKEN));

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
    const closed = new AuthGuard(new Reflector(), new DevTokenVerifier(undefined));
    expect(await statusOf(closed.canActivate(contextFor('guarded', 'Bearer anything').context))).toBe(401);
  });
});
