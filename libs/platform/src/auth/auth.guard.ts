import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { abilityFor } from '@meshwork/authz';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import { RATE_LIMIT_KEY, type RateLimitKind } from '../rate-limit/rate-limit.decorator';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { AUTHORIZE_KEY, type AuthenticatedRequest, type AuthorizeMetadata, PUBLIC_KEY } from './authorize.decorator';
import { TokenVerifier } from './token-verifier';

const BEARER = /^Bearer ([^\s]+)$/i;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="meshwork"' };
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Deny by default: a route without @Authorize or @Public is refused for everyone. Writes are rate limited here too:
 * per client IP before the token is read (so that a flood of bad tokens is cut short), then per principal.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const write = this.limitFromIp(request, targets);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<AuthorizeMetadata>(AUTHORIZE_KEY, targets);
    if (!required) throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'This route declares no authorization and is closed.');
    const actor = await this.authenticate(request.headers.authorization);
    // Known before the check, so that a refusal can be recorded against the caller.
    request.actor = actor;
    if (write) this.limiter.writeBy(actor.id);
    if (!abilityFor(actor).can(required.action, required.subject)) {
      throw new PlatformError(PlatformErrorCode.FORBIDDEN, `Principal '${actor.id}' may not ${required.action} ${required.subject}.`);
    }
    return true;
  }

  /** Spends the client address's token for a write or a token exchange; true for a write, limited per principal next. */
  private limitFromIp(request: AuthenticatedRequest, targets: Parameters<Reflector['getAllAndOverride']>[1]): boolean {
    if (!WRITE_METHODS.has(request.method)) return false;
    const kind = this.reflector.getAllAndOverride<RateLimitKind | undefined>(RATE_LIMIT_KEY, targets);
    if (kind === 'read') return false;
    if (kind === 'token-exchange') {
      this.limiter.tokenExchangeFromIp(request.ip);
      return false;
    }
    this.limiter.writeFromIp(request.ip);
    return true;
  }

  private async authenticate(header: string | undefined) {
    if (!header) throw new PlatformError(PlatformErrorCode.UNAUTHENTICATED, 'Send a bearer token in the Authorization header.', undefined, CHALLENGE);
    const match = BEARER.exec(header);
    if (!match) throw new PlatformError(PlatformErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <token>".', undefined, CHALLENGE);
    const actor = await this.verifier.verify(match[1]);
    if (!actor) throw new PlatformError(PlatformErrorCode.UNAUTHENTICATED, 'The bearer token is not valid.', undefined, CHALLENGE);
    return actor;
  }
}
