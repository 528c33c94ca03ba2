import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { abilityFor } from '@meshwork/authz';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import { AUTHORIZE_KEY, type AuthenticatedRequest, type AuthorizeMetadata, PUBLIC_KEY } from './authorize.decorator';
import { TokenVerifier } from './token-verifier';

const BEARER = /^Bearer ([^\s]+)$/i;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="meshwork"' };

/** Deny by default: a route without @Authorize or @Public is refused for everyone. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<AuthorizeMetadata>(AUTHORIZE_KEY, targets);
    if (!required) throw new PlatformError(PlatformErrorCode.FORBIDDEN, 'This route declares no authorization and is closed.');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticate(request.headers.authorization);
    // Known before the check, so that a refusal can be recorded against the caller.
    request.actor = actor;
    if (!abilityFor(actor).can(required.action, required.subject)) {
      throw new PlatformError(PlatformErrorCode.FORBIDDEN, `Principal '${actor.id}' may not ${required.action} ${required.subject}.`);
    }
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
